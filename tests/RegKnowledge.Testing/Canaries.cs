using RegKnowledge.Model.Common;

namespace RegKnowledge.Testing;

/// <summary>The unique words planted in tests/fixtures/canary, each with the label of the item or field that carries it.
/// A build for an audience must contain every canary at or below its ceiling and none above.</summary>
public static class Canaries
{
    /// <summary>The canary content set.</summary>
    public static string Content => Path.Combine(Fixtures.RepositoryRoot, "tests", "fixtures", "canary");

    /// <summary>Word → label.</summary>
    public static IReadOnlyList<(string Word, Tlp Label)> All { get; } =
    [
        ("canarygreenalpha", Tlp.Green),
        ("canaryamberbravo", Tlp.Amber),
        ("canaryredcharlie", Tlp.Red),
        ("canarynotesdelta", Tlp.Amber),
        ("canarydraftecho", Tlp.Amber),
        ("canarystancefoxtrot", Tlp.Amber),
        ("canarystricthotel", Tlp.AmberStrict),
    ];

    /// <summary>Canaries an audience with <paramref name="ceiling"/> must never see.</summary>
    public static IEnumerable<string> Above(Tlp ceiling) => All.Where(c => c.Label > ceiling).Select(c => c.Word);

    /// <summary>Canaries an audience with <paramref name="ceiling"/> should see (proves the search for leaks can find something).</summary>
    public static IEnumerable<string> AtOrBelow(Tlp ceiling) => All.Where(c => c.Label <= ceiling).Select(c => c.Word);

    /// <summary>Every canary above <paramref name="ceiling"/> found in any file under <paramref name="folder"/>, as "file: word".
    /// Files are searched as bytes (case-insensitively for ASCII), so binary index files and compressed-free outputs are covered too.</summary>
    public static List<string> LeaksIn(string folder, Tlp ceiling)
    {
        var forbidden = Above(ceiling).ToList();
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = System.Text.Encoding.Latin1.GetString(Inflated(File.ReadAllBytes(file))).ToLowerInvariant();
            leaks.AddRange(forbidden.Where(w => text.Contains(w, StringComparison.Ordinal)).Select(w => $"{Path.GetRelativePath(folder, file)}: {w}"));
        }

        return leaks;
    }

    /// <summary>The browser search files are gzip'd: search their decompressed bytes, or a canary would hide in the compression.
    /// Their classic-script mirrors (js/*.bin.js, for pages opened from disk) hold the same bytes in base64.</summary>
    private static byte[] Inflated(byte[] bytes)
    {
        const string mirror = "__regkSearchFile(\"";
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, mirror.Length));
        if (head == mirror)
        {
            var text = System.Text.Encoding.ASCII.GetString(bytes);
            var start = text.IndexOf(",\"", StringComparison.Ordinal) + 2;
            bytes = Convert.FromBase64String(text[start..text.IndexOf('"', start)]);
        }

        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
        {
            return bytes;
        }

        using var input = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
