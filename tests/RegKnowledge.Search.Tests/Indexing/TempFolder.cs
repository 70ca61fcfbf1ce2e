namespace RegKnowledge.Search.Tests.Indexing;

/// <summary>A temporary folder deleted on dispose; indexes are built inside it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "regk-search-" + Guid.NewGuid().ToString("N")[..12])).FullName;

    public string In(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
