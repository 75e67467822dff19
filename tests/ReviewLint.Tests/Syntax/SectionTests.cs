using ReviewLint.Syntax;
using static ReviewLint.Tests.Syntax.ParserTestText;

namespace ReviewLint.Tests.Syntax;

public class SectionTests
{
    [Fact]
    public void Sections_nest_by_level()
    {
        var syntax = Parse(FourLevels);
        Assert.Equal(["一、存在的问题", "二、整改措施"], syntax.Sections.Select(s => s.ToString()));
        var problems = syntax.Sections[0];
        Assert.Equal(["（一）理论学习方面", "（二）组织生活方面"], problems.Children.Select(s => s.ToString()));
        Assert.Equal(["1.学习不够深入", "2.学用结合不紧"], problems.Children[0].Children.Select(s => s.ToString()));
        Assert.Equal(["（1）学习时间不足", "（2）学习方法单一"], problems.Children[0].Children[0].Children.Select(s => s.ToString()));
        Assert.Empty(syntax.Sections[1].Children);
    }

    [Fact]
    public void Parents_point_back_up_the_tree()
    {
        var syntax = Parse(FourLevels);
        var deepest = syntax.AllSections.Single(s => s.Title == "学习时间不足");
        Assert.Equal("学习不够深入", deepest.Parent!.Title);
        Assert.Equal("理论学习方面", deepest.Parent.Parent!.Title);
        Assert.Equal("存在的问题", deepest.Parent.Parent.Parent!.Title);
        Assert.Null(deepest.Parent.Parent.Parent.Parent);
    }

    [Fact]
    public void All_sections_are_listed_in_document_order()
    {
        var syntax = Parse(FourLevels);
        Assert.Equal(syntax.Headings, syntax.AllSections.Select(s => s.Heading));
    }

    [Fact]
    public void A_section_spans_from_its_heading_to_the_paragraph_before_the_next_heading_of_its_level_or_above()
    {
        var syntax = Parse(FourLevels);
        var theory = syntax.AllSections.Single(s => s.Title == "理论学习方面");
        Assert.StartsWith("（一）理论学习方面", syntax.Of(theory.Span));
        Assert.EndsWith("2.学用结合不紧", syntax.Of(theory.Span));
        var organization = syntax.AllSections.Single(s => s.Title == "组织生活方面");
        Assert.Equal("（二）组织生活方面\n组织生活会质量不高。", syntax.Of(organization.Span));
        Assert.Equal(organization.FirstParagraphIndex + 1, organization.LastParagraphIndex);
    }

    [Fact]
    public void The_last_section_runs_to_the_end_of_the_document()
    {
        var syntax = Parse(FourLevels);
        var last = syntax.Sections[^1];
        Assert.Equal("二、整改措施\n严格落实三会一课制度。", syntax.Of(last.Span));
        Assert.Equal(syntax.Paragraphs.Length - 1, last.LastParagraphIndex);
    }

    [Fact]
    public void Child_spans_lie_inside_their_parent()
    {
        var syntax = Parse(FourLevels);
        foreach (var section in syntax.AllSections)
            foreach (var child in section.Children)
                Assert.True(section.Span.Contains(child.Span), $"{child} outside {section}");
    }

    [Fact]
    public void A_deeper_heading_before_any_top_heading_is_a_root()
    {
        var syntax = Parse("（一）前言部分\n正文。\n一、正题\n（一）小节\n");
        Assert.Equal(["（一）前言部分", "一、正题"], syntax.Sections.Select(s => s.ToString()));
        Assert.Single(syntax.Sections[1].Children);
    }

    [Fact]
    public void A_document_without_headings_has_no_sections()
    {
        var syntax = Parse("今年以来，我们认真学习。\n取得一定成效。");
        Assert.Empty(syntax.Sections);
        Assert.Empty(syntax.AllSections);
    }

    [Fact]
    public void Sentences_in_a_section_can_be_listed()
    {
        var syntax = Parse(FourLevels);
        var organization = syntax.AllSections.Single(s => s.Title == "组织生活方面");
        Assert.Equal(["（二）组织生活方面", "组织生活会质量不高。"], syntax.SentencesIn(organization.Span).Select(s => syntax.Of(s.Span)));
    }
}
