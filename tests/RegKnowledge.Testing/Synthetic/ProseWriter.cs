using System.Text;

namespace RegKnowledge.Testing.Synthetic;

/// <summary>Makes sentences, titles and Markdown articles from <see cref="WordBank"/>. Nonsense, but with the shape and
/// vocabulary of real content, which is what indexing, rendering and highlighting costs depend on.</summary>
internal static class ProseWriter
{
    /// <summary>One sentence of <paramref name="minWords"/>–<paramref name="maxWords"/> words, a domain term in about a quarter of the slots.</summary>
    public static string Sentence(SyntheticRandom random, int minWords = 8, int maxWords = 22)
    {
        var count = random.Between(minWords, maxWords);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var word = random.Chance(0.25) ? random.Pick(WordBank.Domain) : random.Pick(WordBank.Common);
            if (i == 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                continue;
            }

            builder.Append(random.Chance(0.08) && i < count - 1 ? ", " : " ").Append(word);
        }

        return builder.Append('.').ToString();
    }

    /// <summary><paramref name="sentences"/> sentences joined by spaces.</summary>
    public static string Sentences(SyntheticRandom random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(random)));

    /// <summary>A capitalised title of a few domain and common words.</summary>
    public static string Title(SyntheticRandom random, int words = 4)
    {
        var parts = Enumerable.Range(0, words).Select(i => i % 2 == 0 ? random.Pick(WordBank.Domain) : random.Pick(WordBank.Common));
        var text = string.Join(' ', parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A made-up place name, unique per <paramref name="index"/> below 32³ (a bijection onto three syllables).</summary>
    public static string PlaceName(int index)
    {
        var syllables = WordBank.Syllables;
        var n = syllables.Length;
        var code = (int)((index * 7919L + 17) % (n * n * n));
        var name = syllables[code / (n * n)] + syllables[code / n % n] + syllables[code % n];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>A Markdown article of about <paramref name="words"/> words in <paramref name="sections"/> '##' sections,
    /// with paragraphs, bullet and numbered lists, a table, emphasis and links.</summary>
    public static string Article(SyntheticRandom random, int words, int sections)
    {
        var builder = new StringBuilder();
        var perSection = Math.Max(40, words / Math.Max(1, sections));
        for (var s = 0; s < sections; s++)
        {
            builder.Append("## ").Append(Title(random, random.Between(2, 5))).Append("\n\n");
            var written = 0;
            var block = 0;
            while (written < perSection)
            {
                written += AppendBlock(builder, random, block++ == 0 ? 0 : random.Next(8));
            }
        }

        return builder.ToString();
    }

    private static int AppendBlock(StringBuilder builder, SyntheticRandom random, int kind)
    {
        if (IsList(kind))
        {
            var items = random.Between(3, 6);
            var words = 0;
            for (var i = 1; i <= items; i++)
            {
                var item = Sentence(random, 4, 12);
                builder.Append(kind == 5 ? $"{i}. " : "- ").Append(item).Append('\n');
                words += item.Count(c => c == ' ') + 1;
            }

            builder.Append('\n');
            return words;
        }

        if (kind == 6)
        {
            return AppendTable(builder, random);
        }

        var paragraph = Sentences(random, random.Between(2, 5));
        var term = random.Pick(WordBank.Domain);
        paragraph = kind switch
        {
            1 => paragraph + $" See [{term}](https://www.example.org/{Slug(term)}) for the primary source.",
            2 => paragraph + $" In short: **{term}** needs *{random.Pick(WordBank.Common)}* attention.",
            3 => paragraph + $" The reporting field is `{Slug(term)}`.",
            _ => paragraph,
        };
        builder.Append(paragraph).Append("\n\n");
        return paragraph.Count(c => c == ' ') + 1;

        static bool IsList(int k) => k is 4 or 5;
    }

    private static int AppendTable(StringBuilder builder, SyntheticRandom random)
    {
        builder.Append("| Requirement | Applies to | Deadline |\n|---|---|---|\n");
        var rows = random.Between(2, 5);
        for (var r = 0; r < rows; r++)
        {
            builder.Append("| ").Append(Title(random, 3)).Append(" | ").Append(random.Pick(WordBank.Domain))
                .Append(" | ").Append(random.Between(1, 24)).Append(" months |\n");
        }

        builder.Append('\n');
        return rows * 6 + 6;
    }

    /// <summary>Lower-case letters and digits joined by '-'.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
