using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace RegKnowledge.Search.Indexing;

/// <summary>Lucene's default codec (Lucene46), except that segment info files carry no timestamp and no machine details.</summary>
/// <remarks>IndexWriter records "diagnostics" in every <c>.si</c> file: the OS name and version, the .NET version and the
/// wall-clock time of the flush. Measured: with them removed, two builds of the same documents are byte-identical in every
/// file. The codec keeps the name "Lucene46" and writes the standard format, so any Lucene 4.8 reader opens the index with
/// the stock codec; only the diagnostics map is reduced to <c>source</c> and <c>lucene.version</c>.</remarks>
[CodecName("Lucene46")]
internal sealed class DeterministicCodec : FilterCodec
{
    private readonly SegmentInfoFormat segmentInfoFormat = new QuietSegmentInfoFormat();

    public DeterministicCodec() : base(new Lucene46Codec())
    {
    }

    public override SegmentInfoFormat SegmentInfoFormat => segmentInfoFormat;

    private sealed class QuietSegmentInfoFormat : SegmentInfoFormat
    {
        private readonly Lucene46SegmentInfoFormat standard = new();

        public override SegmentInfoReader SegmentInfoReader => standard.SegmentInfoReader;

        public override SegmentInfoWriter SegmentInfoWriter => new QuietSegmentInfoWriter(standard.SegmentInfoWriter);
    }

    private sealed class QuietSegmentInfoWriter(SegmentInfoWriter standard) : SegmentInfoWriter
    {
        /// <summary>Diagnostics that describe the content rather than the machine or the moment.</summary>
        private static readonly string[] Kept = ["source", "lucene.version", "mergeFactor", "mergeMaxNumSegments"];

        public override void Write(Lucene.Net.Store.Directory dir, SegmentInfo info, FieldInfos fis, IOContext ioContext)
        {
            var original = info.Diagnostics ?? new Dictionary<string, string>();
            var kept = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in Kept)
            {
                if (original.TryGetValue(key, out var value))
                {
                    kept[key] = value;
                }
            }

            info.Diagnostics = kept;
            standard.Write(dir, info, fis, ioContext);
        }
    }
}
