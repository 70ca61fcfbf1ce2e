using RegKnowledge.Search.Documents;

namespace RegKnowledge.Benchmarks.BrowserSearch;

/// <summary>A crude large corpus: the starter content's search documents copied until there are enough, each copy with
/// its own ids and URLs, its sentences in another order and about a fifth of its body words dropped (fixed seed), so that
/// copies differ in length and term frequencies rather than being byte-for-byte duplicates.</summary>
internal static class ReplicatedCorpus
{
    public static IReadOnlyList<SearchDocument> From(IReadOnlyList<SearchDocument> originals, int count)
    {
        var random = new Random(6);
        var documents = new List<SearchDocument>(count);
        for (var copy = 0; documents.Count < count; copy++)
        {
            foreach (var original in originals)
            {
                if (documents.Count == count)
                {
                    break;
                }

                documents.Add(copy == 0 ? original : Vary(original, copy, random));
            }
        }

        return documents;
    }

    private static SearchDocument Vary(SearchDocument original, int copy, Random random)
    {
        var sentences = original.Body.Split(". ", StringSplitOptions.RemoveEmptyEntries).OrderBy(_ => random.Next()).ToList();
        var body = string.Join(". ", sentences.Select(s => string.Join(' ', s.Split(' ').Where(_ => random.Next(5) != 0))));
        var suffix = $"-r{copy}";
        var hash = original.Url.IndexOf('#', StringComparison.Ordinal);
        var url = hash < 0 ? original.Url.TrimEnd('/') + suffix + "/" : original.Url[..hash].TrimEnd('/') + suffix + "/" + original.Url[hash..];
        return original with { Id = original.Id + suffix, Body = body, Url = url };
    }
}
