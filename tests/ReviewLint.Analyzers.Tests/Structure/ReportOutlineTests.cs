using ReviewLint.Analyzers.Structure;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Tests.Structure;

public class ReportOutlineTests
{
    private const string Report = "青石镇党委领导班子2024年度民主生活会对照检查材料\n一、存在的问题\n学习不够深入。\n二、整改措施\n加强理论学习。\n";

    [Fact]
    public void The_outline_is_built_once_per_document_and_template()
    {
        var document = ReportDocument.FromText("a.txt", Report);
        var template = GenreTemplate.For(ReportGenre.CollectiveReview)!;
        Assert.Same(ReportOutline.Of(document, template), ReportOutline.Of(document, template));
    }

    [Fact]
    public void Another_template_gets_its_own_outline()
    {
        var document = ReportDocument.FromText("a.txt", Report);
        var collective = ReportOutline.Of(document, GenreTemplate.For(ReportGenre.CollectiveReview)!);
        var summary = ReportOutline.Of(document, GenreTemplate.For(ReportGenre.WorkSummary)!);
        Assert.Equal(ReportGenre.WorkSummary, summary.Template.Genre);
        Assert.Equal(ReportGenre.CollectiveReview, collective.Template.Genre);
    }

    [Fact]
    public async Task Missing_section_and_section_order_share_the_documents_outline()
    {
        var document = ReportDocument.FromText("a.txt", Report);
        var linter = new ReviewLinter([new MissingSectionAnalyzer(), new SectionOrderAnalyzer()], Tokenization.JiebaTokenizer.Shared);
        await linter.AnalyzeAsync(document);
        var shared = document.GetOrAdd<ReportOutline>(_ => throw new InvalidOperationException("the analyzers should have built the outline"));
        Assert.Same(shared, ReportOutline.Of(document, GenreTemplate.For(document.Facts.Genre)!));
    }
}
