namespace RegKnowledge.Cli.Serve;

/// <summary>The preview's reload client, served from /__regk/reload.js so it obeys the site's CSP (script-src 'self', no inline code).
/// It polls the status endpoint; on a new version it reloads, or shows the validation errors over the page.</summary>
internal static class LiveReloadScript
{
    public const string Path = "/__regk/reload.js";
    public const string StatusPath = "/__regk/status";

    public const string Source = """
        // RegKnowledge preview: reload on rebuild, show validation errors in the page.
        const statusUrl = "/__regk/status";
        let seen = null;
        function overlay(errors) {
          let box = document.getElementById("regk-preview-errors");
          if (!box) {
            box = document.createElement("section");
            box.id = "regk-preview-errors";
            box.setAttribute("role", "alert");
            Object.assign(box.style, { position: "fixed", inset: "0 0 auto 0", maxHeight: "60vh", overflow: "auto", zIndex: "9999",
              background: "#fff4f4", color: "#600", borderBottom: "3px solid #b00", padding: "1rem", font: "14px/1.4 monospace" });
            document.body.prepend(box);
          }
          box.replaceChildren();
          const title = document.createElement("h2");
          title.textContent = `Content has ${errors.length} error(s); showing the last good build`;
          box.append(title);
          const list = document.createElement("ul");
          for (const e of errors) {
            const item = document.createElement("li");
            item.textContent = `${e.file}:${e.line}:${e.column}: ${e.code}: ${e.message}`;
            list.append(item);
          }
          box.append(list);
        }
        async function poll() {
          try {
            const response = await fetch(statusUrl, { cache: "no-store" });
            const status = await response.json();
            if (seen !== null && status.version !== seen && status.errors.length === 0) { location.reload(); return; }
            seen = status.version;
            if (status.errors.length > 0) overlay(status.errors);
            else document.getElementById("regk-preview-errors")?.remove();
          } catch { /* server restarting: try again */ }
          setTimeout(poll, 700);
        }
        poll();
        """;
}
