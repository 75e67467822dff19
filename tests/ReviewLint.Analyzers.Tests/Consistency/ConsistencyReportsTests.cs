using System.Text.RegularExpressions;
using ReviewLint.Analyzers.Consistency;
using ReviewLint.Testing;

namespace ReviewLint.Analyzers.Tests.Consistency;

/// <summary>Whole reports written for these rules (Reports/*.txt, 34 genres and unit types, some clean) with every RL4001–RL4003
/// finding marked; each rule must report exactly its marks. They were first used as held-out text to measure the rules.</summary>
public partial class ConsistencyReportsTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Consistency", "Reports");

    public static TheoryData<string> Reports() => [.. Directory.GetFiles(Folder, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Report_set_covers_every_rule()
    {
        string all = string.Concat(Directory.GetFiles(Folder, "*.txt").Select(File.ReadAllText));
        Assert.Equal(34, Directory.GetFiles(Folder, "*.txt").Length);
        Assert.All(["RL4001", "RL4002", "RL4003"], id => Assert.Contains("{|" + id + ":", all));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public Task Foreign_unit_wording_is_found_exactly(string file) =>
        AnalyzerVerifier<ForeignUnitWordingAnalyzer>.VerifyAsync(MarksOf("RL4001", file), path: file);

    [Theory]
    [MemberData(nameof(Reports))]
    public Task Person_inconsistency_is_found_exactly(string file) =>
        AnalyzerVerifier<PersonInconsistencyAnalyzer>.VerifyAsync(MarksOf("RL4002", file), path: file);

    [Theory]
    [MemberData(nameof(Reports))]
    public Task Unit_name_inconsistency_is_found_exactly(string file) =>
        AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(MarksOf("RL4003", file), path: file);

    /// <summary>The report's markup keeping only the marks of <paramref name="id"/>.</summary>
    private static string MarksOf(string id, string file) =>
        OtherMark().Replace(File.ReadAllText(Path.Combine(Folder, file)), m => m.Groups["id"].Value == id ? m.Value : m.Groups["text"].Value);

    [GeneratedRegex(@"\{\|(?<id>RL[0-9]{4}):(?<text>.*?)\|\}")]
    private static partial Regex OtherMark();
}
