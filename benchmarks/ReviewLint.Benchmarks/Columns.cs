using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReviewLint.Benchmarks;

/// <summary>Throughput (UTF-8 MB per second) and allocation (bytes per UTF-8 MB) of a benchmark that processes one whole corpus per operation.</summary>
public sealed class CorpusColumn(bool allocation) : IColumn
{
    public static readonly CorpusColumn Throughput = new(false);
    public static readonly CorpusColumn AllocatedPerMegabyte = new(true);

    public string Id => allocation ? "AllocPerMB" : "MBps";
    public string ColumnName => allocation ? "Alloc/MB" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => allocation ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => allocation
        ? "Managed bytes allocated per UTF-8 megabyte of the corpus (all threads)"
        : "UTF-8 megabytes (10^6 bytes) of the corpus processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Parameters["Corpus"] is not string spec) return "-";
        double megabytes = BenchmarkCorpus.Get(spec).Utf8Bytes / 1e6;
        if (!allocation) return (megabytes / (report.ResultStatistics.Mean / 1e9)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is { } value ? FormatBytes(value / megabytes) : "-";
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static string FormatBytes(double bytes) => bytes switch
    {
        >= 1 << 20 => $"{bytes / (1 << 20):0.0} MB",
        >= 1 << 10 => $"{bytes / (1 << 10):0.0} KB",
        _ => $"{bytes:0} B",
    };
}
