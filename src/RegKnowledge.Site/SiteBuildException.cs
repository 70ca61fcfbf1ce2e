namespace RegKnowledge.Site;

/// <summary>The site could not be built (broken internal links, unusable output folder); the previous site is left as it was.</summary>
public sealed class SiteBuildException(string message, IReadOnlyList<string> problems) : Exception(message)
{
    /// <summary>One sentence per problem, naming the page it is on.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
