using System.CommandLine;
using RegKnowledge.Cli.Reporting;
using RegKnowledge.Content.Graph;
using RegKnowledge.Content.Validate;
using RegKnowledge.Search.Documents;
using RegKnowledge.Search.Indexing;
using RegKnowledge.Search.Querying;

namespace RegKnowledge.Cli.Commands;

/// <summary><c>regk search</c>: ranked results with highlighted snippets, from a built index or straight from the content.</summary>
internal static class SearchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Argument<string>("query") { Description = "What to look for: words, \"a phrase\", AND / OR / NOT, -word, prefix*" };
        var content = CommonOptions.Content();
        var index = new Option<DirectoryInfo?>("--index") { Description = "Search a built index (regk index) instead of the content" };
        var jurisdictions = Repeatable("--jurisdiction", "Only results about this jurisdiction id (a country includes its sub-national regimes); repeatable");
        var topics = Repeatable("--topic", "Only results on this topic id; repeatable");
        var kinds = Repeatable("--kind", $"Only results of this kind ({string.Join(", ", DocumentKinds.All)}); repeatable");
        kinds.AcceptOnlyFromAmong([.. DocumentKinds.All]);
        var top = new Option<int>("--top") { Description = "How many results to show, 1 to 100 (default: 10)", DefaultValueFactory = _ => 10 };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100)
            {
                result.AddError("--top must be between 1 and 100");
            }
        });
        var format = CommonOptions.Format("table", SearchResultWriter.Formats);
        var audience = new Option<string?>("--audience") { Description = "Audience to build for with --content (default: the configured default audience)" };
        var command = new Command("search", "Search the knowledge base: stances, clauses, mappings, guidance and engagements.")
        {
            query, content, index, jurisdictions, topics, kinds, top, format, audience,
        };
        command.SetAction(parse =>
        {
            var fromIndex = parse.GetValue(index);
            if (fromIndex is not null && (parse.GetResult(content) is { Implicit: false } || parse.GetValue(audience) is not null))
            {
                error.WriteLine("regk: search: --index searches an index built for one audience; leave out --content and --audience");
                return ExitCodes.UsageOrInternal;
            }

            var filters = new SearchFilters
            {
                Jurisdictions = parse.GetValue(jurisdictions) ?? [],
                Topics = parse.GetValue(topics) ?? [],
                Kinds = parse.GetValue(kinds) ?? [],
            };
            return fromIndex is null
                ? FromContent(parse.GetValue(content)!, parse.GetValue(audience), service => Run(service))
                : FromIndex(fromIndex, service => Run(service));

            int Run(SearchService service)
            {
                WarnAboutEmptyFilters(service, filters, error);
                var results = service.Search(parse.GetValue(query)!, filters, parse.GetValue(top));
                SearchResultWriter.Write(output, parse.GetValue(format)!, results);
                return ExitCodes.Success;
            }
        });
        return command;

        int FromContent(DirectoryInfo folder, string? audienceId, Func<SearchService, int> run)
        {
            var checkedContent = CheckedContent.From(folder.FullName, BuildClock.FromEnvironment());
            if (checkedContent.HasErrors)
            {
                error.WriteLine($"regk: search: the content in '{folder}' has errors; run 'regk validate' to see them");
                return ExitCodes.ContentErrors;
            }

            Model.Configuration.Audience audience;
            try
            {
                audience = KnowledgeGraph.ResolveAudience(checkedContent.Content, audienceId);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine($"regk: search: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }

            var graph = KnowledgeGraph.Build(checkedContent.Content, audience, BuildClock.FromEnvironment());
            using var directory = SearchIndexBuilder.BuildInMemory(graph);
            using var service = SearchService.Open(directory);
            return Guarded(() => run(service));
        }

        int FromIndex(DirectoryInfo folder, Func<SearchService, int> run)
        {
            SearchService service;
            try
            {
                service = SearchService.Open(folder.FullName);
            }
            catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidDataException)
            {
                error.WriteLine($"regk: search: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }

            using (service)
            {
                return Guarded(() => run(service));
            }
        }

        int Guarded(Func<int> run)
        {
            try
            {
                return run();
            }
            catch (SearchQueryException ex)
            {
                error.WriteLine($"regk: search: {ex.Message}");
                return ExitCodes.UsageOrInternal;
            }
        }
    }

    private static Option<string[]> Repeatable(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    private static void WarnAboutEmptyFilters(SearchService service, SearchFilters filters, TextWriter error)
    {
        foreach (var (field, values) in new[] { (SearchFields.Jurisdiction, filters.Jurisdictions), (SearchFields.Topic, filters.Topics) })
        {
            foreach (var value in values.Where(v => service.CountWith(field, v) == 0))
            {
                error.WriteLine($"regk: search: warning: no indexed document has {field} '{value}'");
            }
        }
    }
}
