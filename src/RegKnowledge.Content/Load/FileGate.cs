using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Load;

/// <summary>Reads a content file's bytes only when it is a plain file of bounded size, so that a link or special file
/// can never make the loader hang, exhaust memory or read outside the content folder.</summary>
/// <remarks>
/// Found by the hostile-input suite: <c>x.yaml → /dev/zero</c> passed the size check (a link's own length is a few bytes)
/// and <c>File.ReadAllBytes</c> then grew past 3 GB; a FIFO named <c>x.yaml</c> blocked the open for ever.
/// Links are refused outright: Git on Windows checks them out as text, and a link can point at a secret whose lines
/// would then be quoted in diagnostics.
/// </remarks>
internal static class FileGate
{
    /// <summary>The bytes of <paramref name="full"/>, or a <see cref="ContentLoadException"/> saying why not.</summary>
    public static byte[] Read(string full, string display, LoadLimits limits)
    {
        var file = new FileInfo(full);
        if (file.LinkTarget is not null || file.Directory?.LinkTarget is not null)
        {
            throw Fail(DiagnosticCodes.UnexpectedFile, display,
                "this is a symbolic link (or sits in a linked folder); content files must be real files inside the content folder");
        }

        if (!file.Exists)
        {
            throw Fail(DiagnosticCodes.MissingFile, display,
                Directory.Exists(full) ? "this is a folder, not a file" : "the file does not exist");
        }

        // FIFOs, devices and /proc entries report length 0: never open them (opening a FIFO blocks until a writer comes).
        if (file.Length == 0)
        {
            throw Fail(DiagnosticCodes.EmptyFile, display, "the file is empty (or is not a regular file)");
        }

        if (file.Length > limits.MaxFileBytes)
        {
            throw Fail(DiagnosticCodes.FileTooLarge, display, $"the file is {file.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0}. Split it");
        }

        return ReadBounded(full, display, limits);
    }

    /// <summary>Reads at most one byte past the limit, so a file that grows after the size check still cannot exhaust memory.</summary>
    private static byte[] ReadBounded(string full, string display, LoadLimits limits)
    {
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(limits.MaxFileBytes + 1, Math.Max(stream.Length + 1, 4096))];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                return buffer[..total];
            }

            total += read;
            if (total == buffer.Length && total <= limits.MaxFileBytes)
            {
                Array.Resize(ref buffer, (int)Math.Min(limits.MaxFileBytes + 1, (long)buffer.Length * 2));
            }
        }

        throw Fail(DiagnosticCodes.FileTooLarge, display, $"the file grew past the limit of {limits.MaxFileBytes:N0} bytes while it was read. Split it");
    }

    private static ContentLoadException Fail(string code, string display, string message) =>
        new(Diagnostic.Error(code, SourceLocation.StartOf(display), message));
}
