using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RegKnowledge.Content.Load;

/// <summary>Reads one YAML document into <see cref="YamlNode"/>s from YamlDotNet's event stream, enforcing our limits as it goes:
/// no anchors or aliases, no tags, unique keys, bounded depth and size, exactly one document.</summary>
/// <remarks>Event-driven and iterative per level, so a 100,000-level input stops at <see cref="LoadLimits.MaxDepth"/> after a few dozen events.</remarks>
internal sealed class YamlTreeReader
{
    private readonly string file;
    private readonly LoadLimits limits;
    private readonly IParser parser;
    private int nodes;

    private YamlTreeReader(string file, string text, LoadLimits limits)
    {
        this.file = file;
        this.limits = limits;
        parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ContentLoadException"/> on anything we refuse.</summary>
    public static YamlNode Read(string file, string text, LoadLimits limits) => new YamlTreeReader(file, text, limits).ReadStream();

    private YamlNode ReadStream()
    {
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw Fail(DiagnosticCodes.EmptyFile, new SourceLocation(file, 1, 1), "the file is empty");
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(depth: 1);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw Fail(DiagnosticCodes.MultipleDocuments, At(second.Start),
                    "a second YAML document starts here ('---'); put one item per file");
            }

            parser.Consume<StreamEnd>();
            return root;
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException?.Message ?? ex.Message;
            throw Fail(DiagnosticCodes.Syntax, At(ex.Start), $"YAML syntax error: {Plain(detail)}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet 18.1.0 itself fails on some malformed input, e.g. "a: {\nb: c\n  ##" at the end of a file throws
            // InvalidOperationException from Scanner.ScanPlainScalar (found by the mutation property test). That is still a
            // syntax error in the file, not a crash of regk: report it at the last place the parser reached.
            var at = parser.Current?.End ?? Mark.Empty;
            throw Fail(DiagnosticCodes.Syntax, At(at),
                "YAML syntax error: the file is malformed after this point (an unclosed '{' or '[', or a stray character); check brackets, quotes and indentation");
        }
    }

    private YamlNode ReadNode(int depth)
    {
        if (++nodes > limits.MaxNodes)
        {
            throw Fail(DiagnosticCodes.TooManyNodes, At(parser.Current!.Start), $"the file has more than {limits.MaxNodes:N0} values; split it");
        }

        var current = parser.Current ?? throw new YamlException("unexpected end of input");
        if (current is AnchorAlias alias)
        {
            throw Fail(DiagnosticCodes.AliasNotAllowed, At(alias.Start),
                $"alias '*{alias.Value}' is not allowed; write the value out in full");
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                throw Fail(DiagnosticCodes.AliasNotAllowed, At(node.Start),
                    $"anchor '&{node.Anchor}' is not allowed; anchors and aliases make files hard to review");
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                throw Fail(DiagnosticCodes.TagNotAllowed, At(node.Start), $"YAML tag '{node.Tag}' is not allowed; remove it");
            }
        }

        if (current is MappingStart or SequenceStart && depth > limits.MaxDepth)
        {
            throw Fail(DiagnosticCodes.TooDeep, At(current.Start),
                $"nesting is deeper than {limits.MaxDepth} levels; content never needs this much");
        }

        return current switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart start => ReadSequence(start, depth),
            MappingStart start => ReadMapping(start, depth),
            _ => throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}"),
        };
    }

    private YamlScalar ReadScalar(Scalar scalar)
    {
        parser.MoveNext();
        return new YamlScalar(At(scalar.Start), scalar.Value, scalar.Style is ScalarStyle.Plain);
    }

    private YamlSequence ReadSequence(SequenceStart start, int depth)
    {
        parser.MoveNext();
        var items = new List<YamlNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(depth + 1));
        }

        return new YamlSequence(At(start.Start), items);
    }

    private YamlMapping ReadMapping(MappingStart start, int depth)
    {
        parser.MoveNext();
        var entries = new List<YamlEntry>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(depth + 1);
            if (keyNode is not YamlScalar key)
            {
                throw Fail(DiagnosticCodes.WrongType, keyNode.Location, "a key must be plain text, not a list or mapping");
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                throw Fail(DiagnosticCodes.DuplicateKey, key.Location,
                    $"key '{key.Value}' appears twice in the same mapping (first at line {first.Line}); YAML would silently keep only the last");
            }

            seen.Add(key.Value, key.Location);
            entries.Add(new YamlEntry(key.Value, key.Location, ReadNode(depth + 1)));
        }

        return new YamlMapping(At(start.Start), entries);
    }

    private SourceLocation At(Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Plain(string message) => message.TrimEnd('.');

    private static ContentLoadException Fail(string code, SourceLocation location, string message) =>
        new(new Diagnostic(code, Severity.Error, location, message));
}
