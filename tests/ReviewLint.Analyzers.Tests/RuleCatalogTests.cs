using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Hosting;

namespace ReviewLint.Analyzers.Tests;

/// <summary>Keeps the rule catalogue honest: unique ids, a page and an index row per rule that agree with its descriptor, and tests per analyzer.</summary>
public class RuleCatalogTests
{
    private static readonly IReadOnlyList<DiagnosticAnalyzer> Analyzers = BuiltInAnalyzers.Create();

    private static IEnumerable<DiagnosticDescriptor> Descriptors => Analyzers.SelectMany(a => a.SupportedDiagnostics);

    public static TheoryData<string> RuleIds => [.. Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string> AnalyzerNames => [.. Analyzers.Select(a => a.GetType().Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void Built_in_analyzers_are_discovered()
    {
        var names = Analyzers.Select(a => a.GetType().Name).ToList();
        Assert.Contains("MissingSectionAnalyzer", names);
        Assert.Contains("SectionOrderAnalyzer", names);
        Assert.Contains("ProblemWithoutMeasureAnalyzer", names);
    }

    [Fact]
    public void Rule_ids_and_names_are_unique()
    {
        var all = Descriptors.Append(EngineDiagnostics.AnalyzerException).ToList();
        var duplicateIds = all.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var duplicateNames = all.GroupBy(d => d.Name).Where(g => g.Select(d => d.Id).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicateIds.Count == 0, $"重复的规则编号：{string.Join("、", duplicateIds)}");
        Assert.True(duplicateNames.Count == 0, $"重复的规则名称：{string.Join("、", duplicateNames)}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_page_whose_first_line_matches_its_descriptor(string id)
    {
        var descriptor = Descriptor(id);
        string page = RepositoryRoot.Combine("rules", $"{id}.md");
        Assert.True(File.Exists(page), $"{id} 缺少规则说明页 rules/{id}.md");
        Assert.Equal($"# {id} {descriptor.Name}: {descriptor.Title}", File.ReadLines(page).First());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_an_index_row_matching_its_descriptor(string id)
    {
        var descriptor = Descriptor(id);
        var row = IndexRows().FirstOrDefault(cells => cells[0] == $"[{id}]({id}.md)");
        Assert.True(row is not null, $"rules/README.md 的规则表中没有 {id}");
        string[] expected =
        [
            $"[{id}]({id}.md)", descriptor.Name, descriptor.Category, descriptor.DefaultSeverity.ToString().ToLowerInvariant(),
            descriptor.IsFixable ? "yes" : "no", descriptor.Title,
        ];
        Assert.Equal(expected, row);
    }

    [Fact]
    public void Engine_rule_has_its_page_and_index_row()
    {
        var descriptor = EngineDiagnostics.AnalyzerException;
        Assert.Equal($"# {descriptor.Id} {descriptor.Name}: {descriptor.Title}", File.ReadLines(RepositoryRoot.Combine("rules", $"{descriptor.Id}.md")).First());
        Assert.Contains(IndexRows(), cells => cells[0] == $"[{descriptor.Id}]({descriptor.Id}.md)" && cells[1] == descriptor.Name);
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Analyzer_has_a_test_class(string analyzerName)
    {
        var testFiles = Directory.EnumerateFiles(RepositoryRoot.Combine("tests"), $"{analyzerName}Tests.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        Assert.True(testFiles.Any(), $"{analyzerName} 没有测试类（tests/**/{analyzerName}Tests.cs）");
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.First(d => d.Id == id);

    /// <summary>The cells of each data row of the rules table in rules/README.md.</summary>
    private static IEnumerable<string[]> IndexRows() =>
        File.ReadLines(RepositoryRoot.Combine("rules", "README.md"))
            .Where(line => line.StartsWith("| [RL", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());
}
