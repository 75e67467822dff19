using System.Collections.Immutable;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Tokenization;

public class TokenListTests
{
    private static readonly TokenList Tokens = new(
    [
        new Token("思想", new TextSpan(0, 2), TokenKind.Han),
        new Token("斗争", new TextSpan(2, 2), TokenKind.Han),
        new Token("还", new TextSpan(4, 1), TokenKind.Han),
        new Token("还", new TextSpan(5, 1), TokenKind.Han),
        new Token("。", new TextSpan(6, 1), TokenKind.Punctuation),
    ]);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    [InlineData(7, 5)]
    [InlineData(99, 5)]
    public void IndexAt_finds_the_token_containing_a_position(int position, int index) =>
        Assert.Equal(index, Tokens.IndexAt(position));

    [Fact]
    public void In_returns_only_tokens_entirely_inside_the_span()
    {
        Assert.Equal(["斗争", "还"], Tokens.In(TextSpan.FromBounds(2, 5)).ToArray().Select(t => t.Text));
        Assert.Equal(["还", "还"], Tokens.In(TextSpan.FromBounds(3, 6)).ToArray().Select(t => t.Text));
        Assert.True(Tokens.In(new TextSpan(1, 2)).IsEmpty);
        Assert.True(Tokens.In(new TextSpan(7, 0)).IsEmpty);
    }

    [Fact]
    public void The_list_reads_like_an_array()
    {
        Assert.Equal(5, Tokens.Count);
        Assert.Equal("。", Tokens[^1].Text);
        Assert.True(Tokens[2].IsSingleHan);
        Assert.False(Tokens[0].IsSingleHan);
        Assert.Equal(5, Tokens.AsImmutableArray().Length);
        Assert.Empty(TokenList.Empty);
        Assert.Equal(0, TokenList.Empty.IndexAt(3));
        Assert.Equal("还[4..5)", Tokens[2].ToString());
    }

    [Fact]
    public void Relative_views_the_tokens_inside_a_span_shifted_to_start_at_zero()
    {
        var view = Tokens.Relative(TextSpan.FromBounds(2, 6));

        Token[] expected =
        [
            new("斗争", new TextSpan(0, 2), TokenKind.Han),
            new("还", new TextSpan(2, 1), TokenKind.Han),
            new("还", new TextSpan(3, 1), TokenKind.Han),
        ];
        Assert.Equal(expected, view);
        Assert.Equal(expected, Enumerable.Range(0, view.Count).Select(i => view[i]));
        Assert.Equal(expected, view.AsImmutableArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => view[3]);
    }

    [Fact]
    public void A_relative_view_answers_lookups_in_its_own_positions()
    {
        var view = Tokens.Relative(TextSpan.FromBounds(2, 7));

        Assert.Equal(1, view.IndexAt(2));
        Assert.Equal(4, view.IndexAt(9));
        Assert.Equal(["还", "还"], view.In(TextSpan.FromBounds(2, 4)).ToArray().Select(t => t.Text));
        Assert.Equal(new TextSpan(2, 1), view.In(TextSpan.FromBounds(2, 3))[0].Span);
        Assert.True(view.StartsAt(3) && view.EndsAt(3) && !view.StartsAt(1));
        Assert.Equal(new Token("还", new TextSpan(3, 1), TokenKind.Han), view.Before(4));
        Assert.Equal(new Token("。", new TextSpan(4, 1), TokenKind.Punctuation), view.After(4));
        Assert.Equal([new TextSpan(0, 2)], view.FindWhole("斗争还还。", "斗争"));
    }
}
