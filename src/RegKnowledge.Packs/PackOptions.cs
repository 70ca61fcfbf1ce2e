namespace RegKnowledge.Packs;

/// <summary>Which files a pack is written as.</summary>
[Flags]
public enum PackFormats
{
    /// <summary>The self-contained HTML document.</summary>
    Html = 1,
    /// <summary>The PDF printed by Chromium.</summary>
    Pdf = 2,
    /// <summary>Both.</summary>
    Both = Html | Pdf,
}

/// <summary>Settings of a pack run that are not content.</summary>
public sealed record PackOptions
{
    /// <summary>Debian's Chromium, the only browser this project prints with.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Formats to write.</summary>
    public PackFormats Formats { get; init; } = PackFormats.Both;

    /// <summary>Content version shown on the cover; null: the content fingerprint (<see cref="Composition.ContentVersion"/>).</summary>
    public string? ContentVersion { get; init; }

    /// <summary>Chromium executable used for PDFs.</summary>
    public string ChromiumPath { get; init; } = DefaultChromiumPath;

    /// <summary>Packs printed at the same time, each in its own tab of the one browser.</summary>
    public int ParallelPrints { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    /// <summary>Receives one line per pack written (null: silent).</summary>
    public Action<string>? Log { get; init; }
}
