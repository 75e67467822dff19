using System.Globalization;
using System.Text;
using ReviewLint.Analysis;

namespace ReviewLint.Cli.Check;

/// <summary>The --timing table: time per analyzer with the rules it reports, then parsing and tokenization, each with its share.</summary>
internal static class TimingReport
{
    public static string Create(AnalyzerTelemetry telemetry, IEnumerable<DiagnosticAnalyzer> analyzers, TimeSpan wall)
    {
        var rulesOf = analyzers.GroupBy(a => a.Name).ToDictionary(g => g.Key,
            g => string.Join(" ", g.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()), StringComparer.Ordinal);
        var rows = telemetry.Analyzers.Select(p => (Name: p.Key, Rules: rulesOf.GetValueOrDefault(p.Key, ""), Time: p.Value))
            .Append((Name: "解析（段落、句子）", Rules: "", Time: telemetry.Parsing))
            .Append((Name: "分词（jieba）", Rules: "", Time: telemetry.Tokenization))
            .OrderByDescending(r => r.Time).ToList();
        double total = Math.Max(rows.Sum(r => r.Time.TotalMilliseconds), 1e-9);
        int nameWidth = Math.Max(12, rows.Max(r => Width(r.Name)));
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"耗时：{telemetry.Documents} 个文件，{telemetry.Characters} 个字符，总用时 {wall.TotalMilliseconds:0} ms（以下各项为各线程累计，{rows.Count} 项合计 {total:0} ms）"));
        text.AppendLine(Pad("项目", nameWidth) + "  " + "耗时(ms)".PadLeft(10) + "  " + "占比".PadLeft(6) + "  规则");
        foreach (var (name, rules, time) in rows)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{Pad(name, nameWidth)}  {time.TotalMilliseconds,10:0.0}  {time.TotalMilliseconds / total * 100,5:0.0}%  {rules}").TrimEnd());
        if (telemetry.ParagraphCacheHits + telemetry.ParagraphCacheMisses > 0)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"段落缓存：重复段落的检查结果复用 {telemetry.ParagraphCacheHits} 次，实际检查 {telemetry.ParagraphCacheMisses} 次"));
        return text.ToString();
    }

    /// <summary>Display width: CJK characters take two columns.</summary>
    private static int Width(string text) => text.Sum(c => c >= 0x1100 ? 2 : 1);

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));
}
