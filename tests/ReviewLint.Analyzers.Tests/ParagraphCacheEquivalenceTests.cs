using ReviewLint.Corpus;
using ReviewLint.Diagnostics;
using ReviewLint.Hosting;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Tests;

/// <summary>The built-in rules give exactly the same findings with the paragraph findings cache on, off and squeezed to a tiny budget.</summary>
public class ParagraphCacheEquivalenceTests
{
    private static readonly List<GeneratedReport> TemplateHeavy =
        [.. ReportCorpus.Generate(32, new CorpusOptions(Seed: 7, Mode: CorpusMode.TemplateHeavy, DefectRate: 0.6))];

    private static async Task<List<string>> LintAsync(long? cacheBytes, IEnumerable<GeneratedReport> reports)
    {
        var linter = new ReviewLinter(BuiltInAnalyzers.Create(), JiebaTokenizer.Shared, new ReviewLintOptions { MaxDegreeOfParallelism = 2 })
        {
            ParagraphCacheBudgetBytes = cacheBytes,
        };
        var result = await linter.AnalyzeBatchAsync(reports.Select(r => ReportDocument.FromText(r.Path, r.Text)));
        return [.. result.Documents.SelectMany(d => d.Diagnostics.Select(Describe)
            .Concat(d.Suppressed.Select(s => "suppressed " + Describe(s.Diagnostic))))];
    }

    /// <summary>Everything a user sees of a diagnostic, fix and properties included.</summary>
    private static string Describe(Diagnostic d) =>
        $"{d} {d.Location.Span} {d.Location.LineSpan} [{string.Join(", ", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}] "
        + (d.Fix is { } fix ? $"{fix.Title} {fix.IsSafe} {string.Join(" ", fix.Changes.Select(c => $"{c.Span}→{c.NewText}"))}" : "no fix");

    [Fact]
    public async Task Built_in_rules_find_the_same_with_and_without_the_cache_on_a_template_heavy_batch()
    {
        var uncached = await LintAsync(0, TemplateHeavy);
        Assert.Contains(uncached, d => d.Contains("RL2001", StringComparison.Ordinal));
        Assert.Contains(uncached, d => d.Contains("RL3001", StringComparison.Ordinal));
        Assert.Equal(uncached, await LintAsync(null, TemplateHeavy));
        Assert.Equal(uncached, await LintAsync(4 << 10, TemplateHeavy));
    }

    [Fact]
    public async Task Suppressions_in_some_copies_of_shared_paragraphs_apply_only_there()
    {
        var reports = TemplateHeavy.Take(18).Select((r, i) => i % 3 != 2 ? r : r with
        {
            Text = r.Text.Replace("\n", "\n<!-- reviewlint-disable-next-line -->\n", StringComparison.Ordinal),
        }).ToList();
        var uncached = await LintAsync(0, reports);
        Assert.Contains(uncached, d => d.StartsWith("suppressed", StringComparison.Ordinal));
        Assert.Equal(uncached, await LintAsync(null, reports));
    }
}
