using System.Collections.Concurrent;
using System.Text;
using ReviewLint.Corpus;

namespace ReviewLint.Benchmarks;

/// <summary>A generated corpus named by a spec such as <c>low-300</c> (low repetition, 300 reports) or <c>template-300</c>.</summary>
public sealed class BenchmarkCorpus
{
    private static readonly ConcurrentDictionary<string, BenchmarkCorpus> Loaded = new(StringComparer.Ordinal);

    private BenchmarkCorpus(string spec, IReadOnlyList<GeneratedReport> reports)
    {
        Spec = spec;
        Reports = reports;
        Texts = [.. reports.Select(r => r.Text)];
        Paths = [.. reports.Select(r => r.Path)];
        Utf8Bytes = Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        Characters = Texts.Sum(t => (long)t.Length);
    }

    /// <summary>The corpora every throughput benchmark runs on; set from the command line before the run starts.</summary>
    public static string[] Specs { get; set; } = ["low-300", "template-300"];

    public string Spec { get; }
    public IReadOnlyList<GeneratedReport> Reports { get; }
    public string[] Texts { get; }
    public string[] Paths { get; }
    public long Utf8Bytes { get; }
    public long Characters { get; }

    public static BenchmarkCorpus Get(string spec) => Loaded.GetOrAdd(spec, s => new BenchmarkCorpus(s, [.. ReportCorpus.Generate(Count(s), Options(s))]));

    /// <summary>The corpus options of a spec: <c>low-N</c> or <c>template-N</c>.</summary>
    public static CorpusOptions Options(string spec) => Kind(spec) switch
    {
        "low" => new CorpusOptions(Mode: CorpusMode.LowRepetition),
        "template" => new CorpusOptions(Mode: CorpusMode.TemplateHeavy),
        _ => throw new ArgumentException($"corpus spec “{spec}” must be low-N or template-N", nameof(spec)),
    };

    public static int Count(string spec) => int.Parse(spec[(spec.IndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static string Kind(string spec) => spec[..Math.Max(0, spec.IndexOf('-'))];

    /// <summary>Fresh documents (unparsed, untokenized), as a command line would create them.</summary>
    public IEnumerable<ReportDocument> FreshDocuments()
    {
        for (int i = 0; i < Texts.Length; i++) yield return ReportDocument.FromText(Paths[i], Texts[i]);
    }
}
