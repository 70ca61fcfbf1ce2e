using System.Text;

namespace RegKnowledge.Content.Tests.Hostile;

/// <summary>What a mutation does to a file.</summary>
public enum MutationKind
{
    FlipByte,
    DeleteLine,
    DuplicateLine,
    SwapLines,
    ShiftIndentation,
    ReplaceValue,
    ReplaceKey,
    InsertSnippet,
    Truncate,
}

/// <summary>One edit of one sample file, fully determined by its numbers so a failing case can be replayed from its printout.</summary>
public sealed record ContentMutation(int FileIndex, MutationKind Kind, int Position, int Choice, int Amount)
{
    private static readonly string[] Values =
    [
        "", "~", "yes", "No", "on", "[", "]", "{", "}", "&a", "*a", "!!str x", "!custom", "0x1F", "2026-02-30", "-1", "99999999999",
        "\"", "'", "|", ">", "- x", "[a, [b, [c]]]", "{a: b}", "\"\\u202E\"", "? x", ": x", "#", "%", "@x", "`x`", "null", "\"\\0\"",
        new string('x', 70_000), "\"unterminated", "'it''s'", "1e309", "- - - x", "a: b: c",
    ];

    private static readonly string[] Keys = ["id", "idd", "", "? x", "- ", "<<", "&k id", "*k", "!!python/object:x id", "tlp", "\"quoted\"", "a b", "0", "[k]"];

    private static readonly byte[][] Snippets =
    [
        Utf8("---\n"), Utf8("...\n"), Utf8("%YAML 1.1\n"), Utf8("%TAG ! tag:evil.example,2026:\n"), Utf8("\t- tabbed\n"),
        Utf8("a: &a [*a]\n"), Utf8("b: &b [\"lol\",\"lol\"]\nc: [*b,*b,*b]\n"), Utf8("<<: *a\n"), Utf8("? [a, b]\n: c\n"),
        Utf8("deep: " + new string('[', 200) + new string(']', 200) + "\n"), Utf8("deep: " + string.Concat(Enumerable.Repeat("- ", 300)) + "x\n"),
        Utf8("x: !!binary aGVsbG8=\n"), Utf8("\uFEFFbom: here\n"), Utf8("bidi: \u202Eevil\n"), [0xC3, 0x28, 0x0A], [0xFF, 0xFE, 0x00, 0x0A],
        Utf8("\0\n"), Utf8("long: " + new string('y', 200_000) + "\n"), Utf8("  misindented: x\n"), Utf8("- stray item\n"), Utf8("key: |\n  block\n text\n"),
    ];

    /// <summary>Applies the mutation to <paramref name="original"/>.</summary>
    public byte[] Apply(byte[] original)
    {
        if (Kind == MutationKind.FlipByte)
        {
            var flipped = (byte[])original.Clone();
            if (flipped.Length > 0)
            {
                flipped[Position % flipped.Length] ^= (byte)(Choice % 255 + 1);
            }

            return flipped;
        }

        if (Kind == MutationKind.Truncate)
        {
            return original[..(int)((long)original.Length * (Amount % 100) / 100)];
        }

        var lines = Split(original);
        var at = lines.Count == 0 ? 0 : Position % lines.Count;
        switch (Kind)
        {
            case MutationKind.DeleteLine when lines.Count > 0: lines.RemoveAt(at); break;
            case MutationKind.DuplicateLine when lines.Count > 0: lines.Insert(at, lines[at]); break;
            case MutationKind.SwapLines when lines.Count > 1:
                var other = Choice % lines.Count;
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            case MutationKind.ShiftIndentation when lines.Count > 0: lines[at] = Shift(lines[at], Amount % 7 - 3); break;
            case MutationKind.ReplaceValue when lines.Count > 0: lines[at] = ReplaceAfterColon(lines[at], Values[Choice % Values.Length]); break;
            case MutationKind.ReplaceKey when lines.Count > 0: lines[at] = ReplaceBeforeColon(lines[at], Keys[Choice % Keys.Length]); break;
            case MutationKind.InsertSnippet: lines.Insert(at, Snippets[Choice % Snippets.Length]); break;
        }

        return lines.SelectMany(l => l).ToArray();
    }

    /// <summary>Lines with their line ends, as bytes (a mutation may have made them invalid UTF-8).</summary>
    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            lines.Add(bytes[start..]);
        }

        return lines;
    }

    private static byte[] Shift(byte[] line, int by) =>
        by >= 0 ? [.. Enumerable.Repeat((byte)' ', by), .. line] : line[Math.Min(-by, line.TakeWhile(b => b == (byte)' ').Count())..];

    private static byte[] ReplaceAfterColon(byte[] line, string value)
    {
        var colon = Array.IndexOf(line, (byte)':');
        return colon < 0 ? line : [.. line[..(colon + 1)], .. Utf8(" " + value + "\n")];
    }

    private static byte[] ReplaceBeforeColon(byte[] line, string key)
    {
        var colon = Array.IndexOf(line, (byte)':');
        var indent = line.TakeWhile(b => b is (byte)' ' or (byte)'-').Count();
        return colon < 0 ? line : [.. line[..indent], .. Utf8(key), .. line[colon..]];
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}(file {FileIndex}, position {Position}, choice {Choice}, amount {Amount})";
}
