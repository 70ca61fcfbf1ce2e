using System.Text;

namespace RegKnowledge.Content.Tests.Hostile;

/// <summary>Builders for hostile file contents. Each returns bytes, because several attacks are about encoding.</summary>
internal static class HostilePayloads
{
    /// <summary>The start of a governance body that is valid up to the hostile part.</summary>
    public const string BodyStart = "id: hostile\nname: Hostile body\nkind: council\nremit: r\n";

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>Billion laughs: nine levels of nine aliases, 10⁹ strings if expanded.</summary>
    public static byte[] BillionLaughs()
    {
        var builder = new StringBuilder(BodyStart).Append("l0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            builder.Append('l').Append(level).Append(": &l").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat($"*l{level - 1}", 9))).Append("]\n");
        }

        return Utf8(builder.ToString());
    }

    /// <summary><c>[[[ … ]]]</c> on one line.</summary>
    public static byte[] FlowNesting(int depth) => Utf8(BodyStart + "chair: " + new string('[', depth) + new string(']', depth) + "\n");

    /// <summary><c>- - - - x</c>: block sequences nested by compact notation, one level per two characters.</summary>
    public static byte[] CompactBlockNesting(int depth)
    {
        var builder = new StringBuilder(BodyStart).Append("topics:\n  ");
        builder.Insert(builder.Length, "- ", depth).Append("x\n");
        return Utf8(builder.ToString());
    }

    /// <summary>Indented block mappings, one level per line.</summary>
    public static byte[] IndentedBlockNesting(int depth)
    {
        var builder = new StringBuilder(BodyStart).Append("chair:\n");
        for (var level = 1; level < depth; level++)
        {
            builder.Append(' ', level * 2).Append('k').Append(level).Append(":\n");
        }

        return Utf8(builder.Append(' ', depth * 2).Append("end\n").ToString());
    }

    /// <summary>One quoted scalar of <paramref name="bytes"/> characters.</summary>
    public static byte[] HugeScalar(int bytes) => Utf8(BodyStart + "chair: \"" + new string('x', bytes) + "\"\n");

    /// <summary>A flat mapping of distinct keys filling about <paramref name="bytes"/>.</summary>
    public static byte[] ManyKeys(int bytes)
    {
        var builder = new StringBuilder(bytes + 64).Append(BodyStart);
        for (var i = 0; builder.Length < bytes; i++)
        {
            builder.Append('k').Append(i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).Append(": v\n");
        }

        return Utf8(builder.ToString());
    }

    /// <summary>A flow list of <paramref name="count"/> short items.</summary>
    public static byte[] ManyItems(int count) => Utf8(BodyStart + "topics: [" + string.Join(",", Enumerable.Repeat("a", count)) + "]\n");

    /// <summary><paramref name="text"/> as UTF-16 little-endian, with or without its byte order mark.</summary>
    public static byte[] Utf16(string text, bool bom) =>
        (bom ? new byte[] { 0xFF, 0xFE } : []).Concat(Encoding.Unicode.GetBytes(text)).ToArray();

    /// <summary>A valid body with one byte replaced by an invalid UTF-8 sequence start.</summary>
    public static byte[] InvalidUtf8() => Utf8("id: hostile\nname: Hos").Concat(new byte[] { 0xC3, 0x28 }).Concat(Utf8("tile\nkind: council\nremit: r\n")).ToArray();
}
