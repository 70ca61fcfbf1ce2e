using System.IO.Compression;

namespace RegKnowledge.Workflow.Export;

/// <summary>Rewrites a zip package (xlsx) so the same input gives the same bytes: fixed entry timestamps, entries in their original order.</summary>
/// <remarks>System.IO.Packaging stamps every entry with the current time (FACTS.md: zip entries default to "now").</remarks>
internal static class DeterministicZip
{
    public static byte[] Normalize(byte[] package, DateOnly date)
    {
        // Zip dates start in 1980; a content date before that cannot occur in practice but must not throw.
        var stamp = new DateTimeOffset(Math.Max(date.Year, 1980), date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
