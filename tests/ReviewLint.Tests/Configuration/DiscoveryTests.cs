using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Tests.Analysis;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Configuration;

public class DiscoveryTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private (ReviewLintOptions Options, string? Source) OptionsFor(string relativePath, ReviewLintOptions? baseOptions = null)
    {
        var options = baseOptions ?? new ReviewLintOptions();
        options.DiscoverConfigurationFiles = true;
        return ConfigurationFiles.CreateProvider(options).GetOptions(ReportDocument.FromText(_folder[relativePath], ""));
    }

    [Fact]
    public void The_nearest_file_walking_up_wins()
    {
        _folder.Write("reviewlint.json", "{ \"genre\": \"DutyReport\" }");
        string nearer = _folder.Write("branch/reviewlint.json", "{ \"genre\": \"WorkSummary\" }");
        Assert.Equal(nearer, ConfigurationFiles.Find(_folder["branch/2024/q1"]));
        var (options, source) = OptionsFor("branch/2024/q1/材料.txt");
        Assert.Equal("WorkSummary", options.Genre);
        Assert.Equal(nearer, source);
        Assert.Equal("DutyReport", OptionsFor("other/材料.txt").Options.Genre);
    }

    [Fact]
    public void Only_the_nearest_file_applies_files_further_up_are_not_merged()
    {
        _folder.Write("reviewlint.json", "{ \"rules\": { \"RL9002\": \"off\" }, \"unitName\": \"青石镇\" }");
        _folder.Write("branch/reviewlint.json", "{ \"rules\": { \"RL9001\": \"error\" } }");
        var (options, _) = OptionsFor("branch/材料.txt");
        Assert.Equal(["RL9001"], options.Rules.Keys);
        Assert.Null(options.UnitName);
    }

    [Fact]
    public void The_base_options_win_over_the_file_and_the_file_fills_the_rest()
    {
        _folder.Write("reviewlint.json", """
            { "rules": { "RL9001": "off", "RL9002": "error" }, "genre": "WorkSummary", "unitName": "青石镇",
              "ruleOptions": { "RL9001": { "a": "file", "b": "file" } } }
            """);
        var baseOptions = new ReviewLintOptions { Genre = "DutyReport" };
        baseOptions.Rules["RL9001"] = "warning";
        baseOptions.RuleOptions["RL9001"] = new() { ["a"] = "base" };
        var (options, _) = OptionsFor("材料.txt", baseOptions);
        Assert.Equal("warning", options.Rules["RL9001"]);
        Assert.Equal("error", options.Rules["RL9002"]);
        Assert.Equal(("DutyReport", "青石镇"), (options.Genre, options.UnitName));
        Assert.Equal(("base", "file"), (options.RuleOptions["RL9001"]["a"], options.RuleOptions["RL9001"]["b"]));
        Assert.Null(baseOptions.UnitName);
    }

    [Fact]
    public async Task A_rule_set_by_id_in_code_wins_over_the_same_rule_set_by_name_in_the_file()
    {
        _folder.Write("reviewlint.json", "{ \"rules\": { \"test-repeat\": \"off\" } }");
        var baseOptions = new ReviewLintOptions { DiscoverConfigurationFiles = true, MaxDegreeOfParallelism = 1 };
        baseOptions.Rules["RL9001"] = "error";
        var linter = new ReviewLinter([DelegateAnalyzer.Finding("还还")], new CharTokenizer(), baseOptions, ConfigurationFiles.CreateProvider(baseOptions));
        var result = await linter.AnalyzeAsync(ReportDocument.FromText(_folder["材料.txt"], "还还"));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Without_a_file_the_base_options_apply_unchanged()
    {
        var baseOptions = new ReviewLintOptions { Genre = "DutyReport" };
        var (options, source) = OptionsFor("deep/er/材料.txt", baseOptions);
        Assert.Null(source);
        Assert.Same(baseOptions, options);
    }

    [Fact]
    public void Discovery_is_off_unless_asked_for()
    {
        _folder.Write("reviewlint.json", "{ \"genre\": \"DutyReport\" }");
        var provider = ConfigurationFiles.CreateProvider(new ReviewLintOptions());
        Assert.Null(provider.GetOptions(ReportDocument.FromText(_folder["材料.txt"], "")).Source);
    }

    [Fact]
    public async Task Each_document_is_linted_with_the_file_of_its_own_folder()
    {
        _folder.Write("strict/reviewlint.json", "{ \"rules\": { \"RL9001\": \"error\" }, \"genre\": \"DutyReport\" }");
        _folder.Write("quiet/reviewlint.json", "{ \"rules\": { \"test-repeat\": \"off\" } }");
        var genres = new System.Collections.Concurrent.ConcurrentDictionary<string, ReportGenre>();
        var analyzer = new DelegateAnalyzer("Both", [TestRules.Repeat], context => context.RegisterDocumentAction(d =>
        {
            genres[Path.GetFileName(Path.GetDirectoryName(d.Document.Path)!)] = d.Facts.Genre;
            foreach (var span in DelegateAnalyzer.Occurrences(d.Text.Content, "还还")) d.Report(TestRules.Repeat, span, null, "还还");
        }));
        var options = new ReviewLintOptions { DiscoverConfigurationFiles = true, MaxDegreeOfParallelism = 2 };
        var linter = new ReviewLinter([analyzer], new CharTokenizer(), options, ConfigurationFiles.CreateProvider(options));
        var batch = await linter.AnalyzeBatchAsync(new[] { "strict", "quiet", "plain" }.Select(d => ReportDocument.FromText(_folder[$"{d}/材料.txt"], "材料\n还还。")));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(batch.Documents[0].Diagnostics).Severity);
        Assert.Empty(batch.Documents[1].Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(batch.Documents[2].Diagnostics).Severity);
        Assert.Equal(ReportGenre.DutyReport, genres["strict"]);
    }

    [Fact]
    public async Task Dictionaries_of_a_discovered_file_are_added_once_before_its_documents_are_tokenized()
    {
        _folder.Write("a/terms.txt", "镇域经济 2000 n\n");
        _folder.Write("a/reviewlint.json", "{ \"dictionaries\": [\"terms.txt\"] }");
        var tokenizer = new RecordingTokenizer();
        var analyzer = DelegateAnalyzer.OnDocument("Tokens", d => _ = d.Tokens);
        var options = new ReviewLintOptions { DiscoverConfigurationFiles = true, MaxDegreeOfParallelism = 3 };
        var linter = new ReviewLinter([analyzer], tokenizer, options, ConfigurationFiles.CreateProvider(options));
        string[] paths = ["b/1.txt", "a/2.txt", "a/3.txt", "b/4.txt"];
        await linter.AnalyzeBatchAsync(paths.Select(p => ReportDocument.FromText(_folder[p], p)));
        var events = tokenizer.Events.ToList();
        Assert.Equal(1, events.Count(e => e.StartsWith("add ", StringComparison.Ordinal)));
        int added = events.IndexOf($"add {_folder["a/terms.txt"]}");
        Assert.True(added >= 0 && added < events.IndexOf("tokenize a/2.txt"), string.Join(" | ", events));
        Assert.True(events.IndexOf("tokenize b/1.txt") < added, string.Join(" | ", events));
    }

    /// <summary>Records dictionary additions and tokenizations in the order they happen.</summary>
    private sealed class RecordingTokenizer : ITokenizer, IUserDictionaryTokenizer
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Events { get; } = new();

        public void AddDictionary(string path) => Events.Enqueue($"add {path}");

        public TokenList Tokenize(string text, int offset = 0)
        {
            Events.Enqueue($"tokenize {text}");
            return new TokenList([new Token(text, new TextSpan(offset, text.Length), TokenKind.Other)]);
        }

        public bool IsWord(string word) => false;
        public int GetFrequency(string word) => 0;
    }
}
