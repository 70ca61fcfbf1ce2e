using RegKnowledge.Model.Common;

namespace RegKnowledge.Packs;

/// <summary>What a pack run wrote and how long it took.</summary>
public sealed record PackBuildResult(string OutputDirectory, IReadOnlyList<PackFile> Files, IReadOnlyList<string> Skipped, TimeSpan ComposeTime,
    TimeSpan PrintTime, TimeSpan TotalTime)
{
    /// <summary>Number of packs (a pack written as HTML and PDF counts once).</summary>
    public int Packs => Files.Select(f => f.Request).Distinct().Count();
}

/// <summary>One file written: which pack, its id and label, and for PDFs the page count and print time.</summary>
public sealed record PackFile(string Path, PackRequest Request, string PackId, Tlp Label, long Bytes, int? Pages, TimeSpan? PrintTime);

/// <summary>A pack cannot be built as asked: unknown jurisdiction, regulator or topic, or nothing the recipient may receive.</summary>
public sealed class PackRequestException(string message) : Exception(message);
