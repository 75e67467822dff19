using ReviewLint.Text;

namespace ReviewLint.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void From_bounds_sets_start_length_and_end()
    {
        var span = TextSpan.FromBounds(3, 8);
        Assert.Equal(3, span.Start);
        Assert.Equal(5, span.Length);
        Assert.Equal(8, span.End);
        Assert.False(span.IsEmpty);
        Assert.True(TextSpan.FromBounds(4, 4).IsEmpty);
    }

    [Fact]
    public void Negative_start_length_or_reversed_bounds_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(1, -2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 3));
    }

    [Fact]
    public void Contains_position_is_end_exclusive()
    {
        var span = new TextSpan(2, 3);
        Assert.False(span.Contains(1));
        Assert.True(span.Contains(2));
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.False(new TextSpan(2, 0).Contains(2));
    }

    [Fact]
    public void Contains_span_includes_equal_and_empty_inner_spans()
    {
        var span = new TextSpan(2, 3);
        Assert.True(span.Contains(new TextSpan(2, 3)));
        Assert.True(span.Contains(new TextSpan(5, 0)));
        Assert.False(span.Contains(new TextSpan(4, 2)));
        Assert.False(span.Contains(new TextSpan(1, 1)));
    }

    [Theory]
    [InlineData(0, 3, 2, 3, true)]
    [InlineData(0, 3, 3, 3, false)]
    [InlineData(2, 0, 0, 5, false)]
    [InlineData(0, 10, 4, 1, true)]
    [InlineData(5, 2, 0, 5, false)]
    public void Overlap_needs_at_least_one_shared_character(int s1, int l1, int s2, int l2, bool overlaps)
    {
        Assert.Equal(overlaps, new TextSpan(s1, l1).OverlapsWith(new TextSpan(s2, l2)));
        Assert.Equal(overlaps, new TextSpan(s2, l2).OverlapsWith(new TextSpan(s1, l1)));
    }

    [Fact]
    public void Spans_compare_by_value_and_print_half_open()
    {
        Assert.Equal(new TextSpan(1, 2), TextSpan.FromBounds(1, 3));
        Assert.NotEqual(new TextSpan(1, 2), new TextSpan(1, 3));
        Assert.Equal("[1..3)", new TextSpan(1, 2).ToString());
    }
}
