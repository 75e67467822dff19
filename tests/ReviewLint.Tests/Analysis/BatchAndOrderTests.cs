using System.Collections.Concurrent;
using ReviewLint.Analysis;
using ReviewLint.Text;

namespace ReviewLint.Tests.Analysis;

public class BatchAndOrderTests
{
    /// <summary>Reports, per document, every paragraph that another document of the batch also has.</summary>
    private static DelegateAnalyzer CopiedParagraphs() => new("CopiedParagraphs", [TestRules.Batch], context =>
        context.RegisterBatchStartAction(start =>
        {
            var seen = new ConcurrentBag<(ReportDocument Document, TextSpan Span, string Text)>();
            start.RegisterDocumentAction(document =>
            {
                foreach (var paragraph in document.Syntax.Paragraphs.Where(p => p.Kind == ReviewLint.Syntax.ParagraphKind.Body))
                    seen.Add((document.Document, paragraph.Span, document.Text.ToString(paragraph.Span)));
            });
            start.RegisterBatchEndAction(end =>
            {
                foreach (var group in seen.GroupBy(s => s.Text).Where(g => g.Select(s => s.Document).Distinct().Count() > 1))
                    foreach (var (document, span, _) in group)
                        end.Report(document, TestRules.Batch, span, null,
                            string.Join("、", group.Where(g => g.Document != document).Select(g => g.Document.Path).Order(StringComparer.Ordinal)));
            });
        }));

    /// <summary>Reports every character 还, in reverse text order, with a message that depends on the position.</summary>
    private static DelegateAnalyzer ReverseReporter() => DelegateAnalyzer.OnDocument("ReverseReporter", context =>
    {
        foreach (var span in DelegateAnalyzer.Occurrences(context.Text.Content, "还").Reverse())
            context.Report(TestRules.Repeat, span, null, span.Start);
        _ = context.Tokens;
    });

