using System.Collections.Concurrent;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Analysis;

public class ParagraphActionTests
{
    private const string Shared = "我们对照检查还还不够深入，整改措施还还不够具体。";

    /// <summary>Reports every 还还 of a paragraph with a safe fix, and counts how often it ran on each paragraph text.</summary>
    private sealed class RepeatCounter
    {
        public ConcurrentDictionary<string, int> Runs { get; } = new(StringComparer.Ordinal);

        public DelegateAnalyzer Analyzer => new("ParagraphRepeat", [TestRules.Repeat], context => context.RegisterParagraphAction(paragraph =>
        {
            Runs.AddOrUpdate(paragraph.Text, 1, (_, n) => n + 1);
            foreach (var span in DelegateAnalyzer.Occurrences(paragraph.Text, "还还"))
                paragraph.Report(TestRules.Repeat, span, Fix.Replace(new TextSpan(span.Start, 1), "", isSafe: true), "还还");
        }));
    }

    private static ReviewLinter Linter(long? cacheBytes, params DiagnosticAnalyzer[] analyzers)
    {
        var linter = Lint.Create(analyzers);
        linter.ParagraphCacheBudgetBytes = cacheBytes;
        return linter;
    }

    private static IEnumerable<ReportDocument> Batch(int count) =>
        Enumerable.Range(0, count).Select(i => Lint.Document($"第{i}号材料\n{new string('　', i % 3)}{Shared}\n本单位第{i}条独有内容还还有。", $"{i}.txt"));

    [Fact]
    public async Task A_paragraph_action_sees_each_paragraph_with_its_span_and_relative_tokens()
    {
        const string text = "标题\n　　思想还还不够。\r\n\r\n第二段落。";
        var seen = new ConcurrentQueue<(string Text, TextSpan Span, string[] Tokens, TextSpan[] TokenSpans)>();
        var analyzer = new DelegateAnalyzer("Recorder", [TestRules.Repeat], context => context.RegisterParagraphAction(paragraph =>
            seen.Enqueue((paragraph.Text, paragraph.Span, [.. paragraph.Tokens.Select(t => t.Text)], [.. paragraph.Tokens.Select(t => t.Span)]))));
        await Linter(null, analyzer).AnalyzeAsync(text);

        Assert.Equal(["标题", "思想还还不够。", "第二段落。"], seen.Select(p => p.Text));
        foreach (var (paragraphText, span, tokens, spans) in seen)
        {
            Assert.Equal(paragraphText, text.Substring(span.Start, span.Length));
            Assert.Equal(paragraphText, string.Concat(tokens));
            Assert.Equal(0, spans[0].Start);
            Assert.All(spans.Zip(tokens), pair => Assert.Equal(pair.Second, paragraphText.Substring(pair.First.Start, pair.First.Length)));
        }
        Assert.Equal(new TextSpan(5, 7), seen.ElementAt(1).Span);
    }

