using System.IO.Compression;
using System.Net;

namespace RegKnowledge.Testing.Web;

/// <summary>A small static file server on 127.0.0.1 for browser tests and benchmarks: serves a folder under a path prefix (to prove
/// links do not depend on where a site is hosted), "dir/" as "dir/index.html", the folder's 404.html for a missing file as static hosts
/// do, and (when <see cref="CompressText"/>) gzips text types on the fly.</summary>
public sealed class StaticFileServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml; charset=utf-8",
        [".wasm"] = "application/wasm",
        [".txt"] = "text/plain; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".png"] = "image/png",
    };

    private readonly HttpListener listener = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Path, long Bytes)> sent = new();
    private readonly string root;
    private readonly Task loop;

    /// <summary>Starts serving <paramref name="root"/> at <paramref name="prefix"/> (starts and ends with '/') on a free loopback port.</summary>
    public StaticFileServer(string root, bool compressText = false, string prefix = "/")
    {
        this.root = Path.GetFullPath(root);
        CompressText = compressText;
        Prefix = prefix;
        Port = LocalPorts.Free();
        BaseUrl = $"http://127.0.0.1:{Port}{prefix}";
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(Serve);
    }

    /// <summary>The port listened on.</summary>
    public int Port { get; }

    /// <summary>The path every served URL starts with.</summary>
    public string Prefix { get; }

    /// <summary>http://127.0.0.1:port/prefix/</summary>
    public string BaseUrl { get; }

    /// <summary>Whether text types are sent gzip'd to clients that accept it.</summary>
    public bool CompressText { get; }

    /// <summary>Every response since the last <see cref="TakeLog"/>: the path asked for and the body bytes sent (compressed when
    /// gzip'd). Counted here because requests made by a page's workers do not all reach the page's DevTools session.</summary>
    public IReadOnlyList<(string Path, long Bytes)> TakeLog()
    {
        var taken = new List<(string, long)>();
        while (sent.TryDequeue(out var entry))
        {
            taken.Add(entry);
        }

        return taken;
    }

    /// <inheritdoc/>
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
            // The listener throws from GetContextAsync when stopped.
        }
    }

    private async Task Serve()
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

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var full = path.StartsWith(Prefix, StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(root, path[Prefix.Length..])) : null;
            if (Directory.Exists(full))
            {
                full = Path.Combine(full, "index.html");
            }

            if (full is null || !full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
            {
                response.StatusCode = 404;
                full = Path.Combine(root, "404.html");
                if (!File.Exists(full))
                {
                    return;
                }
            }

            var bytes = File.ReadAllBytes(full);
            var type = Types.GetValueOrDefault(Path.GetExtension(full), "application/octet-stream");
            response.ContentType = type;
            response.Headers["Cache-Control"] = "no-cache";
            var gzip = CompressText && !type.StartsWith("application/octet", StringComparison.Ordinal)
                && (context.Request.Headers["Accept-Encoding"] ?? "").Contains("gzip", StringComparison.Ordinal);
            if (gzip)
            {
                using var packed = new MemoryStream();
                using (var zip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zip.Write(bytes);
                }

                bytes = packed.ToArray();
                response.Headers["Content-Encoding"] = "gzip";
            }

            response.ContentLength64 = bytes.Length;
            sent.Enqueue((context.Request.Url!.AbsolutePath, bytes.Length));
            if (context.Request.HttpMethod != "HEAD")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException)
        {
            // The browser went away mid-response.
        }
    }
}
