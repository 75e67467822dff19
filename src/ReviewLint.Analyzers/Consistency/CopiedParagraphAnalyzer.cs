using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>RL4004 (batch): a paragraph that reappears near-identically in the report of another unit in the same batch.</summary>
public sealed class CopiedParagraphAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL4004", "copied-paragraph", "段落与其他单位材料雷同",
        "本段与{0}高度雷同，疑为照搬其他单位的材料。", DiagnosticCategory.Consistency, DiagnosticSeverity.Warning,
        description: "同一批材料中，一个单位材料的段落几乎原样出现在另一个单位的材料里（字符 5-gram 的 Jaccard 相似度达到阈值）。"
            + "短段落、标题、引号内文字、规范提法和会议套话不计，批内大量材料共有的片段视为套话。两份材料各报一次，并写明对方的路径。");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterBatchStartAction(start =>
    {
        var index = new CopiedParagraphIndex(ReadSettings(start.Options));
        start.RegisterDocumentAction(document => index.Add(document.Document));
        start.RegisterBatchEndAction(end => index.Report(end, Rule));
    });

    /// <summary>The rule options, clamped to workable ranges (a batch must not fail on a bad value).</summary>
    private static CopiedParagraphSettings ReadSettings(Configuration.RuleOptions options) => new(
        MinLength: Math.Max(1, options.GetInt(Rule.Id, "minLength", 50)),
        Threshold: Math.Clamp(options.GetDouble(Rule.Id, "threshold", 0.6), 0.05, 1.0),
        ShingleSize: Math.Clamp(options.GetInt(Rule.Id, "shingleSize", 5), 2, 20),
        MaxDocumentFrequency: Math.Max(0, options.GetInt(Rule.Id, "maxDocumentFrequency", 0)),
        MaxListed: Math.Max(1, options.GetInt(Rule.Id, "maxListed", 3)));
}
