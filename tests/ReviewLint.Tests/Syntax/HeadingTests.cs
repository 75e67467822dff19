using ReviewLint.Syntax;
using static ReviewLint.Tests.Syntax.ParserTestText;

namespace ReviewLint.Tests.Syntax;

public class HeadingTests
{
    [Fact]
    public void Four_marker_styles_get_levels_one_to_four()
    {
        var syntax = Parse(FourLevels);
        Assert.Equal(
            [("一、", 1), ("（一）", 2), ("1.", 3), ("（1）", 4), ("（2）", 4), ("2.", 3), ("（二）", 2), ("二、", 1)],
            syntax.Headings.Select(h => (h.Marker, h.Level)));
    }

    [Fact]
    public void Headings_carry_kind_ordinal_and_title()
    {
        var syntax = Parse(FourLevels);
        Assert.Equal(
            [
                (HeadingMarkerKind.ChineseNumeral, 1, "存在的问题"),
                (HeadingMarkerKind.ParenthesizedChineseNumeral, 1, "理论学习方面"),
                (HeadingMarkerKind.ArabicNumeral, 1, "学习不够深入"),
                (HeadingMarkerKind.ParenthesizedArabicNumeral, 1, "学习时间不足"),
                (HeadingMarkerKind.ParenthesizedArabicNumeral, 2, "学习方法单一"),
                (HeadingMarkerKind.ArabicNumeral, 2, "学用结合不紧"),
                (HeadingMarkerKind.ParenthesizedChineseNumeral, 2, "组织生活方面"),
                (HeadingMarkerKind.ChineseNumeral, 2, "整改措施"),
            ],
            syntax.Headings.Select(h => (h.MarkerKind, h.Ordinal, h.Title)));
    }

    [Fact]
    public void Marker_and_title_spans_point_into_the_text()
    {
        var syntax = Parse("标题\n　　（三）强化 宗旨意识  \n正文。");
        var heading = Assert.Single(syntax.Headings);
        Assert.Equal("（三）", syntax.Of(heading.MarkerSpan));
        Assert.Equal("强化 宗旨意识", syntax.Of(heading.TitleSpan));
        Assert.Equal("（三）强化 宗旨意识", syntax.Of(heading.Span));
        Assert.Equal(3, heading.Ordinal);
        Assert.False(heading.IsRunIn);
    }

    [Fact]
    public void Part_markers_sit_above_chinese_numerals()
    {
        var syntax = Parse("第一部分 学习情况\n一、学习内容\n正文。\n第二部分：存在问题\n一、理论学习\n");
        Assert.Equal(
            [(HeadingMarkerKind.Part, 1, 1, "学习情况"), (HeadingMarkerKind.ChineseNumeral, 2, 1, "学习内容"),
             (HeadingMarkerKind.Part, 1, 2, "存在问题"), (HeadingMarkerKind.ChineseNumeral, 2, 1, "理论学习")],
            syntax.Headings.Select(h => (h.MarkerKind, h.Level, h.Ordinal, h.Title)));
    }

    [Fact]
    public void A_skipped_style_does_not_leave_a_gap_in_levels()
    {
        var syntax = Parse("一、存在问题\n1.学习不深\n正文。\n2.作风不实\n二、整改措施\n");
        Assert.Equal([1, 2, 2, 1], syntax.Headings.Select(h => h.Level));
        Assert.Equal(2, syntax.Sections[0].Children.Length);
    }

    [Fact]
    public void A_document_with_only_arabic_headings_puts_them_at_level_one()
    {
        var syntax = Parse("1.学习情况\n正文。\n2.存在问题\n");
        Assert.All(syntax.Headings, h => Assert.Equal(1, h.Level));
    }

    [Fact]
    public void Run_in_heading_ends_its_title_at_the_first_full_stop()
    {
        var syntax = Parse("（一）加强理论武装。制定支部学习计划，每月开展一次专题研讨。");
        var heading = Assert.Single(syntax.Headings);
        Assert.True(heading.IsRunIn);
        Assert.Equal("加强理论武装", heading.Title);
        Assert.Equal("加强理论武装", syntax.Of(heading.TitleSpan));
        Assert.Equal(syntax.Paragraphs[0].Span, heading.Span);
    }

    [Fact]
    public void Run_in_heading_may_end_its_title_with_a_colon()
    {
        var heading = Assert.Single(Parse("1.学习不够深入：对条例精神理解不透。").Headings);
        Assert.True(heading.IsRunIn);
        Assert.Equal("学习不够深入", heading.Title);
    }

    [Fact]
    public void Heading_ending_in_a_full_stop_without_more_text_is_not_run_in()
    {
        var heading = Assert.Single(Parse("二、坚持问题导向。").Headings);
        Assert.False(heading.IsRunIn);
        Assert.Equal("坚持问题导向", heading.Title);
    }

    [Theory]
    [InlineData("十一、其他事项", 11)]
    [InlineData("二十、附则", 20)]
    [InlineData("(三)作风建设", 3)]
    [InlineData("（12）第十二项", 12)]
    [InlineData("10.第十项", 10)]
    [InlineData("3、第三项", 3)]
    [InlineData("四．第四项", 4)]
    [InlineData("第十部分 附件", 10)]
    public void Marker_variants_are_recognised(string line, int ordinal) =>
        Assert.Equal(ordinal, Assert.Single(Parse("标题\n" + line).Headings).Ordinal);

    [Theory]
    [InlineData("3.5%的党员参加了培训。")]
    [InlineData("2024年全镇完成培训。")]
    [InlineData("一是学习不够系统。")]
    [InlineData("一些同志学习不够。")]
    [InlineData("十分重视学习。")]
    [InlineData("123.这是编号过大的行")]
    [InlineData("（注）以上为初步统计。")]
    public void Body_lines_that_start_like_markers_are_not_headings(string line) =>
        Assert.Empty(Parse("标题\n" + line).Headings);

    [Fact]
    public void Indented_headings_with_full_width_spaces_are_found()
    {
        var syntax = Parse("标题\n\u3000\u3000一、总体情况\n\t（一）学习\n");
        Assert.Equal(["一、", "（一）"], syntax.Headings.Select(h => h.Marker));
    }

    [Theory]
    [InlineData("一，学习开展情况\n二，存在的问题", "一，", "二，")]
    [InlineData("1，健全制度\n2：创新方式", "1，", "2：")]
    [InlineData("一、学习开展情况\n二，存在的问题", "一、", "二，")]
    public void Comma_and_colon_markers_are_headings_when_another_number_follows(string lines, string first, string second)
    {
        var syntax = Parse("标题\n" + lines);
        Assert.Equal([first, second], syntax.Headings.Select(h => h.Marker));
        Assert.Equal([1, 2], syntax.Headings.Select(h => h.Ordinal));
    }

    [Theory]
    [InlineData("一，我们要加强学习。")]
    [InlineData("1，2月份完成集中学习。")]
    [InlineData("一，二年级学生参加活动。\n二，三年级学生参加劳动。")]
    public void Comma_markers_without_a_sequence_are_not_headings(string lines) =>
        Assert.Empty(Parse("标题\n" + lines).Headings);

    [Theory]
    [InlineData("（一）：理论学习方面", "（一）：", "理论学习方面")]
    [InlineData("(1)、学习时间不足", "(1)、", "学习时间不足")]
    public void Bracketed_markers_may_carry_a_colon_or_a_mark(string line, string marker, string title)
    {
        var heading = Assert.Single(Parse("标题\n" + line).Headings);
        Assert.Equal(marker, heading.Marker);
        Assert.Equal(title, heading.Title);
    }
}
