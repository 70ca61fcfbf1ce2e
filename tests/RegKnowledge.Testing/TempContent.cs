using System.Text;

namespace RegKnowledge.Testing;

/// <summary>A throw-away content folder: starts as a copy of a fixture (or empty), files can be written and replaced, deleted on dispose.</summary>
public sealed class TempContent : IDisposable
{
    private TempContent(string root) => Root = root;

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <summary>An empty folder.</summary>
    public static TempContent Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "regk-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        return new TempContent(root);
    }

    /// <summary>A copy of the small sample content set shipped with the tests (tests/fixtures/sample).</summary>
    public static TempContent FromSample() => CopyOf(Fixtures.SampleContent);

    /// <summary>A copy of <paramref name="source"/>.</summary>
    public static TempContent CopyOf(string source)
    {
        var temp = Empty();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return temp;
    }

    /// <summary>Writes (or replaces) a text file under the root.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes (for encoding tests).</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Reads a file under the root.</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> in a file under the root.</summary>
    /// <exception cref="InvalidOperationException">The file does not contain <paramref name="from"/>: a test whose edit silently
    /// missed would check the unchanged fixture and could pass for the wrong reason.</exception>
    public void Replace(string relativePath, string from, string to)
    {
        var text = Read(relativePath);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relativePath} does not contain «{from}»; the fixture changed under the test.");
        }

        Write(relativePath, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a crashed child process; the temp folder is cleaned by the OS later.
        }
    }
}
