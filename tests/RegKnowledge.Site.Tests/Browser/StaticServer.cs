using System.Net;
using System.Net.Sockets;

namespace RegKnowledge.Site.Tests.Browser;

/// <summary>A tiny static file server on 127.0.0.1 for browser tests; serves a folder under a path prefix (to prove links are prefix-independent).</summary>
public sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8", [".json"] = "application/json", [".ics"] = "text/calendar; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8", [".svg"] = "image/svg+xml", [".png"] = "image/png",
    };

    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly Task loop;

    public StaticServer(string root, string prefix = "/kb/")
    {
        this.root = Path.GetFullPath(root);
        Prefix = prefix;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}{prefix}";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    /// <summary>The site's address, ending in '/'.</summary>
    public string BaseUrl { get; }

    public string Prefix { get; }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed while waiting for a request.
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                Respond(context);
            }
            catch (HttpListenerException)
            {
                // The browser went away mid-response.
            }
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = path.StartsWith(Prefix, StringComparison.Ordinal) ? Resolve(path[Prefix.Length..]) : null;
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Path.Combine(root, "404.html");
        }

        var bytes = File.ReadAllBytes(file);
        context.Response.StatusCode = status;
        context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private string? Resolve(string relative)
    {
        var candidate = Path.GetFullPath(Path.Combine(root, relative));
        if (!candidate.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        return File.Exists(candidate) ? candidate : null;
    }
}
