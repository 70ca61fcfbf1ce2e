namespace RegKnowledge.Search.Documents;

/// <summary>Lucene field names. Text fields are analysed; the rest are exact keywords used for filters and display.</summary>
public static class SearchFields
{
    /// <summary>Stable document id (<see cref="DocumentKinds"/>), stored, exact.</summary>
    public const string Id = "id";
    /// <summary>Document kind, stored, exact.</summary>
    public const string Kind = "kind";
    /// <summary>Title, analysed and stored.</summary>
    public const string Title = "title";
    /// <summary>Names around the document (jurisdiction, standard, article, regulator), analysed and stored.</summary>
    public const string Context = "context";
    /// <summary>The text, analysed and stored for snippets.</summary>
    public const string Body = "body";
    /// <summary>Site URL (<c>SiteUrls</c>), stored only.</summary>
    public const string Url = "url";
    /// <summary>Jurisdiction ids: indexed with their parents (filter on <c>us</c> finds <c>us-ny</c>), stored without.</summary>
    public const string Jurisdiction = "jurisdiction";
    /// <summary>Region ids, exact.</summary>
    public const string Region = "region";
    /// <summary>Topic ids, exact.</summary>
    public const string Topic = "topic";
    /// <summary>Stance level id (stances only).</summary>
    public const string StanceLevel = "level";
    /// <summary>Mapping alignment (mappings only).</summary>
    public const string Alignment = "alignment";
    /// <summary>Lifecycle status: standard, clause, guidance or engagement response status.</summary>
    public const string Status = "status";
    /// <summary>Owning or leading working group id.</summary>
    public const string WorkingGroup = "group";
    /// <summary>The document's date as yyyy-MM-dd (as-of, published or updated, reviewed, opened).</summary>
    public const string Date = "date";

    /// <summary>The analysed fields a query searches.</summary>
    public static IReadOnlyList<string> Searched { get; } = [Title, Context, Body];
}
