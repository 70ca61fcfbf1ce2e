using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace RegKnowledge.Cli.Tests.Audiences;

/// <summary>Every term and stored value of a Lucene index as plain text. Searching the raw files is not enough: terms share
/// prefixes in the terms dictionary and stored fields may be compressed, so a canary could hide from a byte search.</summary>
internal static class IndexDump
{
    public static string Of(string indexDirectory)
    {
        var text = new StringBuilder();
        using var directory = FSDirectory.Open(indexDirectory);
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            var fields = leaf.AtomicReader.Fields;
            foreach (var field in fields)
            {
                var terms = fields.GetTerms(field).GetEnumerator();
                while (terms.MoveNext())
                {
                    text.Append(field).Append(':').AppendLine(terms.Term.Utf8ToString());
                }
            }
        }

        for (var i = 0; i < reader.MaxDoc; i++)
        {
            foreach (var stored in reader.Document(i).Fields)
            {
                text.AppendLine(stored.GetStringValue() ?? "");
            }
        }

        return text.ToString();
    }
}
