using ReviewLint.Analysis;
using ReviewLint.Syntax;

namespace ReviewLint.Tests.Analysis;

public class CancellationAndTelemetryTests
{
    private static IEnumerable<ReportDocument> Documents(int count) =>
        Enumerable.Range(0, count).Select(i => Lint.Document($"标题{i}\n正文还还。", $"{i}.txt"));

    [Fact]
    public async Task An_already_cancelled_token_stops_the_batch()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Lint.Create(DelegateAnalyzer.Finding("还还")).AnalyzeBatchAsync(Documents(3), cancelled.Token));
    }

    [Fact]
    public async Task Cancelling_midway_stops_the_batch_and_analyzes_no_further_documents()
    {
        using var source = new CancellationTokenSource();
        int analyzed = 0;
        var analyzer = DelegateAnalyzer.OnDocument("Canceller", context =>
        {
            if (Interlocked.Increment(ref analyzed) == 3) source.Cancel();
            context.CancellationToken.ThrowIfCancellationRequested();
        });
        var linter = Lint.Create(null, o => o.MaxDegreeOfParallelism = 1, null, analyzer);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => linter.AnalyzeBatchAsync(Documents(100), source.Token));
        Assert.True(analyzed < 100, $"analyzed {analyzed} documents after cancellation");
    }

    [Fact]
    public async Task An_analyzer_cancelling_by_itself_is_a_crash_not_a_cancellation()
    {
        var analyzer = DelegateAnalyzer.OnDocument("SelfCancelling", _ => throw new OperationCanceledException("自己取消"));
        var crash = Assert.Single((await Lint.Create(analyzer).AnalyzeAsync("正文。")).Diagnostics);
        Assert.Equal("RL0001", crash.Id);
    }

    [Fact]
    public async Task Tokens_are_computed_once_per_document_and_shared_by_analyzers()
    {
        var tokenizer = new CharTokenizer();
        var first = DelegateAnalyzer.OnDocument("First", context => Assert.NotEmpty(context.Tokens));
        var second = new DelegateAnalyzer("Second", [TestRules.Second], context =>
            context.RegisterSentenceAction(sentence => Assert.Equal(sentence.SentenceText.Length, sentence.SentenceTokens.Length)));
        await Lint.Create(tokenizer, o => o.MaxDegreeOfParallelism = 2, null, first, second).AnalyzeBatchAsync(Documents(5));
        Assert.Equal(5, tokenizer.Calls);
    }

    [Fact]
    public async Task Documents_are_not_tokenized_when_no_analyzer_asks()
    {
        var tokenizer = new CharTokenizer();
        await Lint.Create(tokenizer, null, null, DelegateAnalyzer.Finding("还还")).AnalyzeBatchAsync(Documents(3));
        Assert.Equal(0, tokenizer.Calls);
    }

    [Fact]
    public async Task Per_analyzer_time_is_recorded_and_tokenization_is_not_charged_to_the_analyzer_that_triggered_it()
    {
        var time = new FakeTime();
        var tokenizer = new CharTokenizer(time, TimeSpan.FromMilliseconds(500));
        var slow = DelegateAnalyzer.OnDocument("Slow", context =>
        {
            _ = context.Tokens;
            time.Advance(TimeSpan.FromMilliseconds(30));
        });
        var fast = DelegateAnalyzer.OnDocument("Fast", context =>
        {
            _ = context.Tokens;
            time.Advance(TimeSpan.FromMilliseconds(10));
        }, TestRules.Second);
        var batch = await Lint.Create(tokenizer, null, time, slow, fast).AnalyzeBatchAsync(Documents(4));
        var telemetry = batch.Telemetry;
        Assert.Equal([KeyValuePair.Create("Slow", TimeSpan.FromMilliseconds(120)), KeyValuePair.Create("Fast", TimeSpan.FromMilliseconds(40))],
            telemetry.Analyzers);
        Assert.Equal(TimeSpan.FromSeconds(2), telemetry.Tokenization);
        Assert.Equal(4, telemetry.Documents);
        Assert.Equal(Documents(4).Sum(d => d.Text.Length), telemetry.Characters);
    }

    [Fact]
    public async Task Streaming_adds_to_a_telemetry_object_the_caller_owns()
    {
        var telemetry = new AnalyzerTelemetry();
        var linter = Lint.Create(DelegateAnalyzer.Finding("还还", name: "Finder"));
        await foreach (var _ in linter.AnalyzeStreamAsync(Documents(2), telemetry)) { }
        await foreach (var _ in linter.AnalyzeStreamAsync(Documents(3), telemetry)) { }
        Assert.Equal(5, telemetry.Documents);
        Assert.Equal("Finder", Assert.Single(telemetry.Analyzers).Key);
    }

    [Fact]
    public async Task Configured_facts_reach_the_analyzers()
    {
        DocumentFacts? seen = null;
        var analyzer = DelegateAnalyzer.OnDocument("FactsReader", context => seen = context.Facts);
        await Lint.Create(null, o => { o.Genre = "DutyReport"; o.UnitName = "白河乡"; o.Date = "2024-01-10"; }, null, analyzer)
            .AnalyzeAsync("材料\n正文。");
        Assert.Equal(ReportGenre.DutyReport, seen!.Genre);
        Assert.Equal("白河乡", seen.UnitName);
        Assert.Equal(UnitType.Township, seen.UnitType);
        Assert.Equal(new DateOnly(2024, 1, 10), seen.Date);
    }

    [Fact]
    public async Task Section_and_sentence_actions_see_every_section_and_sentence()
    {
        var sections = new List<string>();
        var sentences = new List<string>();
        var analyzer = new DelegateAnalyzer("Walker", [TestRules.Repeat], context =>
        {
            context.RegisterSectionAction(s => sections.Add(s.Section.ToString()));
            context.RegisterSentenceAction(s => sentences.Add(s.SentenceText));
        });
        await Lint.Create(analyzer).AnalyzeAsync("标题\n一、问题\n（一）学习\n学习不够。作风不实。\n二、措施\n加强学习。");
        Assert.Equal(["一、问题", "（一）学习", "二、措施"], sections);
        Assert.Equal(["标题", "一、问题", "（一）学习", "学习不够。", "作风不实。", "二、措施", "加强学习。"], sentences);
    }

    [Fact]
    public async Task Diagnostics_print_in_the_msbuild_form_with_one_based_positions()
    {
        var result = await Lint.Create(DelegateAnalyzer.Finding("还还")).AnalyzeAsync("标题\r\n思想斗争还还不够。", "材料/甲.txt");
        Assert.Equal("材料/甲.txt(2,5): warning RL9001: “还还”重复。", Assert.Single(result.Diagnostics).ToString());
    }
}
