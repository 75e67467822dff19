using System.Text;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Fixing;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Testing;

/// <summary>Verifies an analyzer against markup, and checks automatically that a file-level disable naming its rules silences it,
/// that spans lie inside the text and keep surrogate pairs whole, and that applying all safe fixes leaves nothing fixable.</summary>
public static class AnalyzerVerifier<TAnalyzer> where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>The analyzer must report exactly the marked spans (ids checked where the markup names them).</summary>
    public static async Task VerifyAsync(string markup, Action<ReviewLintOptions>? configure = null, string path = "测试材料.txt")
    {
        var (text, expected) = TestMarkup.Parse(markup);
        var result = await AnalyzeAsync(text, configure, path);
        CompareSpans(text, expected, result.Diagnostics);
        CheckSpansInside(text, result.Diagnostics);
        await CheckFileDisableAsync(text, configure, path, result.Diagnostics.Length);
        await CheckFixesConvergeAsync(text, configure, path, result.Diagnostics);
    }

    /// <summary>Like <see cref="VerifyAsync"/>, and applying every safe fix must produce <paramref name="fixedText"/>.</summary>
    public static async Task VerifyFixAsync(string markup, string fixedText, Action<ReviewLintOptions>? configure = null, string path = "测试材料.txt")
    {
        await VerifyAsync(markup, configure, path);
        var (text, _) = TestMarkup.Parse(markup);
        var result = await AnalyzeAsync(text, configure, path);
        string actual = ApplySafeFixes(text, result.Diagnostics);
        if (actual != fixedText)
            throw new VerificationException($"应用修复后的文本不符。{Environment.NewLine}期望：{fixedText}{Environment.NewLine}实际：{actual}");
    }

    public static Task<DocumentResult> AnalyzeAsync(string text, Action<ReviewLintOptions>? configure = null, string path = "测试材料.txt")
    {
        var options = new ReviewLintOptions { MaxDegreeOfParallelism = 1 };
        configure?.Invoke(options);
        var linter = new ReviewLinter([new TAnalyzer()], JiebaTokenizer.Shared, options);
        return linter.AnalyzeAsync(ReportDocument.FromText(path, text));
    }

    /// <summary>Applies all non-overlapping safe fixes in text order, as <c>reviewlint check --fix</c> does in one pass.</summary>
    public static string ApplySafeFixes(string text, IEnumerable<Diagnostic> diagnostics) =>
        SafeFixes.Apply(SourceText.From(text), diagnostics).Text.Content;

    private static void CompareSpans(string text, IReadOnlyList<ExpectedSpan> expected, IReadOnlyList<Diagnostic> actual)
    {
        var analyzerIds = new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        var relevant = actual.Where(d => analyzerIds.Contains(d.Id) || d.Id == EngineDiagnostics.AnalyzerException.Id).ToList();
        var unmatched = relevant.ToList();
        var missing = new List<ExpectedSpan>();
        foreach (var span in expected)
        {
            var match = unmatched.FirstOrDefault(d => d.Location.Span == span.Span && (span.Id is null || span.Id == d.Id));
            if (match is null) missing.Add(span);
            else unmatched.Remove(match);
        }
        if (missing.Count == 0 && unmatched.Count == 0) return;
        var message = new StringBuilder("诊断与标记不符。");
        foreach (var span in missing)
            message.AppendLine().Append($"  缺少 {span.Id ?? "(任一规则)"} {span.Span}：“{text.Substring(span.Span.Start, span.Span.Length)}”");
        foreach (var diagnostic in unmatched)
            message.AppendLine().Append($"  多出 {diagnostic.Id} {diagnostic.Location.Span}：“{text.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length)}” —— {diagnostic.Message}");
        throw new VerificationException(message.ToString());
    }

    private static void CheckSpansInside(string text, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.Span;
            if (span.End > text.Length)
                throw new VerificationException($"{diagnostic.Id} 的位置 {span} 超出文本长度 {text.Length}。");
            if (span.Start > 0 && span.Start < text.Length && char.IsSurrogatePair(text[span.Start - 1], text[span.Start]) ||
                span.End > 0 && span.End < text.Length && char.IsSurrogatePair(text[span.End - 1], text[span.End]))
                throw new VerificationException($"{diagnostic.Id} 的位置 {span} 切断了代理对。");
        }
    }

    /// <summary>A file-level directive naming the analyzer's rules must silence it, without the directive line making it crash (RL0001).</summary>
    private static async Task CheckFileDisableAsync(string text, Action<ReviewLintOptions>? configure, string path, int found)
    {
        if (found == 0) return;
        string rules = string.Join(" ", new TAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct());
        string directive = $"<!-- reviewlint-disable-file {rules} -->";
        var result = await AnalyzeAsync(directive + "\n" + text, configure, path);
        if (result.Diagnostics.Length > 0)
            throw new VerificationException($"文件级 {directive} 之后仍有 {result.Diagnostics.Length} 条诊断：{result.Diagnostics[0]}");
    }

    private static async Task CheckFixesConvergeAsync(string text, Action<ReviewLintOptions>? configure, string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        string current = text;
        var pending = diagnostics;
        for (int pass = 0; pass < 5 && pending.Any(d => d.Fix?.IsSafe == true); pass++)
        {
            current = ApplySafeFixes(current, pending);
            pending = (await AnalyzeAsync(current, configure, path)).Diagnostics;
        }
        var left = pending.FirstOrDefault(d => d.Fix?.IsSafe == true);
        if (left is not null)
            throw new VerificationException($"应用全部安全修复并重新检查后仍有可修复诊断：{left}");
    }
}
