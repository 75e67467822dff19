using ReviewLint.Text;

namespace ReviewLint.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("甲\n乙\n丙", 3)]
    [InlineData("甲\r\n乙\r\n丙", 3)]
    [InlineData("甲\r乙\r丙", 3)]
    [InlineData("甲\r\n乙\n丙\r丁", 4)]
    [InlineData("甲\n\r乙", 3)]
    [InlineData("\r\n\r\n", 3)]
    public void Every_kind_of_line_break_starts_a_new_line(string content, int lines) =>
        Assert.Equal(lines, SourceText.From(content).LineCount);

    [Fact]
    public void Mixed_line_breaks_give_line_spans_without_and_with_the_break()
    {
        var text = SourceText.From("一、总体\r\n（一）学习\n正文\r末行");
        var lines = text.Lines.ToList();
        Assert.Equal(["一、总体", "（一）学习", "正文", "末行"], lines.Select(l => text.ToString(l.Span)));
        Assert.Equal(["一、总体\r\n", "（一）学习\n", "正文\r", "末行"], lines.Select(l => text.ToString(l.SpanIncludingLineBreak)));
        Assert.Equal([0, 1, 2, 3], lines.Select(l => l.LineNumber));
    }

    [Fact]
    public void Empty_text_has_one_empty_line()
    {
        var text = SourceText.From("");
        Assert.Equal(1, text.LineCount);
        Assert.Equal(new TextSpan(0, 0), text.GetLine(0).Span);
        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(0));
    }

    [Fact]
    public void Trailing_newline_opens_an_empty_last_line()
    {
        var text = SourceText.From("标题\n");
        Assert.Equal(2, text.LineCount);
        Assert.Equal(new TextSpan(3, 0), text.GetLine(1).Span);
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(3));
    }

    [Fact]
    public void Crlf_counts_as_one_break_and_both_characters_belong_to_the_line_before()
    {
        var text = SourceText.From("甲\r\n乙");
        Assert.Equal(new LinePosition(0, 1), text.GetLinePosition(1));
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(3));
    }

    [Theory]
    [InlineData("班子成员\r\n思想\n\n斗争\r不够。\r\n")]
    [InlineData("")]
    [InlineData("单行无换行")]
    [InlineData("\n\r\n\r")]
    public void Line_position_and_position_round_trip_at_every_offset(string content)
    {
        var text = SourceText.From(content);
        for (int position = 0; position <= text.Length; position++)
        {
            var linePosition = text.GetLinePosition(position);
            Assert.Equal(position, text.GetPosition(linePosition));
        }
    }

    [Fact]
    public void Positions_outside_the_text_are_rejected()
    {
        var text = SourceText.From("甲乙\n丙");
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLinePosition(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLinePosition(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetLine(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.GetPosition(new LinePosition(0, 9)));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.ToString(new TextSpan(3, 2)));
    }

    [Fact]
    public void Line_position_span_of_a_span_across_lines()
    {
        var text = SourceText.From("第一行\r\n第二行");
        var span = text.GetLinePositionSpan(TextSpan.FromBounds(1, 7));
        Assert.Equal(new LinePosition(0, 1), span.Start);
        Assert.Equal(new LinePosition(1, 2), span.End);
    }

    [Fact]
    public void Line_position_prints_one_based()
    {
        Assert.Equal("(3,5)", new LinePosition(2, 4).ToString());
        Assert.True(new LinePosition(1, 9) < new LinePosition(2, 0));
        Assert.True(new LinePosition(2, 1).CompareTo(new LinePosition(2, 0)) > 0);
    }

    [Fact]
    public void Changes_are_applied_whatever_order_they_are_given_in()
    {
        var text = SourceText.From("钢性约束还还不够");
        var changed = text.WithChanges([new TextChange(new TextSpan(4, 2), "还"), new TextChange(new TextSpan(0, 1), "刚")]);
        Assert.Equal("刚性约束还不够", changed.ToString());
        Assert.Equal("钢性约束还还不够", text.ToString());
    }

    [Fact]
    public void Insertions_at_the_same_position_keep_their_given_order()
    {
        var text = SourceText.From("甲丙");
        var changed = text.WithChanges([new TextChange(new TextSpan(1, 0), "乙"), new TextChange(new TextSpan(1, 0), "、")]);
        Assert.Equal("甲乙、丙", changed.ToString());
    }

    [Fact]
    public void Adjacent_changes_are_allowed()
    {
        var text = SourceText.From("甲乙丙");
        var changed = text.WithChanges([new TextChange(new TextSpan(0, 1), "一"), new TextChange(new TextSpan(1, 1), "二")]);
        Assert.Equal("一二丙", changed.ToString());
    }

    [Fact]
    public void Overlapping_changes_are_rejected()
    {
        var text = SourceText.From("甲乙丙丁");
        var error = Assert.Throws<ArgumentException>(() =>
            text.WithChanges([new TextChange(new TextSpan(0, 3), "一"), new TextChange(new TextSpan(2, 2), "二")]));
        Assert.Contains("overlap", error.Message);
    }

    [Fact]
    public void A_change_beyond_the_end_is_rejected()
    {
        var text = SourceText.From("甲乙");
        Assert.Throws<ArgumentOutOfRangeException>(() => text.WithChanges([new TextChange(new TextSpan(1, 5), "")]));
    }

    [Fact]
    public void No_changes_give_equal_text_and_a_fresh_line_index()
    {
        var text = SourceText.From("甲\n乙");
        Assert.Equal("甲\n乙", text.WithChanges([]).ToString());
        var joined = text.WithChanges([new TextChange(new TextSpan(1, 1), "")]);
        Assert.Equal(1, joined.LineCount);
    }
}
