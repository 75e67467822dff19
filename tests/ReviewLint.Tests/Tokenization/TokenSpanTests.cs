using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Tokenization;

public class TokenSpanTests
{
    private static readonly JiebaTokenizer Tokenizer = JiebaTokenizer.Shared;

    private static void AssertContiguous(string text, TokenList tokens, int offset = 0)
    {
        int position = offset;
        foreach (var token in tokens)
        {
            Assert.Equal(position, token.Start);
            Assert.Equal(text.Substring(token.Start - offset, token.Span.Length), token.Text);
            int start = token.Start - offset;
            Assert.False(start > 0 && char.IsSurrogatePair(text[start - 1], text[start]), $"{token} starts inside a surrogate pair");
            position = token.End;
        }
        Assert.Equal(offset + text.Length, position);
    }

    [Fact]
    public void Crlf_is_one_whitespace_token_and_the_words_around_it_keep_exact_spans()
    {
        const string text = "加强学习\r\n改进作风";
        var tokens = Tokenizer.Tokenize(text);
        AssertContiguous(text, tokens);
        var lineBreak = Assert.Single(tokens, t => t.Text.Contains('\n'));
        Assert.Equal(("\r\n", new TextSpan(4, 2), TokenKind.Whitespace), (lineBreak.Text, lineBreak.Span, lineBreak.Kind));
        Assert.Equal(new TextSpan(6, 2), tokens.First(t => t.Text == "改进").Span);
    }

    [Theory]
    [InlineData("第一行\r第二行\r\n第三行\n\n第四行")]
    [InlineData("\r\n\r\n正文\r\n")]
    [InlineData("\uFEFF标题\r\n正文")]
    public void Every_kind_of_line_break_keeps_spans_contiguous(string text) =>
        AssertContiguous(text, Tokenizer.Tokenize(text));

    [Fact]
    public void A_full_width_space_is_its_own_whitespace_token()
    {
        const string text = "全镇\u3000\u3000干部";
        var tokens = Tokenizer.Tokenize(text);
        AssertContiguous(text, tokens);
        Assert.Equal(["全镇", "\u3000", "\u3000", "干部"], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Whitespace, tokens[1].Kind);
        Assert.Equal(new TextSpan(3, 1), tokens[2].Span);
    }

    [Theory]
    [InlineData("学习👍教育")]
    [InlineData("学习👨‍👩‍👧好")]
    [InlineData("点赞👍🏽。")]
    [InlineData("𠀀𠀁测试𠀀中文𪚥龘")]
    public void Emoji_and_extension_b_characters_never_split_a_surrogate_pair(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        AssertContiguous(text, tokens);
        Assert.DoesNotContain(tokens, t => char.IsHighSurrogate(t.Text[^1]) || char.IsLowSurrogate(t.Text[0]));
    }

    [Fact]
    public void Extension_b_characters_are_han_tokens_and_emoji_are_other()
    {
        var tokens = Tokenizer.Tokenize("𠀀👍");
        Assert.Equal([("𠀀", TokenKind.Han), ("👍", TokenKind.Other)], tokens.Select(t => (t.Text, t.Kind)));
        Assert.Equal(TokenKind.Han, Assert.Single(Tokenizer.Tokenize("㐀")).Kind);
    }

    [Fact]
    public void Lone_surrogates_do_not_break_tokenization()
    {
        const string text = "测试\uD800党史\uDC00学习";
        AssertContiguous(text, Tokenizer.Tokenize(text));
    }

    [Fact]
    public void Token_kinds_follow_their_first_character()
    {
        var kinds = Tokenizer.Tokenize("2021年CET考试。").ToDictionary(t => t.Text, t => t.Kind);
        Assert.Equal(TokenKind.Number, kinds["2021"]);
        Assert.Equal(TokenKind.Latin, kinds["CET"]);
        Assert.Equal(TokenKind.Han, kinds["考试"]);
        Assert.Equal(TokenKind.Punctuation, kinds["。"]);
    }

    [Fact]
    public void Offsets_apply_across_chunks_of_a_long_run()
    {
        string text = "学习" + new string('1', 1200) + "\r\n" + new string('还', 700) + "结束";
        var tokens = Tokenizer.Tokenize(text, offset: 100);
        AssertContiguous(text, tokens, offset: 100);
    }

    [Fact]
    public void Chunks_cover_the_text_and_end_after_line_breaks()
    {
        const string text = "甲乙\r\n丙\r丁\n戊";
        var chunks = JiebaTokenizer.Chunk(text).Select(c => text.Substring(c.Start, c.Length)).ToList();
        Assert.Equal(["甲乙\r\n", "丙\r", "丁\n", "戊"], chunks);
    }

    [Fact]
    public void Concurrent_tokenization_gives_the_same_tokens_as_serial()
    {
        var texts = Enumerable.Range(0, 40).Select(i => $"第{i}条：支部班子成员思想斗争还还不够经常，落实三会一课制度不到位。\r\n全镇　干部{i}人。").ToList();
        var serial = texts.Select(t => string.Join("|", Tokenizer.Tokenize(t).Select(x => x.ToString()))).ToList();
        var parallel = new string[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i] = string.Join("|", Tokenizer.Tokenize(texts[i]).Select(x => x.ToString())));
        Assert.Equal(serial, parallel);
    }
}
