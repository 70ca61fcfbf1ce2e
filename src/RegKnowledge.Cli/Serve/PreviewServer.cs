using System.Net;
using System.Text;
using System.Text.Json;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Cli.Serve;

/// <summary>A static file server on 127.0.0.1 for the preview. HttpListener rather than Kestrel: the CLI stays a plain console app and
/// the preview needs only GET of files plus two small endpoints.</summary>
internal sealed class PreviewServer(PreviewState state, int port, TextWriter log) : IDisposable
{
    private readonly HttpListener listener = new();

    public string Address => $"http://127.0.0.1:{port}/";

    public void Start()
    {
        listener.Prefixes.Add(Address);
        listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    private async Task AcceptLoop()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            var (site, diagnostics, version, _) = state.Snapshot();
            if (path == LiveReloadScript.StatusPath)
            {
                Write(context, "application/json", JsonSerializer.SerializeToUtf8Bytes(new
                {
                    version,
                    errors = diagnostics.Where(d => d.Severity == Severity.Error)
                        .Select(d => new { file = d.Location.File, line = d.Location.Line, column = d.Location.Column, code = d.Code, message = d.Message }),
                }));
                return;
            }

            if (path == LiveReloadScript.Path)
            {
                Write(context, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReloadScript.Source));
                return;
            }

            if (state.SearchFiles.TryGetValue(path.TrimStart('/'), out var searchFile))
            {
                Write(context, ContentTypes.Of(path), searchFile);
                return;
            }

            ServeFile(context, site, path);
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or InvalidOperationException)
        {
            log.WriteLine($"preview: {ex.Message}");
        }
        finally
        {
            context.Response.Close();
        }
    }

    private static void ServeFile(HttpListenerContext context, string? site, string path)
    {
        if (site is null)
        {
            context.Response.StatusCode = 503;
            Write(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage("The first build has not succeeded yet; fix the errors shown in the terminal.")));
            return;
        }

        var root = Path.GetFullPath(site);
        var candidate = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!candidate.StartsWith(root, StringComparison.Ordinal))
        {
            context.Response.StatusCode = 403;
            return;
        }

        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        if (!File.Exists(candidate))
        {
            context.Response.StatusCode = 404;
            candidate = Path.Combine(root, "404.html");
            if (!File.Exists(candidate))
            {
                return;
            }
        }

        var bytes = File.ReadAllBytes(candidate);
        var type = ContentTypes.Of(candidate);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            bytes = InjectReload(bytes);
        }

        Write(context, type, bytes);
    }

    /// <summary>Adds the reload client before &lt;/body&gt;: an external script, so the page's CSP (script-src 'self') allows it.</summary>
    internal static byte[] InjectReload(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script type=\"module\" src=\"{LiveReloadScript.Path}\"></script>";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }

    private static string ErrorPage(string message) =>
        $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>RegKnowledge preview</title></head><body><h1>Preview</h1><p>{WebUtility.HtmlEncode(message)}</p><script type=\"module\" src=\"{LiveReloadScript.Path}\"></script></body></html>";

    private static void Write(HttpListenerContext context, string type, byte[] body)
    {
        context.Response.ContentType = type;
        context.Response.Headers["Cache-Control"] = "no-store";
        context.Response.ContentLength64 = body.Length;
        context.Response.OutputStream.Write(body);
    }

    public void Dispose()
    {
        listener.Close();
    }
}
