using System.Collections.Immutable;
using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Suppression;
using ReviewLint.Text;

namespace ReviewLint.Tests.Suppression;

public class BaselineTests
{
    private static readonly DiagnosticDescriptor Repeated = new("RL9301", "test-repeated", "测试重复", "重复。", DiagnosticCategory.Repetition, DiagnosticSeverity.Warning);

    private static DocumentResult Analyze(string text, string word = "还还")
    {
        var document = ReportDocument.FromText("材料/一.txt", text);
        var found = new List<Diagnostic>();
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
            found.Add(Diagnostic.Create(Repeated, Location.Create(document, new TextSpan(i, word.Length))));
        return new DocumentResult(document, [.. found], []);
    }

    [Fact]
    public void Accepted_findings_are_suppressed_even_after_edits_elsewhere_and_extra_ones_are_kept()
    {
        var original = Analyze("一、问题\n思想斗争还还不够经常。\n");
        var baseline = Baseline.Empty.With("材料/一.txt", original.Document, original.Diagnostics);

        var edited = baseline.Apply(Analyze("（2024年）\n\n一、问题\n思想斗争还还不够经常。\n"), "材料/一.txt");
        Assert.Empty(edited.Diagnostics);
        Assert.Equal(Baseline.SuppressionKind, Assert.Single(edited.Suppressed).Kind);

        var added = baseline.Apply(Analyze("思想斗争还还不够经常。工作还还不扎实。\n"), "材料/一.txt");
        Assert.Equal(13, Assert.Single(added.Diagnostics).Location.Span.Start);

        Assert.Single(baseline.Apply(Analyze("思想斗争还还不够经常。\n"), "材料/二.txt").Diagnostics);
    }

    [Fact]
    public void Other_flagged_text_under_the_same_rule_is_not_accepted()
    {
        var baseline = Baseline.Empty.With("a.txt", Analyze("还还").Document, Analyze("还还").Diagnostics);
        var result = baseline.Apply(Analyze("的的", "的的"), "a.txt");
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Json_round_trips_with_sorted_keys_and_long_text_is_hashed()
    {
        string longWord = new('长', 60);
        var result = Analyze("甲还还乙还还" + longWord, "还还");
        var baseline = Baseline.Empty.With("b.txt", result.Document, result.Diagnostics)
            .With("a.txt", Analyze(longWord, longWord).Document, Analyze(longWord, longWord).Diagnostics);
        string json = baseline.ToJson();
        Assert.True(json.IndexOf("\"a.txt\"", StringComparison.Ordinal) < json.IndexOf("\"b.txt\"", StringComparison.Ordinal));
        Assert.Contains("\"还还\": 2", json);
        Assert.Matches("\"长{24}…#[0-9a-f]{12}\": 1", json);
        var parsed = Baseline.Parse(json, "baseline.json");
        Assert.Equal(json, parsed.ToJson());
        Assert.Equal(3, parsed.Count);
        Assert.Equal(2, parsed.CountFor("b.txt"));
        Assert.Equal(["b.txt"], parsed.Where(f => f != "a.txt").Files);
    }

    [Theory]
    [InlineData("[]", "(根)")]
    [InlineData("{ \"version\": 2, \"files\": {} }", "version")]
    [InlineData("{ \"version\": 1, \"files\": { \"a.txt\": { \"RL9301\": { \"还还\": 0 } } } }", "files.a.txt.RL9301.还还")]
    [InlineData("{ \"version\": 1, \"files\": { \"a.txt\": [] } }", "files.a.txt")]
    public void Malformed_baselines_fail_naming_the_key(string json, string key)
    {
        var exception = Assert.Throws<ConfigurationException>(() => Baseline.Parse(json, "基线.json"));
        Assert.Equal(key, exception.Key);
        Assert.StartsWith("基线.json：", exception.Message);
    }

    [Fact]
    public void File_keys_are_relative_to_the_baseline_folder_with_forward_slashes()
    {
        string root = Path.Combine(Path.GetTempPath(), "项目");
        Assert.Equal("材料/一.txt", Baseline.FileKey(Path.Combine(root, "baseline.json"), Path.Combine(root, "材料", "一.txt")));
        Assert.Equal("../外部.txt", Baseline.FileKey(Path.Combine(root, "sub", "baseline.json"), Path.Combine(root, "外部.txt")));
    }

    [Fact]
    public void Results_without_an_entry_are_returned_unchanged()
    {
        var result = Analyze("还还");
        Assert.Same(result, Baseline.Empty.Apply(result, "材料/一.txt"));
        Assert.Equal(ImmutableArray<SuppressedDiagnostic>.Empty, result.Suppressed);
    }
}
