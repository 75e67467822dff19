using ReviewLint.Syntax;

namespace ReviewLint.Tests.Syntax;

public class ReportDocumentTests
{
    private const string Text = "青石镇党支部2024年度组织生活会对照检查材料\n一、存在问题\n学习不够。";

    [Fact]
    public void Syntax_is_parsed_once_and_cached()
    {
        var document = ReportDocument.FromText("a.txt", Text);
        Assert.Same(document.Syntax, document.Syntax);
        Assert.Same(document.Facts, document.Facts);
        Assert.Equal("a.txt", document.ToString());
    }

    [Fact]
    public void Configured_facts_replace_inferred_ones_and_share_the_parse()
    {
        var document = ReportDocument.FromText("a.txt", Text);
        var overridden = document.WithFacts(new DocumentFactsOverride(Genre: ReportGenre.WorkSummary, UnitName: "白河乡", UnitType: UnitType.Township));
        Assert.Same(document.Syntax, overridden.Syntax);
        Assert.Same(document.Text, overridden.Text);
        Assert.Equal(ReportGenre.WorkSummary, overridden.Facts.Genre);
        Assert.Equal("白河乡", overridden.Facts.UnitName);
        Assert.Equal(UnitType.Township, overridden.Facts.UnitType);
        Assert.Equal(ReportVoice.Collective, overridden.Facts.Voice);
    }

    [Fact]
    public void The_same_override_returns_the_same_document()
    {
        var document = ReportDocument.FromText("a.txt", Text);
        Assert.Same(document, document.WithFacts(null));
        var overridden = document.WithFacts(new DocumentFactsOverride(Genre: ReportGenre.DutyReport));
        Assert.Same(overridden, overridden.WithFacts(new DocumentFactsOverride(Genre: ReportGenre.DutyReport)));
    }

    [Fact]
    public void A_null_path_is_rejected() =>
        Assert.Throws<ArgumentNullException>(() => ReportDocument.FromText(null!, Text));

    private sealed record HeadingCount(int Value);
    private sealed record TitleText(string Value);

    [Fact]
    public void Derived_structures_are_built_once_per_document_and_type()
    {
        var document = ReportDocument.FromText("a.txt", Text);
        int builds = 0;
        var first = document.GetOrAdd(d => new HeadingCount(++builds + d.Syntax.Headings.Length));
        var second = document.GetOrAdd(d => new HeadingCount(++builds + d.Syntax.Headings.Length));
        Assert.Same(first, second);
        Assert.Equal(1, builds);
        Assert.Equal("青石镇党支部2024年度组织生活会对照检查材料", document.GetOrAdd(d => new TitleText(d.Syntax.GetText(d.Syntax.Title!.Span))).Value);
    }

    [Fact]
    public void Concurrent_callers_share_one_build()
    {
        var document = ReportDocument.FromText("a.txt", Text);
        int builds = 0;
        var results = new HeadingCount[16];
        Parallel.For(0, results.Length, i => results[i] = document.GetOrAdd(_ => new HeadingCount(Interlocked.Increment(ref builds))));
        Assert.Equal(1, builds);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public void A_document_with_other_facts_has_its_own_derived_structures()
    {
        var document = ReportDocument.FromText("a.txt", Text);
        var original = document.GetOrAdd(_ => new TitleText("原文"));
        var overridden = document.WithFacts(new DocumentFactsOverride(Genre: ReportGenre.WorkSummary));
        Assert.NotSame(original, overridden.GetOrAdd(_ => new TitleText("覆盖后")));
    }
}
