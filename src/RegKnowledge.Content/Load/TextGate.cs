using System.Buffers;
using System.Text;
using RegKnowledge.Model.Common;
using RegKnowledge.Model.Diagnostics;

namespace RegKnowledge.Content.Load;

/// <summary>Turns a file's bytes into text, rejecting what YamlDotNet would silently accept or choke on:
/// invalid UTF-8, tab indentation, control and bidirectional-override characters.</summary>
internal static class TextGate
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> (a leading BOM is allowed and dropped) or throws with the first offending place.</summary>
    public static string Decode(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            var (line, column) = PositionOfByte(bytes, invalidAt);
            throw Fail(DiagnosticCodes.InvalidEncoding, file, line, column,
                $"the file is not valid UTF-8 (byte 0x{bytes[invalidAt]:X2}); save it as UTF-8");
        }

        var text = StrictUtf8.GetString(bytes);
        CheckCharacters(file, text);
        return text;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static (int Line, int Column) PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var prefix = bytes[..index];
        var line = prefix.Count((byte)'\n') + 1;
        var lineStart = prefix.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(prefix[lineStart..]) + 1;
        return (line, column);
    }

    private static void CheckCharacters(string file, string text)
    {
        var line = 1;
        var column = 1;
        var atIndentation = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atIndentation = true;
                continue;
            }

            if (c == '\t' && atIndentation)
            {
                throw Fail(DiagnosticCodes.Tab, file, line, column, "a tab is used for indentation; YAML needs spaces");
            }

            if (IsForbidden(c))
            {
                throw Fail(DiagnosticCodes.ForbiddenCharacter, file, line, column,
                    $"invisible control or text-direction character U+{(int)c:X4} is not allowed; delete it (it can hide text from reviewers)");
            }

            if (c != ' ')
            {
                atIndentation = false;
            }

            column++;
        }
    }

    /// <summary>C0/C1 controls other than tab, CR and LF; bidi embeddings, overrides and isolates; a stray BOM.</summary>
    private static bool IsForbidden(char c) =>
        (c < 0x20 && c is not '\t' and not '\r' and not '\n')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c == '\uFEFF';

    private static ContentLoadException Fail(string code, string file, int line, int column, string message) =>
        new(new Diagnostic(code, Severity.Error, new SourceLocation(file, line, column), message));
}