    [Fact]
    public async Task Findings_are_shifted_to_the_paragraph_in_the_document()
    {
        const string text = "标题\n　　思想还还不够。";
        var result = await Linter(null, new RepeatCounter().Analyzer).AnalyzeAsync(text);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new TextSpan(7, 2), diagnostic.Location.Span);
        Assert.Equal(new LinePosition(1, 4), diagnostic.Location.LineSpan.Start);
        Assert.Equal("“还还”重复。", diagnostic.Message);
        Assert.Equal(new TextSpan(7, 1), Assert.Single(diagnostic.Fix!.Changes).Span);
    }

    [Fact]
    public async Task A_paragraph_repeated_across_a_batch_is_analysed_at_most_twice_and_reported_at_every_copy()
    {
        var counter = new RepeatCounter();
        var result = await Linter(null, counter.Analyzer).AnalyzeBatchAsync(Batch(6));

        Assert.Equal(2, counter.Runs[Shared]);
        Assert.Equal(4, result.Telemetry.ParagraphCacheHits);
        Assert.Equal(6 * 3 - 4, result.Telemetry.ParagraphCacheMisses);
        foreach (var document in result.Documents)
        {
            string content = document.Document.Text.Content;
            int start = content.IndexOf(Shared, StringComparison.Ordinal);
            Assert.Equal([start + 6, start + 17, content.LastIndexOf("还还", StringComparison.Ordinal)],
                document.Diagnostics.Select(d => d.Location.Span.Start));
            Assert.All(document.Diagnostics, d => Assert.Equal("还还", content.Substring(d.Location.Span.Start, 2)));
        }
    }

    [Fact]
    public async Task With_the_cache_off_every_copy_is_analysed_and_the_findings_are_the_same()
    {
        var cached = new RepeatCounter();
        var uncached = new RepeatCounter();
        var on = await Linter(null, cached.Analyzer).AnalyzeBatchAsync(Batch(5));
        var off = await Linter(0, uncached.Analyzer).AnalyzeBatchAsync(Batch(5));

        Assert.Equal(5, uncached.Runs[Shared]);
        Assert.Equal(off.Documents.SelectMany(d => d.Diagnostics).Select(Describe), on.Documents.SelectMany(d => d.Diagnostics).Select(Describe));
    }

    [Fact]
    public async Task Inline_suppression_applies_to_each_copy_of_a_cached_paragraph()
    {
        var documents = Enumerable.Range(0, 4).Select(i => Lint.Document(
            i == 3 ? $"标题\n<!-- reviewlint-disable-next-line RL9001 -->\n{Shared}" : $"标题\n{Shared}", $"{i}.txt")).ToList();
        var counter = new RepeatCounter();
        var result = await Linter(null, counter.Analyzer).AnalyzeBatchAsync(documents);

        Assert.Equal(2, counter.Runs[Shared]);
        Assert.All(result.Documents.Take(3), d => Assert.Equal(2, d.Diagnostics.Length));
        Assert.Empty(result.Documents[3].Diagnostics);
        Assert.Equal(2, result.Documents[3].Suppressed.Length);
    }

    [Fact]
    public async Task Configured_severity_applies_to_replayed_findings()
    {
        var linter = Lint.Create(null, o => o.Rules["RL9001"] = "error", null, new RepeatCounter().Analyzer);
        var result = await linter.AnalyzeBatchAsync(Batch(4));
        Assert.All(result.Documents.SelectMany(d => d.Diagnostics), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public async Task Documents_with_different_rule_options_do_not_share_findings()
    {
        var analyzer = new DelegateAnalyzer("Needle", [TestRules.Repeat], context => context.RegisterParagraphAction(paragraph =>
        {
            string needle = paragraph.Options.Get("RL9001", "needle") ?? "还还";
            foreach (var span in DelegateAnalyzer.Occurrences(paragraph.Text, needle)) paragraph.Report(TestRules.Repeat, span, null, needle);
        }));
        var perPath = new PerPathOptions(path => path.StartsWith("b", StringComparison.Ordinal) ? "措施" : null);
        var linter = new ReviewLinter([analyzer], new CharTokenizer(), new ReviewLintOptions { MaxDegreeOfParallelism = 1 }, perPath);
        var documents = new[] { "a1", "a2", "b1", "b2", "a3", "b3" }.Select(path => Lint.Document($"标题\n{Shared}", path));

        var result = await linter.AnalyzeBatchAsync(documents);

        foreach (var document in result.Documents)
            Assert.Equal(document.Document.Path.StartsWith('b') ? new[] { "措施" } : ["还还", "还还"],
                document.Diagnostics.Select(d => document.Document.Text.ToString(d.Location.Span)));
    }

    [Fact]
    public async Task A_declared_input_is_part_of_the_key_and_reaches_the_action()
    {
        var runs = 0;
        var analyzer = new DelegateAnalyzer("Titled", [TestRules.Repeat], context => context.RegisterParagraphAction(
            (document, paragraph) => document.Text.Content.StartsWith('甲'),
            (ParagraphAnalysisContext paragraph, bool titledJia) =>
            {
                Interlocked.Increment(ref runs);
                if (titledJia && paragraph.Text.Contains("还还")) paragraph.Report(TestRules.Repeat, new TextSpan(0, 1), null, "甲");
            }));
        var documents = Enumerable.Range(0, 8).Select(i => Lint.Document($"{(i % 2 == 0 ? "甲" : "乙")}单位材料\n{Shared}", $"{i}.txt"));

        var result = await Linter(null, analyzer).AnalyzeBatchAsync(documents);

        Assert.Equal([1, 0, 1, 0, 1, 0, 1, 0], result.Documents.Select(d => d.Diagnostics.Length));
        Assert.Equal(4 * 2, runs); // the 甲 and 乙 titles and the shared paragraph under each input: twice each
    }

    [Fact]
    public async Task A_user_dictionary_added_mid_batch_invalidates_cached_findings()
    {
        using var folder = new TempDirectory();
        string dictionary = folder.Write("words.txt", "还还 10\n");
        var tokenizer = new LearningTokenizer();
        var analyzer = new DelegateAnalyzer("UnknownRepeat", [TestRules.Repeat], context => context.RegisterParagraphAction(paragraph =>
        {
            if (!paragraph.Tokenizer.IsWord("还还"))
                foreach (var span in DelegateAnalyzer.Occurrences(paragraph.Text, "还还")) paragraph.Report(TestRules.Repeat, span, null, "还还");
        }));
        var withDictionary = new ReviewLintOptions { MaxDegreeOfParallelism = 1, Dictionaries = [dictionary] };
        var provider = new PerPathProvider(path => path.StartsWith('d') ? withDictionary : null);
        var linter = new ReviewLinter([analyzer], tokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = 1 }, provider);
        var documents = new[] { "a1", "a2", "a3", "d1", "d2" }.Select(path => Lint.Document($"标题\n{Shared}", path));

        var result = await linter.AnalyzeBatchAsync(documents);

        Assert.Equal([2, 2, 2, 0, 0], result.Documents.Select(d => d.Diagnostics.Length));
    }

    [Fact]
    public async Task An_exception_in_a_paragraph_action_becomes_RL0001_on_every_copy()
    {
        var analyzer = new DelegateAnalyzer("ParagraphThrower", [TestRules.Second], context => context.RegisterParagraphAction(paragraph =>
        {
            if (paragraph.Text.Contains("还还")) throw new InvalidOperationException("段落出错");
        }));
        var result = await Linter(null, analyzer, DelegateAnalyzer.Finding("措施")).AnalyzeBatchAsync(Batch(4));

        foreach (var document in result.Documents)
        {
            var crash = Assert.Single(document.Diagnostics, d => d.Id == "RL0001");
            Assert.Contains("ParagraphThrower", crash.Message);
            Assert.Contains("InvalidOperationException: 段落出错", crash.Message);
            Assert.Single(document.Diagnostics, d => d.Id == "RL9001");
        }
    }

    [Fact]
    public async Task A_span_outside_the_paragraph_becomes_RL0001()
    {
        var analyzer = new DelegateAnalyzer("Overreaching", [TestRules.Repeat], context => context.RegisterParagraphAction(paragraph =>
            paragraph.Report(TestRules.Repeat, new TextSpan(paragraph.Text.Length - 1, 2), null, "越界")));
        var crash = Assert.Single((await Linter(null, analyzer).AnalyzeAsync("标题\n思想还还不够。\n第二段。")).Diagnostics);
        Assert.Equal("RL0001", crash.Id);
        Assert.Contains("不在段落", crash.Message);
    }

    [Fact]
    public async Task A_tokenizer_failure_is_reported_once_for_paragraph_actions_that_need_tokens()
    {
        var analyzer = new DelegateAnalyzer("TokenUser", [TestRules.Repeat], context => context.RegisterParagraphAction(paragraph => _ = paragraph.Tokens));
        var linter = new ReviewLinter([analyzer], new FailingTokenizer(), new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
        var crash = Assert.Single((await linter.AnalyzeAsync(Lint.Document("标题\n思想还还不够。"))).Diagnostics);
        Assert.Contains("TokenUser", crash.Message);
        Assert.Contains("词典文件缺失", crash.Message);
    }

    /// <summary>Everything a user sees of a diagnostic, fix included (a fix's changes compare by reference otherwise).</summary>
    internal static string Describe(Diagnostic d) =>
        $"{d} {d.Location.Span} {d.Location.LineSpan} [{string.Join(", ", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}] "
        + (d.Fix is { } fix ? $"{fix.Title} {fix.IsSafe} {string.Join(" ", fix.Changes.Select(c => $"{c.Span}→{c.NewText}"))}" : "no fix");

    /// <summary>Knows the words of the user dictionaries added to it (by file content, one word per line).</summary>
    private sealed class LearningTokenizer : IUserDictionaryTokenizer, ITokenizer
    {
        private readonly CharTokenizer _inner = new();
        private readonly ConcurrentDictionary<string, bool> _words = new(StringComparer.Ordinal);

        public void AddDictionary(string path)
        {
            foreach (string line in File.ReadAllLines(path)) _words[line.Split(' ')[0]] = true;
        }

        public TokenList Tokenize(string text, int offset = 0) => _inner.Tokenize(text, offset);
        public bool IsWord(string word) => _words.ContainsKey(word);
        public int GetFrequency(string word) => IsWord(word) ? 10 : 0;
    }

    /// <summary>Options chosen by path; null picks the base options.</summary>
    private sealed class PerPathProvider(Func<string, ReviewLintOptions?> choose) : IDocumentOptionsProvider
    {
        private readonly ReviewLintOptions _base = new() { MaxDegreeOfParallelism = 1 };

        public (ReviewLintOptions Options, string? Source) GetOptions(ReportDocument document) => (choose(document.Path) ?? _base, null);
    }

    private sealed class PerPathOptions(Func<string, string?> needle) : IDocumentOptionsProvider
    {
        private readonly ConcurrentDictionary<string, ReviewLintOptions> _options = new(StringComparer.Ordinal);

        public (ReviewLintOptions Options, string? Source) GetOptions(ReportDocument document) =>
            (_options.GetOrAdd(needle(document.Path) ?? "", value =>
            {
                var options = new ReviewLintOptions { MaxDegreeOfParallelism = 1 };
                if (value.Length > 0) options.RuleOptions["RL9001"] = new Dictionary<string, string> { ["needle"] = value };
                return options;
            }), null);
    }
}
