using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Tests.Analysis;

public class AnalyzerIsolationTests
{
    private const string Text = "标题\n思想斗争还还不够经常。";

    private static DelegateAnalyzer Throwing(string name = "ThrowingAnalyzer") =>
        DelegateAnalyzer.OnDocument(name, _ => throw new InvalidOperationException("故意出错"), TestRules.Second);

    [Fact]
    public async Task An_analyzer_exception_becomes_RL0001_naming_the_analyzer()
    {
        var result = await Lint.Create(Throwing()).AnalyzeAsync(Text);
        var crash = Assert.Single(result.Diagnostics);
        Assert.Equal("RL0001", crash.Id);
        Assert.Contains("ThrowingAnalyzer", crash.Message);
        Assert.Contains("InvalidOperationException: 故意出错", crash.Message);
        Assert.Equal(DiagnosticSeverity.Warning, crash.Severity);
        Assert.Equal(new TextSpan(0, 0), crash.Location.Span);
    }

    [Fact]
    public async Task Other_analyzers_still_report_when_one_throws()
    {
        var result = await Lint.Create(Throwing(), DelegateAnalyzer.Finding("还还")).AnalyzeAsync(Text);
        Assert.Equal(["RL0001", "RL9001"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal("还还", Text.Substring(result.Diagnostics[1].Location.Span.Start, 2));
    }

    [Fact]
    public async Task Findings_reported_before_the_exception_are_kept()
    {
        var analyzer = DelegateAnalyzer.OnDocument("HalfwayAnalyzer", context =>
        {
            context.Report(TestRules.Repeat, new TextSpan(3, 2), null, "思想");
            throw new FormatException("半途出错");
        });
        var result = await Lint.Create(analyzer).AnalyzeAsync(Text);
        Assert.Equal(["RL0001", "RL9001"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task An_exception_in_a_sentence_action_is_isolated_too()
    {
        var analyzer = new DelegateAnalyzer("SentenceThrower", [TestRules.Repeat], context =>
            context.RegisterSentenceAction(sentence =>
            {
                if (sentence.SentenceText.Contains("还还")) throw new ArgumentException("句子出错");
            }));
        var crash = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync(Text)).Diagnostics);
        Assert.Contains("SentenceThrower", crash.Message);
        Assert.Contains("句子出错", crash.Message);
    }

    [Fact]
    public async Task An_exception_in_Initialize_becomes_RL0001_on_every_document()
    {
        var analyzer = new DelegateAnalyzer("BrokenInitializer", [TestRules.Second], _ => throw new NotSupportedException("初始化失败"));
        var linter = Lint.Create(analyzer, DelegateAnalyzer.Finding("还还"));
        var batch = await linter.AnalyzeBatchAsync([Lint.Document(Text, "a.txt"), Lint.Document(Text, "b.txt")]);
        Assert.All(batch.Documents, document =>
        {
            Assert.Equal(["RL0001", "RL9001"], document.Diagnostics.Select(d => d.Id));
            Assert.Contains("BrokenInitializer", document.Diagnostics[0].Message);
            Assert.Contains("初始化时", document.Diagnostics[0].Message);
        });
    }

    [Fact]
    public async Task Reporting_an_undeclared_descriptor_is_rejected_with_a_clear_message()
    {
        var analyzer = DelegateAnalyzer.OnDocument("SloppyAnalyzer", context => context.Report(TestRules.Undeclared, new TextSpan(0, 1)));
        var crash = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync(Text)).Diagnostics);
        Assert.Equal("RL0001", crash.Id);
        Assert.Contains("SloppyAnalyzer", crash.Message);
        Assert.Contains("RL9009", crash.Message);
        Assert.Contains("未在 SupportedDiagnostics 中声明", crash.Message);
    }

    [Fact]
    public async Task Reporting_a_prebuilt_diagnostic_with_an_undeclared_descriptor_is_rejected_too()
    {
        var analyzer = DelegateAnalyzer.OnDocument("SloppyAnalyzer", context =>
            context.ReportDiagnostic(Diagnostic.Create(TestRules.Undeclared, Location.Create(context.Document, new TextSpan(0, 1)))));
        var crash = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync(Text)).Diagnostics);
        Assert.Contains("RL9009", crash.Message);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(14, 1)]
    [InlineData(200, 0)]
    public async Task A_span_outside_the_document_is_rejected(int start, int length)
    {
        var analyzer = DelegateAnalyzer.OnDocument("OverreachingAnalyzer", context => context.Report(TestRules.Repeat, new TextSpan(start, length), null, "x"));
        var crash = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync(Text)).Diagnostics);
        Assert.Equal("RL0001", crash.Id);
        Assert.Contains("OverreachingAnalyzer", crash.Message);
        Assert.Contains($"[{start}..{start + length})", crash.Message);
        Assert.Contains("不在文档", crash.Message);
    }

    [Fact]
    public async Task A_span_ending_exactly_at_the_end_is_accepted()
    {
        var analyzer = DelegateAnalyzer.OnDocument("EndAnalyzer", context =>
            context.Report(TestRules.Repeat, new TextSpan(context.Text.Length - 1, 1), null, "。"));
        var diagnostic = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync(Text)).Diagnostics);
        Assert.Equal("RL9001", diagnostic.Id);
    }

    [Fact]
    public async Task A_fix_outside_the_document_is_rejected()
    {
        var analyzer = DelegateAnalyzer.OnDocument("BadFixAnalyzer", context =>
            context.Report(TestRules.Repeat, new TextSpan(0, 1), Fix.Replace(new TextSpan(10, 50), "", isSafe: true), "标"));
        var crash = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync(Text)).Diagnostics);
        Assert.Contains("修复位置", crash.Message);
    }

    [Fact]
    public async Task A_diagnostic_located_in_another_document_is_rejected()
    {
        var other = Lint.Document("别的文档", "other.txt");
        var analyzer = DelegateAnalyzer.OnDocument("WrongDocumentAnalyzer", context =>
            context.ReportDiagnostic(Diagnostic.Create(TestRules.Repeat, Location.Create(other, new TextSpan(0, 1)), null, "别")));
        var crash = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync(Text)).Diagnostics);
        Assert.Contains("other.txt", crash.Message);
    }

    [Fact]
    public async Task RL0001_can_be_turned_off_like_any_rule()
    {
        var linter = Lint.Create(null, o => o.Rules["analyzer-exception"] = "off", null, Throwing());
        Assert.Empty((await linter.AnalyzeAsync(Text)).Diagnostics);
    }

    [Fact]
    public void The_engine_descriptor_is_listed_with_the_analyzers_rules_in_id_order()
    {
        var linter = Lint.Create(DelegateAnalyzer.Finding("还", TestRules.Second), DelegateAnalyzer.Finding("还"));
        Assert.Equal(["RL0001", "RL9001", "RL9002"], linter.Descriptors.Select(d => d.Id));
    }

    private static DelegateAnalyzer AskingForTokens(string name, DiagnosticDescriptor rule) =>
        DelegateAnalyzer.OnDocument(name, context => _ = context.Tokens.Count, rule);

    [Fact]
    public async Task A_tokenizer_failure_is_reported_once_per_document_naming_the_tokenizer_and_the_analyzers()
    {
        var tokenizer = new FailingTokenizer();
        var linter = Lint.Create(tokenizer, null, null, AskingForTokens("FirstTokenUser", TestRules.Second), AskingForTokens("SecondTokenUser", TestRules.Batch), DelegateAnalyzer.Finding("还还"));
        var results = await linter.AnalyzeBatchAsync([Lint.Document(Text, "甲.txt"), Lint.Document(Text, "乙.txt")]);
        foreach (var result in results.Documents)
        {
            Assert.Equal(["RL0001", "RL9001"], result.Diagnostics.Select(d => d.Id));
            var crash = result.Diagnostics[0];
            Assert.Contains("FailingTokenizer", crash.Message);
            Assert.Contains("TokenizerException: 词典文件缺失", crash.Message);
            Assert.Contains("FirstTokenUser、SecondTokenUser", crash.Message);
        }
        Assert.Equal(2, tokenizer.Calls);
    }

    [Fact]
    public async Task A_tokenizer_failure_does_not_hide_an_analyzers_own_exception()
    {
        var result = await Lint.Create(new FailingTokenizer(), null, null, AskingForTokens("TokenUser", TestRules.Batch), Throwing()).AnalyzeAsync(Text);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "RL0001"));
        Assert.Single(result.Diagnostics, d => d.Message.Contains("ThrowingAnalyzer") && d.Message.Contains("故意出错"));
        Assert.Single(result.Diagnostics, d => d.Message.Contains("FailingTokenizer") && d.Message.Contains("TokenUser"));
    }

    [Fact]
    public async Task Analyzers_that_do_not_ask_for_tokens_see_no_tokenizer_failure()
    {
        var result = await Lint.Create(new FailingTokenizer(), null, null, DelegateAnalyzer.Finding("还还")).AnalyzeAsync(Text);
        Assert.Equal(["RL9001"], result.Diagnostics.Select(d => d.Id));
    }
}
