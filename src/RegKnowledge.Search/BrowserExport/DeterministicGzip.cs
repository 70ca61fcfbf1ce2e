using System.IO.Compression;

namespace RegKnowledge.Search.BrowserExport;

/// <summary>Gzip with a fixed header: .NET writes no file name and a zero modification time, so equal input gives equal bytes.</summary>
/// <remarks>The browser reads these with <c>DecompressionStream('gzip')</c>. Files are named <c>.bin</c>, not <c>.gz</c>, so no web
/// server adds a <c>Content-Encoding</c> header on its own; the client also accepts bytes a server has already decoded.</remarks>
internal static class DeterministicGzip
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(data);
        }

        var bytes = output.ToArray();
        // Bytes 4-7 are the MTIME field and byte 9 the OS id; pin them whatever the runtime writes.
        bytes[4] = bytes[5] = bytes[6] = bytes[7] = 0;
        bytes[9] = 255;
        return bytes;
    }
}
