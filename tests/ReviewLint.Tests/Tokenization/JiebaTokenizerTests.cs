using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Tokenization;

public class JiebaTokenizerTests
{
    private static readonly JiebaTokenizer Tokenizer = JiebaTokenizer.Shared;

    [Fact]
    public void Tokens_cover_the_text_contiguously_with_exact_spans()
    {
        const string text = "班子成员思想斗争还还不够经常。\r\n全镇　干部2021年7月2日";
        var tokens = Tokenizer.Tokenize(text);
        int position = 0;
        foreach (var token in tokens)
        {
            Assert.Equal(position, token.Start);
            Assert.Equal(text.Substring(token.Start, token.Span.Length), token.Text);
            position = token.End;
        }
        Assert.Equal(text.Length, position);
    }

    [Fact]
    public void Doubled_character_comes_out_as_two_single_tokens()
    {
        var words = Tokenizer.Tokenize("思想斗争还还不够经常").Select(t => t.Text);
        Assert.Equal(["思想斗争", "还", "还", "不够", "经常"], words);
    }

    [Fact]
    public void Word_tags_come_from_the_loaded_dictionary()
    {
        Assert.Equal("uj", Tokenizer.GetWordTag("的"));
        Assert.Equal("ad", Tokenizer.GetWordTag("认真"));
        Assert.Equal("v", Tokenizer.GetWordTag("学习"));
        Assert.Null(Tokenizer.GetWordTag("认真学"));
        Assert.Null(Tokenizer.GetWordTag(""));
    }

    [Fact]
    public void Offset_shifts_every_span()
    {
        var tokens = Tokenizer.Tokenize("刚性约束", offset: 10);
        Assert.Equal(10, tokens[0].Start);
        Assert.Equal(14, tokens[^1].End);
    }

    [Fact]
    public void Surrogate_pairs_stay_in_one_token()
    {
        const string text = "学习𠀀教育👍好";
        var tokens = Tokenizer.Tokenize(text);
        Assert.DoesNotContain(tokens, t => t.Text.Length == 1 && char.IsSurrogate(t.Text[0]));
        Assert.Contains(tokens, t => t.Text == "𠀀");
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Fact]
    public void Built_in_user_dictionary_keeps_official_terms_whole()
    {
        var words = Tokenizer.Tokenize("落实三会一课制度，筑牢思想根基").Select(t => t.Text).ToList();
        Assert.Contains("三会一课", words);
        Assert.Contains("筑牢", words);
    }

    [Fact]
    public void Dictionary_answers_word_questions()
    {
        Assert.True(Tokenizer.IsWord("刚性"));
        Assert.False(Tokenizer.IsWord("钢性"));
        Assert.Equal(0, Tokenizer.GetFrequency("还还"));
        Assert.True(Tokenizer.GetFrequency("常常") > 0);
    }

    [Theory]
    [InlineData("刚性")]
    [InlineData("钢性")]
    [InlineData("的")]
    [InlineData("中华人民共和国")]
    [InlineData("")]
    public void Frequency_of_characters_in_a_span_matches_the_string_lookup(string word)
    {
        Span<char> buffer = stackalloc char[16];
        word.CopyTo(buffer);
        Assert.Equal(Tokenizer.GetFrequency(word), Tokenizer.GetFrequency(buffer[..word.Length]));
        Assert.Equal(Tokenizer.GetFrequency(word), ((ITokenizer)Tokenizer).GetFrequency(word.AsSpan()));
    }

    [Theory]
    [InlineData("刚性", 0, "钢刚岗纲")]
    [InlineData("钢性", 0, "刚钢")]
    [InlineData("国务原", 2, "院员元圆")]
    [InlineData("中华人民共和国", 3, "民明名")]
    [InlineData("中华人民共和国", 6, "国过")]
    [InlineData("没有这词", 1, "有友")]
    [InlineData("的", 0, "的地得")]
    public void Frequencies_with_one_character_replaced_match_one_lookup_per_candidate(string word, int index, string replacements)
    {
        var expected = replacements.Select(r => Tokenizer.GetFrequency(string.Concat(word.AsSpan(0, index), r.ToString(), word.AsSpan(index + 1)))).ToArray();
        var frequencies = new int[replacements.Length + 1];
        frequencies[^1] = -1;
        Tokenizer.GetFrequencies(word, index, replacements, frequencies);
        Assert.Equal(expected, frequencies[..^1]);
        Assert.Equal(-1, frequencies[^1]);
        var fromDefault = new int[replacements.Length];
        ((ITokenizer)new SpanOnlyTokenizer(Tokenizer)).GetFrequencies(word, index, replacements, fromDefault);
        Assert.Equal(expected, fromDefault);
    }

    [Fact]
    public void Frequencies_with_a_replacement_reject_an_index_outside_the_word_and_a_short_buffer()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizer.GetFrequencies("刚性", 2, "钢", new int[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tokenizer.GetFrequencies("刚性", 0, "钢刚", new int[1]));
    }

    /// <summary>Answers only the members an ITokenizer must implement, so the interface's default GetFrequencies runs.</summary>
    private sealed class SpanOnlyTokenizer(JiebaTokenizer inner) : ITokenizer
    {
        public TokenList Tokenize(string text, int offset = 0) => inner.Tokenize(text, offset);

        public bool IsWord(string word) => inner.IsWord(word);

        public int GetFrequency(string word) => inner.GetFrequency(word);
    }

    [Fact]
    public void Long_unbroken_runs_are_cut_into_bounded_chunks()
    {
        string text = new string('还', 5000) + "。" + new string('1', 3000);
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(text.Length, tokens[^1].End);
        Assert.All(JiebaTokenizer.Chunk(text), c => Assert.True(LongestRun(text.Substring(c.Start, c.Length)) <= JiebaTokenizer.MaxChunkLength));
    }

    private static int LongestRun(string chunk)
    {
        int longest = 0, run = 0;
        foreach (char c in chunk)
        {
            run = c is '还' or '1' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("　 \t")]
    public void Empty_and_blank_text_tokenizes_without_error(string text) =>
        Assert.Equal(text.Length, Tokenizer.Tokenize(text).Sum(t => t.Span.Length));
}
