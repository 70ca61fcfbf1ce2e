namespace RegKnowledge.Cli.Serve;

/// <summary>Watches the content folder and calls back once per burst of changes (editors write files in several steps).</summary>
internal sealed class ContentWatcher : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Timer debounce;

    public ContentWatcher(string folder, Action changed, TimeSpan quiet)
    {
        debounce = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName | NotifyFilters.Size };
        void Kick(object? sender, FileSystemEventArgs e) => debounce.Change(quiet, Timeout.InfiniteTimeSpan);
        watcher.Changed += Kick;
        watcher.Created += Kick;
        watcher.Deleted += Kick;
        watcher.Renamed += (s, e) => Kick(s, e);
        watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        watcher.Dispose();
        debounce.Dispose();
    }
}
