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
}
