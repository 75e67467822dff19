using ReviewLint.Text;

namespace ReviewLint.Testing.Tests;

public class TestMarkupTests
{
    [Fact]
    public void Plain_text_has_no_spans()
    {
        var (text, spans) = TestMarkup.Parse("思想斗争不够经常。");
        Assert.Equal("思想斗争不够经常。", text);
        Assert.Empty(spans);
    }

    [Fact]
    public void Bracket_markup_marks_a_span_without_an_id()
    {
        var (text, spans) = TestMarkup.Parse("思想斗争[|还还|]不够经常。");
        Assert.Equal("思想斗争还还不够经常。", text);
        Assert.Equal(new ExpectedSpan(null, new TextSpan(4, 2)), Assert.Single(spans));
    }

    [Fact]
    public void Brace_markup_names_the_rule()
    {
        var (text, spans) = TestMarkup.Parse("{|RL2001:钢性|}纪律");
        Assert.Equal("钢性纪律", text);
        Assert.Equal(new ExpectedSpan("RL2001", new TextSpan(0, 2)), Assert.Single(spans));
    }

    [Fact]
    public void Nested_and_multiple_spans_are_ordered_by_position()
    {
        var (text, spans) = TestMarkup.Parse("[|甲{|RL3001:乙乙|}|]丙[|丁|]");
        Assert.Equal("甲乙乙丙丁", text);
        Assert.Equal([new TextSpan(0, 3), new TextSpan(1, 2), new TextSpan(4, 1)], spans.Select(s => s.Span));
    }

    [Fact]
    public void Braces_that_are_not_markup_stay_text()
    {
        var (text, spans) = TestMarkup.Parse("{不是标记} a{|b");
        Assert.Equal("{不是标记} a{|b", text);
        Assert.Empty(spans);
    }

    [Theory]
    [InlineData("[|未闭合")]
    [InlineData("多余|]")]
    [InlineData("[|错配|}")]
    public void Unbalanced_markup_is_rejected(string markup) => Assert.Throws<FormatException>(() => TestMarkup.Parse(markup));
}
