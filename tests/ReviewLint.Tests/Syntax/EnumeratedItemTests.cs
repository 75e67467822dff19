using ReviewLint.Syntax;
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

    // ---- ordinal enumerations other than 一是 ----

    [Fact]
    public void Sequence_words_are_items()
    {
        var syntax = Parse("主要原因有：首先，理论学习不深。其次，调查研究不够；再次，制度执行不严。最后，监督问责不力。");
        Assert.Equal(["首先", "其次", "再次", "最后"], syntax.Items.Select(i => i.Marker));
        Assert.Equal([1, 2, 3, EnumeratedItem.LastOrdinal], syntax.Items.Select(i => i.Ordinal));
        Assert.All(syntax.Items, i => Assert.Equal(ItemMarkerKind.SequenceWord, i.Kind));
        Assert.Equal("首先，理论学习不深。", syntax.Of(syntax.Items[0].Span));
    }

    [Fact]
    public void Sequence_words_may_run_across_paragraphs()
    {
        var syntax = Parse("一、整改措施\n首先要加强理论学习。\n其次要改进工作作风。\n二、今后打算\n继续努力。");
        Assert.Equal(["首先", "其次"], syntax.Items.Select(i => i.Marker));
    }

    [Theory]
    [InlineData("我们首先要加强学习，其次要改进作风。")]
    [InlineData("首先，要加强理论学习，不断提高政治站位。")]
    [InlineData("其次，要改进工作作风。")]
    [InlineData("最后，我代表班子表态。")]
    [InlineData("首先要学习。再次强调纪律要求。")]
    [InlineData("首先要学习。最后一公里问题仍未解决。")]
    public void Lone_or_mid_sentence_sequence_words_are_not_items(string text) =>
        Assert.Empty(Parse(text).Items);

    [Fact]
    public void Di_ordinals_with_a_mark_are_items()
    {
        var syntax = Parse("对照要求，我认为：第一，理论学习不够深入；第二，调查研究不够扎实；第三，服务群众不够主动。");
        Assert.Equal(["第一", "第二", "第三"], syntax.Items.Select(i => i.Marker));
        Assert.Equal([1, 2, 3], syntax.Items.Select(i => i.Ordinal));
        Assert.All(syntax.Items, i => Assert.Equal(ItemMarkerKind.Di, i.Kind));
        Assert.Equal("第二，调查研究不够扎实；", syntax.Of(syntax.Items[1].Span));
    }

    [Fact]
    public void Di_items_may_open_paragraphs()
    {
        var syntax = Parse("第一，加强理论学习。\n第二，改进工作作风。");
        Assert.Equal([0, 1], syntax.Items.Select(i => i.ParagraphIndex));
    }

    [Theory]
    [InlineData("第一书记驻村以来，第一时间走访农户。")]
    [InlineData("这是我第一次参加民主生活会。第二次会议定于下月召开。")]
    [InlineData("第一，要提高认识。")]
    public void Di_words_without_a_sequence_are_not_items(string text) =>
        Assert.Empty(Parse(text).Items);

    [Theory]
    [InlineData("主要表现在：一，学习不深；二，调研不够；三，落实不力。", ItemMarkerKind.ChineseNumeral, "一，")]
    [InlineData("主要表现在：一、学习不深；二、调研不够；三、落实不力。", ItemMarkerKind.ChineseNumeral, "一、")]
    [InlineData("主要表现在：1，学习不深；2，调研不够；3，落实不力。", ItemMarkerKind.ArabicNumeral, "1，")]
    [InlineData("主要表现在：1.学习不深；2.调研不够；3.落实不力。", ItemMarkerKind.ArabicNumeral, "1.")]
    [InlineData("主要表现在：（一）学习不深；（二）调研不够；（三）落实不力。", ItemMarkerKind.ParenthesizedChineseNumeral, "（一）")]
    [InlineData("主要表现在：（1）学习不深；（2）调研不够；（3）落实不力。", ItemMarkerKind.ParenthesizedArabicNumeral, "（1）")]
    public void Numbered_items_inside_a_paragraph_are_items(string text, ItemMarkerKind kind, string firstMarker)
    {
        var syntax = Parse(text);
        Assert.Equal([1, 2, 3], syntax.Items.Select(i => i.Ordinal));
        Assert.All(syntax.Items, i => Assert.Equal(kind, i.Kind));
        Assert.Equal(firstMarker, syntax.Items[0].Marker);
    }

    [Theory]
    [InlineData("队列训练口令：一，二，三，四。")]
    [InlineData("覆盖范围：一、二年级学生。")]
    [InlineData("完成比例：1.5倍。目标：2.8万元。")]
    [InlineData("时间安排：1，2月份完成。")]
    [InlineData("具体安排：二，落实整改；三，总结提高。")]
    [InlineData("依据是第三条：（二）项的规定。")]
    [InlineData("汇报工作要一是一，二是二。")]
    public void Numbers_that_do_not_form_a_list_from_one_are_not_numbered_items(string text) =>
        Assert.DoesNotContain(Parse(text).Items, i => i.Kind != ItemMarkerKind.Shi);

    [Fact]
    public void A_nested_list_lies_inside_the_item_that_holds_it()
    {
        var syntax = Parse("一是加强学习：首先，学原文；其次，悟原理。二是改进作风。");
        Assert.Equal(["一是", "首先", "其次", "二是"], syntax.Items.Select(i => i.Marker));
        Assert.Equal("一是加强学习：首先，学原文；其次，悟原理。", syntax.Of(syntax.Items[0].Span));
        Assert.Equal("首先，学原文；", syntax.Of(syntax.Items[1].Span));
        Assert.Equal("其次，悟原理。", syntax.Of(syntax.Items[2].Span));
        Assert.Equal("二是改进作风。", syntax.Of(syntax.Items[3].Span));
    }
}
