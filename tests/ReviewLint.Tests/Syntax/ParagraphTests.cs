using ReviewLint.Syntax;
using static ReviewLint.Tests.Syntax.ParserTestText;

namespace ReviewLint.Tests.Syntax;

public class ParagraphTests
{
    [Fact]
    public void Title_header_heading_and_body_are_told_apart()
    {
        var syntax = Parse(FourLevels);
        Assert.Equal(
            [ParagraphKind.Title, ParagraphKind.Header, ParagraphKind.Body, ParagraphKind.Heading, ParagraphKind.Heading],
            syntax.Paragraphs.Take(5).Select(p => p.Kind));
        Assert.Equal("青石镇党支部2024年度组织生活会对照检查材料", syntax.Of(syntax.Title!.Span));
    }

    [Fact]
    public void Several_short_lines_under_the_title_are_header_lines()
    {
        var syntax = Parse("述职报告\n青石镇党委书记 李明\n2024年1月10日\n一年来，我在县委的坚强领导下开展工作。\n");
        Assert.Equal([ParagraphKind.Title, ParagraphKind.Header, ParagraphKind.Header, ParagraphKind.Body], syntax.Paragraphs.Select(p => p.Kind));
    }

    [Fact]
    public void A_first_line_that_reads_like_a_sentence_is_not_a_title()
    {
        var syntax = Parse("今年以来，支部认真学习，取得一定成效。\n2024年1月10日\n");
        Assert.Null(syntax.Title);
        Assert.All(syntax.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
    }

    [Fact]
    public void A_document_that_opens_with_a_heading_has_no_title()
    {
        var syntax = Parse("一、基本情况\n支部现有党员十二名。\n");
        Assert.Null(syntax.Title);
        Assert.Equal(ParagraphKind.Heading, syntax.Paragraphs[0].Kind);
    }

    [Fact]
    public void Short_lines_after_body_text_are_body_not_header()
    {
        var syntax = Parse("标题\n按照要求，现报告如下。\n签名\n2024年1月10日\n");
        Assert.Equal([ParagraphKind.Title, ParagraphKind.Body, ParagraphKind.Body, ParagraphKind.Body], syntax.Paragraphs.Select(p => p.Kind));
    }

    [Fact]
    public void Blank_lines_are_not_paragraphs_and_indentation_is_trimmed()
    {
        var syntax = Parse("标题\n\n\u3000\u3000正文第一段。  \n \t\n正文第二段。");
        Assert.Equal(["标题", "正文第一段。", "正文第二段。"], syntax.Paragraphs.Select(p => syntax.Of(p.Span)));
        Assert.Equal([0, 1, 2], syntax.Paragraphs.Select(p => p.Index));
    }

    [Fact]
    public void Empty_and_blank_documents_parse_to_nothing()
    {
        foreach (var text in new[] { "", "\n\r\n", "\u3000 \t" })
        {
            var syntax = Parse(text);
            Assert.Empty(syntax.Paragraphs);
            Assert.Empty(syntax.Sentences);
            Assert.Null(syntax.Title);
        }
    }

    [Fact]
    public void Comment_lines_are_not_paragraphs()
    {
        var syntax = Parse("<!-- reviewlint-disable-file -->\n标题\n  <!-- 注释 -->  \n正文。");
        Assert.Equal(["标题", "正文。"], syntax.Paragraphs.Select(p => syntax.Of(p.Span)));
        Assert.Equal(ParagraphKind.Title, syntax.Paragraphs[0].Kind);
    }

    [Fact]
    public void A_comment_spanning_several_lines_is_skipped_whole()
    {
        var syntax = Parse("标题\n<!--\n一、被注释的标题\n被注释的正文。\n-->\n正文。");
        Assert.Equal(["标题", "正文。"], syntax.Paragraphs.Select(p => syntax.Of(p.Span)));
        Assert.Empty(syntax.Headings);
    }

    [Fact]
    public void A_trailing_inline_comment_is_not_part_of_the_paragraph()
    {
        var syntax = Parse("标题\n正文还还不够。<!-- reviewlint-disable-line RL3001 -- 引用原话 -->\n");
        Assert.Equal("正文还还不够。", syntax.Of(syntax.Paragraphs[1].Span));
        Assert.Equal(["标题", "正文还还不够。"], syntax.SentenceTexts());
    }

    [Fact]
    public void Crlf_input_gives_the_same_structure_as_lf_input()
    {
        var lf = Parse(FourLevels);
        var crlf = Parse(FourLevels.Replace("\n", "\r\n"));
        var cr = Parse(FourLevels.Replace("\n", "\r"));
        foreach (var other in new[] { crlf, cr })
        {
            Assert.Equal(lf.Paragraphs.Select(p => (p.Kind, lf.Of(p.Span))), other.Paragraphs.Select(p => (p.Kind, other.Of(p.Span))));
            Assert.Equal(lf.Headings.Select(h => (h.Marker, h.Level, h.Title, h.IsRunIn)), other.Headings.Select(h => (h.Marker, h.Level, h.Title, h.IsRunIn)));
            Assert.Equal(lf.AllSections.Select(s => lf.Of(s.Span).Replace("\n", "")), other.AllSections.Select(s => other.Of(s.Span).Replace("\r", "").Replace("\n", "")));
            Assert.Equal(lf.SentenceTexts(), other.SentenceTexts());
        }
    }

    [Fact]
    public void A_bom_at_the_start_does_not_hide_the_title()
    {
        var syntax = Parse("\uFEFF青石镇党支部剖析材料\n正文。");
        Assert.Equal("青石镇党支部剖析材料", syntax.Of(syntax.Title!.Span));
    }

    [Fact]
    public void Markdown_heading_prefixes_are_not_part_of_the_paragraph()
    {
        var syntax = Parse("# 青石镇党支部剖析材料\n## 一、存在问题\n### （一）学习方面\n#没有空格的井号行\n");
        Assert.Equal("青石镇党支部剖析材料", syntax.Of(syntax.Title!.Span));
        Assert.Equal(["一、", "（一）"], syntax.Headings.Select(h => h.Marker));
        Assert.Equal("一、存在问题", syntax.Of(syntax.Headings[0].Span));
        Assert.Equal("#没有空格的井号行", syntax.Of(syntax.Paragraphs[^1].Span));
    }
}
