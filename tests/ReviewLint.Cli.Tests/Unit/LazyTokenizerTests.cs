using System.Collections.Immutable;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Cli.Tests.Unit;

public class LazyTokenizerTests
{
    [Fact]
    public void Started_tokenizer_is_created_once_and_used()
    {
        int created = 0;
        var lazy = new LazyTokenizer(() =>
        {
            Interlocked.Increment(ref created);
            return new FixedTokenizer();
        });
        lazy.Start();
        lazy.Start();
        Assert.Equal("学习", Assert.Single(lazy.Tokenize("学习")).Text);
        Assert.True(lazy.IsWord("学习"));
        Assert.Equal(1, created);
    }

    [Fact]
    public void A_tokenizer_that_is_never_started_or_used_is_never_created()
    {
        bool created = false;
        _ = new LazyTokenizer(() =>
        {
            created = true;
            return new FixedTokenizer();
        });
        Assert.False(created);
    }

    [Fact]
    public void A_failure_while_starting_surfaces_at_first_use()
    {
        var lazy = new LazyTokenizer(() => throw new TokenizerException("词典无法读取"));
        lazy.Start();
        var error = Assert.Throws<TokenizerException>(() => lazy.Tokenize("学习"));
        Assert.Equal("词典无法读取", error.Message);
    }

    private sealed class FixedTokenizer : ITokenizer
    {
        public TokenList Tokenize(string text, int offset = 0) =>
            new(ImmutableArray.Create(new Token(text, new TextSpan(offset, text.Length), TokenKind.Han)));

        public bool IsWord(string word) => word == "学习";

        public int GetFrequency(string word) => IsWord(word) ? 1 : 0;
    }
}
