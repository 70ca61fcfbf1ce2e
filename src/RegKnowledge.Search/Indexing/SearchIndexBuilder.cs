using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using RegKnowledge.Content.Graph;
using RegKnowledge.Search.Analysis;
using RegKnowledge.Search.Documents;

namespace RegKnowledge.Search.Indexing;

/// <summary>What a build wrote.</summary>
/// <param name="Documents">Documents indexed.</param>
/// <param name="DocumentsByKind">Count per <see cref="DocumentKinds"/> value, in kind order.</param>
public sealed record IndexBuildSummary(int Documents, IReadOnlyList<KeyValuePair<string, int>> DocumentsByKind);

/// <summary>Builds the Lucene index of a knowledge graph: one document per item (<see cref="GraphDocuments"/>), domain
/// analysis (<see cref="DomainAnalyzer"/>), BM25, one segment, documents in a fixed order, no timestamps.</summary>
/// <remarks>The same graph always produces byte-identical files (see <see cref="DeterministicCodec"/>).</remarks>
public static class SearchIndexBuilder
{
    /// <summary>Writes the index of <paramref name="graph"/> to <paramref name="indexDirectory"/>, replacing a previous build.
    /// The index is written to a sibling folder first and swapped in only when complete.</summary>
    public static IndexBuildSummary Build(KnowledgeGraph graph, string indexDirectory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var target = Path.GetFullPath(indexDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = IndexSwap.StagingFolderFor(target);
        try
        {
            IndexBuildSummary summary;
            using (var directory = FSDirectory.Open(staging))
            {
                summary = Write(directory, GraphDocuments.From(graph), AnalysisSettings.For(graph.Taxonomy, AnalysisProfile.Domain));
            }

            File.Delete(Path.Combine(staging, IndexWriter.WRITE_LOCK_NAME));
            IndexSwap.Replace(target, staging);
            return summary;
        }
        catch
        {
            if (System.IO.Directory.Exists(staging))
            {
                System.IO.Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    /// <summary>The index of <paramref name="graph"/> in memory (for <c>regk search --content</c>, tests and measurements).</summary>
    public static Lucene.Net.Store.Directory BuildInMemory(KnowledgeGraph graph, AnalysisProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var directory = new RAMDirectory();
        Write(directory, GraphDocuments.From(graph), AnalysisSettings.For(graph.Taxonomy, profile ?? AnalysisProfile.Domain));
        return directory;
    }

    /// <summary>Writes <paramref name="documents"/> in order into an empty <paramref name="directory"/> as a single segment,
    /// and saves <paramref name="settings"/> beside it (<see cref="AnalysisSettings.FileName"/>).</summary>
    public static IndexBuildSummary Write(Lucene.Net.Store.Directory directory, IReadOnlyList<SearchDocument> documents, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(settings);
        using (var analyzer = settings.CreateAnalyzer(AnalysisMode.Index))
        using (var writer = new IndexWriter(directory, WriterConfig(analyzer)))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(LuceneDocuments.From(document));
            }

            // One flush normally gives one segment already; a very large build may flush more than once.
            writer.ForceMerge(1);
            writer.Commit();
        }

        var bytes = Encoding.UTF8.GetBytes(settings.ToJson());
        using (var output = directory.CreateOutput(AnalysisSettings.FileName, IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
        }

        var byKind = DocumentKinds.All
            .Select(kind => new KeyValuePair<string, int>(kind, documents.Count(d => d.Kind == kind)))
            .ToList();
        return new IndexBuildSummary(documents.Count, byKind);
    }

    private static IndexWriterConfig WriterConfig(Lucene.Net.Analysis.Analyzer analyzer)
    {
        var merges = new TieredMergePolicy { NoCFSRatio = 0 };
        return new IndexWriterConfig(DomainAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            Codec = new DeterministicCodec(),
            UseCompoundFile = false,
            // Single-threaded, one large buffer: documents land in one segment in insertion order.
            RAMBufferSizeMB = 256,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergePolicy = merges,
            MergeScheduler = new SerialMergeScheduler(),
        };
    }
}
