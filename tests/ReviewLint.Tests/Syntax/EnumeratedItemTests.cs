using static ReviewLint.Tests.Syntax.ParserTestText;

namespace ReviewLint.Tests.Syntax;

public class EnumeratedItemTests
{
    [Fact]
    public void Items_run_from_their_marker_to_the_next_item()
    {
        var syntax = Parse("标题\n一是学习不够系统。二是学用结合不紧，办法不多。三是作风不实。");
        Assert.Equal(["一是学习不够系统。", "二是学用结合不紧，办法不多。", "三是作风不实。"], syntax.Items.Select(i => syntax.Of(i.Span)));
        Assert.Equal([1, 2, 3], syntax.Items.Select(i => i.Ordinal));
        Assert.Equal(["一是", "二是", "三是"], syntax.Items.Select(i => syntax.Of(i.MarkerSpan)));
        Assert.All(syntax.Items, i => Assert.Equal(1, i.ParagraphIndex));
    }

    [Fact]
    public void Items_may_follow_a_comma_semicolon_or_colon()
    {
        var syntax = Parse("主要表现在：一是学习不深，二是调研不够；三是落实不力。");
        Assert.Equal(["一是", "二是", "三是"], syntax.Items.Select(i => i.Marker));
        Assert.Equal("一是学习不深，", syntax.Of(syntax.Items[0].Span));
    }

    [Fact]
    public void Items_do_not_cross_paragraphs()
    {
        var syntax = Parse("一是学习不深。\n二是调研不够。");
        Assert.Equal([0, 1], syntax.Items.Select(i => i.ParagraphIndex));
        Assert.Equal("一是学习不深。", syntax.Of(syntax.Items[0].Span));
    }

    [Theory]
    [InlineData("全镇上下思想统一是做好工作的前提。")]
    [InlineData("这是唯一是非标准。")]
    [InlineData("能否做到始终如一是检验党性的标尺。")]
    [InlineData("首先要弄清一是否可行。")]
    [InlineData("这一是的回答不够严谨。")]
    [InlineData("坚持两个“一是”原则。")]
    public void Numerals_followed_by_shi_inside_words_are_not_items(string text) =>
        Assert.Empty(Parse(text).Items);

    [Fact]
    public void Tenth_and_later_items_are_read()
    {
        var syntax = Parse("九是加强监督。十是完善制度。十一是强化考核。");
        Assert.Equal([9, 10, 11], syntax.Items.Select(i => i.Ordinal));
    }

    [Fact]
    public void Item_after_a_closing_quote_is_found()
    {
        var syntax = Parse("落实“三会一课”二是抓好主题党日。");
        Assert.Equal("二是", Assert.Single(syntax.Items).Marker);
    }
}
