using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Cli.Serve;

/// <summary>What the preview currently shows: the folder of the last good build, a version that changes on every rebuild,
/// and the diagnostics of the last attempt (shown in the page, not only in the terminal).</summary>
internal sealed class PreviewState
{
    private readonly Lock gate = new();
    private string? siteFolder;
    private IReadOnlyList<Diagnostic> diagnostics = [];
    private long version;
    private TimeSpan lastDuration;
    private IReadOnlyDictionary<string, byte[]> searchFiles = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    /// <summary>The search index's site files ("search/manifest.bin" → bytes), served from memory beside the site folder.</summary>
    public IReadOnlyDictionary<string, byte[]> SearchFiles
    {
        get
        {
            lock (gate)
            {
                return searchFiles;
            }
        }
    }

    /// <summary>Replaces the search files at once, so a page never mixes files of two index versions.</summary>
    public void PublishSearch(IReadOnlyDictionary<string, byte[]> files)
    {
        lock (gate)
        {
            searchFiles = files;
        }
    }

    public (string? Site, IReadOnlyList<Diagnostic> Diagnostics, long Version, TimeSpan Duration) Snapshot()
    {
        lock (gate)
        {
            return (siteFolder, diagnostics, version, lastDuration);
        }
    }

    public void Publish(string? site, IReadOnlyList<Diagnostic> found, TimeSpan duration)
    {
        lock (gate)
        {
            siteFolder = site ?? siteFolder;
            diagnostics = found;
            lastDuration = duration;
            version++;
        }
    }
}