    private static List<ReportDocument> Corpus(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Lint.Document(
            $"第{i}号材料\n思想斗争还{new string('还', i % 4)}不够经常。\n{(i % 7 == 0 ? "学习不够深入。" : $"第{i}段独有内容。")}\n",
            $"docs/{i:D2}.txt"))];

    private static async Task<List<string>> RunAsync(int parallelism, List<ReportDocument> documents)
    {
        var linter = Lint.Create(null, o => o.MaxDegreeOfParallelism = parallelism, null, ReverseReporter(), CopiedParagraphs());
        var batch = await linter.AnalyzeBatchAsync(documents);
        return [.. batch.Documents.SelectMany(d => d.Diagnostics.Select(x => $"{d.Path} {x.Id} {x.Location.Span} {x.Message}").Prepend(d.Path))];
    }

    [Fact]
    public async Task Batch_output_is_identical_whatever_the_degree_of_parallelism()
    {
        var documents = Corpus(50);
        var serial = await RunAsync(1, documents);
        var parallel = await RunAsync(4, documents);
        Assert.Equal(serial, parallel);
        Assert.Equal(documents.Select(d => d.Path), serial.Where(l => !l.Contains(' ')));
        Assert.Contains(serial, l => l.Contains("RL9004"));
    }

    [Fact]
    public async Task Diagnostics_come_in_text_order_without_duplicates()
    {
        var twice = DelegateAnalyzer.OnDocument("Twice", context =>
        {
            foreach (var span in DelegateAnalyzer.Occurrences(context.Text.Content, "还").Reverse())
            {
                context.Report(TestRules.Repeat, span, null, "还");
                context.Report(TestRules.Repeat, span, null, "还");
            }
        });
        var result = await Lint.Create(twice).AnalyzeAsync("还思想还斗争还");
        Assert.Equal([0, 3, 6], result.Diagnostics.Select(d => d.Location.Span.Start));
    }

    [Fact]
    public async Task A_batch_analyzer_reports_on_two_documents_and_the_findings_join_their_results()
    {
        var documents = new[]
        {
            Lint.Document("甲材料\n学习不够深入。\n甲独有。", "甲.txt"),
            Lint.Document("乙材料\n乙独有。", "乙.txt"),
            Lint.Document("丙材料\n学习不够深入。", "丙.txt"),
        };
        var batch = await Lint.Create(CopiedParagraphs()).AnalyzeBatchAsync(documents);
        Assert.Equal(["甲.txt", "乙.txt", "丙.txt"], batch.Documents.Select(d => d.Path));
        Assert.Equal("与 丙.txt 重复。", Assert.Single(batch.Documents[0].Diagnostics).Message);
        Assert.Empty(batch.Documents[1].Diagnostics);
        Assert.Equal("与 甲.txt 重复。", Assert.Single(batch.Documents[2].Diagnostics).Message);
        Assert.Equal("学习不够深入。", documents[2].Text.ToString(batch.Documents[2].Diagnostics[0].Location.Span));
    }

    [Fact]
    public async Task Batch_start_runs_once_and_document_actions_once_per_document()
    {
        int starts = 0, documentsSeen = 0, ends = 0;
        var analyzer = new DelegateAnalyzer("Counting", [TestRules.Batch], context => context.RegisterBatchStartAction(start =>
        {
            Interlocked.Increment(ref starts);
            start.RegisterDocumentAction(_ => Interlocked.Increment(ref documentsSeen));
            start.RegisterBatchEndAction(_ => Interlocked.Increment(ref ends));
        }));
        await Lint.Create(null, o => o.MaxDegreeOfParallelism = 3, null, analyzer).AnalyzeBatchAsync(Corpus(7));
        Assert.Equal((1, 7, 1), (starts, documentsSeen, ends));
    }

    [Fact]
    public async Task A_batch_analyzer_whose_rules_are_off_starts_no_batch()
    {
        int starts = 0;
        var analyzer = new DelegateAnalyzer("Off", [TestRules.Batch], context => context.RegisterBatchStartAction(_ => Interlocked.Increment(ref starts)));
        await Lint.Create(null, o => o.Rules["RL9004"] = "off", null, analyzer).AnalyzeBatchAsync(Corpus(3));
        Assert.Equal(0, starts);
    }

    [Fact]
    public async Task Streaming_returns_batch_findings_after_the_documents_as_extra_results()
    {
        var documents = new[] { Lint.Document("甲\n学习不够。", "甲.txt"), Lint.Document("乙\n学习不够。", "乙.txt") };
        var results = new List<DocumentResult>();
        await foreach (var result in Lint.Create(CopiedParagraphs()).AnalyzeStreamAsync(documents)) results.Add(result);
        Assert.Equal(["甲.txt", "乙.txt", "甲.txt", "乙.txt"], results.Select(r => r.Path));
        Assert.All(results.Take(2), r => Assert.Empty(r.Diagnostics));
        Assert.All(results.Skip(2), r => Assert.Equal("RL9004", Assert.Single(r.Diagnostics).Id));
    }

    [Fact]
    public async Task A_streamed_batch_does_not_keep_its_documents_until_the_batch_ends()
    {
        var parsed = new ConcurrentBag<WeakReference>();
        int alive = -1;
        var analyzer = new DelegateAnalyzer("Forgetful", [TestRules.Batch], context => context.RegisterBatchStartAction(start =>
        {
            start.RegisterDocumentAction(document => parsed.Add(new WeakReference(document.Syntax)));
            start.RegisterBatchEndAction(_ =>
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                alive = parsed.Count(w => w.IsAlive);
            });
        }));
        int results = 0;
        await foreach (var _ in Lint.Create(null, o => o.MaxDegreeOfParallelism = 2, null, analyzer).AnalyzeStreamAsync(Corpus(40).Select(Fresh)))
            results++;
        Assert.Equal(40, results);
        Assert.Equal(40, parsed.Count);
        // The parse of every yielded document is gone (the caller's loop variable may hold the last result).
        Assert.InRange(alive, 0, 2);

        static ReportDocument Fresh(ReportDocument document) => ReportDocument.FromText(document.Path, document.Text.Content);
    }

    [Fact]
    public async Task A_failing_batch_start_becomes_RL0001_on_each_document_and_spares_other_analyzers()
    {
        var analyzer = new DelegateAnalyzer("BadBatch", [TestRules.Batch], context =>
            context.RegisterBatchStartAction(_ => throw new InvalidOperationException("批处理开始出错")));
        var batch = await Lint.Create(analyzer, DelegateAnalyzer.Finding("还还")).AnalyzeBatchAsync(Corpus(3));
        Assert.All(batch.Documents, d => Assert.Contains(d.Diagnostics, x => x.Id == "RL0001" && x.Message.Contains("BadBatch") && x.Message.Contains("批处理开始时")));
        Assert.Contains(batch.Documents, d => d.Diagnostics.Any(x => x.Id == "RL9001"));
    }

    [Fact]
    public async Task A_batch_end_failure_that_names_no_document_is_reported_on_the_first_document()
    {
        var analyzer = new DelegateAnalyzer("BadEnd", [TestRules.Batch], context => context.RegisterBatchStartAction(start =>
            start.RegisterBatchEndAction(_ => throw new KeyNotFoundException("结束出错"))));
        var batch = await Lint.Create(null, o => o.MaxDegreeOfParallelism = 4, null, analyzer).AnalyzeBatchAsync(Corpus(5));
        var crash = Assert.Single(batch.Documents[0].Diagnostics);
        Assert.Equal("RL0001", crash.Id);
        Assert.Contains("批处理结束时", crash.Message);
        Assert.All(batch.Documents.Skip(1), d => Assert.Empty(d.Diagnostics));
    }

    [Fact]
    public async Task Batch_end_reporting_an_undeclared_rule_is_rejected()
    {
        var analyzer = new DelegateAnalyzer("BadEndReport", [TestRules.Batch], context => context.RegisterBatchStartAction(start =>
        {
            var documents = new ConcurrentBag<ReportDocument>();
            start.RegisterDocumentAction(d => documents.Add(d.Document));
            start.RegisterBatchEndAction(end => end.Report(documents.First(), TestRules.Undeclared, new TextSpan(0, 1)));
        }));
        var result = await Lint.Create(analyzer).AnalyzeAsync("思想斗争。");
        Assert.Contains("RL9009", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task Batch_end_reporting_on_a_document_outside_the_batch_is_rejected()
    {
        var stranger = Lint.Document("外来文档", "外来.txt");
        var analyzer = new DelegateAnalyzer("Stranger", [TestRules.Batch], context => context.RegisterBatchStartAction(start =>
            start.RegisterBatchEndAction(end => end.Report(stranger, TestRules.Batch, new TextSpan(0, 1), null, "x"))));
        var result = await Lint.Create(analyzer).AnalyzeAsync("思想斗争。", "本批.txt");
        var crash = Assert.Single(result.Diagnostics);
        Assert.Equal("本批.txt", crash.Path);
        Assert.Contains("外来.txt", crash.Message);
    }

    [Fact]
    public async Task Streaming_yields_in_input_order_even_when_later_documents_finish_first()
    {
        using var lastDone = new ManualResetEventSlim();
        var waited = false;
        var analyzer = DelegateAnalyzer.OnDocument("Staggered", context =>
        {
            if (context.Document.Path == "0.txt") waited = lastDone.Wait(TimeSpan.FromSeconds(30));
            if (context.Document.Path == "3.txt") lastDone.Set();
        });
        var linter = Lint.Create(null, o => o.MaxDegreeOfParallelism = 4, null, analyzer);
        var paths = new List<string>();
        await foreach (var result in linter.AnalyzeStreamAsync(Enumerable.Range(0, 6).Select(i => Lint.Document("正文。", $"{i}.txt"))))
            paths.Add(result.Path);
        Assert.True(waited, "document 0 should have been held until document 3 finished");
        Assert.Equal(["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "5.txt"], paths);
    }

    [Fact]
    public async Task The_same_document_twice_gives_two_results()
    {
        var document = Lint.Document("还还。");
        var batch = await Lint.Create(DelegateAnalyzer.Finding("还还")).AnalyzeBatchAsync([document, document]);
        Assert.Equal(2, batch.Documents.Length);
        Assert.All(batch.Documents, d => Assert.Single(d.Diagnostics));
    }

    [Fact]
    public async Task An_empty_batch_gives_no_results()
    {
        var batch = await Lint.Create(CopiedParagraphs()).AnalyzeBatchAsync([]);
        Assert.Empty(batch.Documents);
        Assert.Equal(0, batch.Telemetry.Documents);
    }

    [Fact]
    public async Task A_null_document_in_the_input_is_an_argument_error()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Lint.Create(DelegateAnalyzer.Finding("还")).AnalyzeBatchAsync([Lint.Document("还"), null!]));
    }

    [Fact]
    public async Task Stopping_a_stream_early_leaves_the_linter_usable()
    {
        var linter = Lint.Create(null, o => o.MaxDegreeOfParallelism = 2, null, DelegateAnalyzer.Finding("还还"));
        await foreach (var result in linter.AnalyzeStreamAsync(Corpus(20)))
        {
            Assert.Equal("docs/00.txt", result.Path);
            break;
        }
        Assert.Equal(20, (await linter.AnalyzeBatchAsync(Corpus(20))).Documents.Length);
    }
}
