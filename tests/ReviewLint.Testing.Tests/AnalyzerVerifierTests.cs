using System.Collections.Immutable;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Testing.Tests;

public class AnalyzerVerifierTests
{
    [Fact]
    public Task Correct_markup_passes() =>
        AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyAsync("思想斗争[|还还|]不够经常，{|RL9102:钢性|}约束不够。");

    [Fact]
    public Task Text_without_findings_and_without_markup_passes() =>
        AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyAsync("思想斗争常常不够经常，刚性约束不够。");

    [Fact]
    public async Task A_missing_span_fails_naming_the_span_and_its_text()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() =>
            AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyAsync("思想斗争还还不够，[|刚性|]约束。"));
        Assert.Contains("缺少", error.Message);
        Assert.Contains("“刚性”", error.Message);
        Assert.Contains("多出 RL9101", error.Message);
    }

    [Fact]
    public async Task An_extra_diagnostic_fails_naming_its_id_span_and_message()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() =>
            AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyAsync("[|还还|]不够，钢性约束。"));
        Assert.Contains("多出 RL9102 [5..7)", error.Message);
        Assert.Contains("“钢性”疑为“刚性”之误。", error.Message);
        Assert.DoesNotContain("缺少", error.Message);
    }

    [Fact]
    public async Task A_span_marked_with_another_rule_id_fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() =>
            AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyAsync("{|RL9101:钢性|}约束。"));
        Assert.Contains("缺少 RL9101", error.Message);
        Assert.Contains("多出 RL9102", error.Message);
    }

    [Fact]
    public async Task A_span_that_is_off_by_one_fails()
    {
        await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyAsync("思想斗争[|还还不|]够。"));
    }

    [Fact]
    public Task Safe_fixes_produce_the_expected_text() =>
        AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyFixAsync("思想斗争[|还还|]不够，[|钢性|]约束。", "思想斗争还不够，刚性约束。");

    [Fact]
    public async Task A_wrong_expected_fix_fails_showing_both_texts()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() =>
            AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyFixAsync("思想斗争[|还还|]不够。", "思想斗争不够。"));
        Assert.Contains("期望：思想斗争不够。", error.Message);
        Assert.Contains("实际：思想斗争还不够。", error.Message);
    }

    [Fact]
    public Task Unsafe_fixes_are_not_applied() =>
        AnalyzerVerifier<UnsafeFixAnalyzer>.VerifyFixAsync("[|钢性|]约束。", "钢性约束。");

    [Fact]
    public async Task A_safe_fix_that_never_converges_fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<NonConvergingAnalyzer>.VerifyAsync("[|钢性|]约束。"));
        Assert.Contains("仍有可修复诊断", error.Message);
        Assert.Contains("RL9102", error.Message);
    }

    [Fact]
    public async Task A_finding_that_a_file_level_disable_of_the_rules_does_not_silence_fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<EngineLevelReporter>.VerifyAsync("[|钢性|]约束。"));
        Assert.Contains("文件级 <!-- reviewlint-disable-file RL9101 RL9102 -->", error.Message);
        Assert.Contains("RL0001", error.Message);
    }

    [Fact]
    public async Task An_analyzer_that_crashes_on_the_directive_line_fails_the_file_level_check()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<CrashesOnCommentsAnalyzer>.VerifyAsync("[|钢性|]约束。"));
        Assert.Contains("文件级", error.Message);
        Assert.Contains("看不懂注释", error.Message);
    }

    [Fact]
    public async Task A_span_that_cuts_a_surrogate_pair_fails()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<SurrogateCuttingAnalyzer>.VerifyAsync("生僻字[|\uD840|]\uDC00。"));
        Assert.Contains("代理对", error.Message);
    }

    [Fact]
    public async Task An_analyzer_that_throws_fails_with_the_exception_message()
    {
        var error = await Assert.ThrowsAsync<VerificationException>(() => AnalyzerVerifier<ThrowingAnalyzer>.VerifyAsync("正文。"));
        Assert.Contains("多出 RL0001", error.Message);
        Assert.Contains("尚未实现", error.Message);
    }

    [Fact]
    public async Task Options_are_passed_to_the_linter()
    {
        await AnalyzerVerifier<DoubledCharacterAnalyzer>.VerifyAsync("还还，钢性。", o => { o.Rules["RL9101"] = "off"; o.Rules["test-steel"] = "off"; });
        var result = await AnalyzerVerifier<DoubledCharacterAnalyzer>.AnalyzeAsync("还还，钢性。", o => o.Rules["RL9102"] = "error", "材料/甲.txt");
        Assert.Equal("材料/甲.txt", result.Path);
        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics.Single(d => d.Id == "RL9102").Severity);
    }

    [Fact]
    public void Overlapping_safe_fixes_apply_first_come_first_served()
    {
        var document = ReportDocument.FromText("a.txt", "甲乙丙丁");
        Diagnostic With(Fix fix) => Diagnostic.Create(VerifierRules.Steel, Location.Create(document, fix.Changes.IsEmpty ? new TextSpan(0, 0) : fix.Changes[0].Span), fix);
        var diagnostics = new[]
        {
            With(Fix.Replace(new TextSpan(1, 2), "二三", isSafe: true)),
            With(Fix.Replace(new TextSpan(0, 2), "一二", isSafe: true)),
            With(Fix.Replace(new TextSpan(3, 1), "四", isSafe: false)),
            With(new Fix("空修复", ImmutableArray<TextChange>.Empty, IsSafe: true)),
        };
        Assert.Equal("一二丙丁", AnalyzerVerifier<DoubledCharacterAnalyzer>.ApplySafeFixes("甲乙丙丁", diagnostics));
    }
}
