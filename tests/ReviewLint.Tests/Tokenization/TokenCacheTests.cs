using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Tokenization;

public class TokenCacheTests
{
    private static Token[] Tokens(params string[] words)
    {
        var tokens = new Token[words.Length];
        int start = 0;
        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(words[i], new TextSpan(start, words[i].Length), TokenKind.Han);
            start += words[i].Length;
        }
        return tokens;
    }

    [Fact]
    public void A_line_is_admitted_only_when_seen_a_second_time()
    {
        var cache = new TokenCache(1 << 20);
        Assert.False(cache.Admit("深入基层调研"));
        Assert.True(cache.Admit("深入基层调研"));
    }

    [Fact]
    public void Stored_lines_are_found_by_content()
    {
        var cache = new TokenCache(1 << 20);
        var tokens = Tokens("深入", "基层", "调研");
        cache.Add("深入基层调研", tokens);
        string sameContent = new("x深入基层调研".AsSpan(1));
        Assert.True(cache.TryGet(sameContent, out var found));
        Assert.Same(tokens, found);
        Assert.False(cache.TryGet("深入基层走访", out _));
        Assert.Equal(1, cache.Hits);
        Assert.Equal(1, cache.Misses);
    }

    [Fact]
    public void The_estimated_size_stays_within_the_budget()
    {
        const long budget = 64 * 1024;
        var cache = new TokenCache(budget);
        for (int i = 0; i < 5000; i++) cache.Add($"第{i}行内容重复出现", Tokens("第", $"{i}", "行", "内容", "重复", "出现"));
        Assert.InRange(cache.EstimatedBytes, 1, budget + 1024);
        Assert.True(cache.TryGet("第4999行内容重复出现", out _), "the newest lines survive rotation");
        Assert.False(cache.TryGet("第0行内容重复出现", out _), "the oldest lines were evicted");
    }

    [Fact]
    public void A_hit_in_the_old_generation_is_promoted()
    {
        const long budget = 16 * 1024;
        var cache = new TokenCache(budget);
        cache.Add("填充行0000号", Tokens("填充", "行", "0000", "号"));
        long entry = cache.EstimatedBytes;
        int perGeneration = (int)(budget / 2 / entry);
        int next = 1;
        void Fill(int count)
        {
            for (int i = 0; i < count; i++, next++) cache.Add($"填充行{next:D4}号", Tokens("填充", "行", $"{next:D4}", "号"));
        }

        cache.Add("反复出现的模板段落", Tokens("反复", "出现", "的", "模板", "段落"));
        Fill(perGeneration);                                     // one rotation: the line is now in the old generation
        Assert.True(cache.TryGet("反复出现的模板段落", out _));    // … and the hit brings it back into the young one
        Fill(perGeneration);                                     // a second rotation drops what was old
        Assert.True(cache.TryGet("反复出现的模板段落", out _));
        Assert.False(cache.TryGet("填充行0000号", out _));
    }

    [Fact]
    public void Clear_forgets_lines_and_sightings()
    {
        var cache = new TokenCache(1 << 20);
        cache.Add("深入基层调研", Tokens("深入", "基层", "调研"));
        Assert.False(cache.Admit("联系服务群众"));
        cache.Clear();
        Assert.False(cache.TryGet("深入基层调研", out _));
        Assert.False(cache.Admit("联系服务群众"));
        Assert.Equal(0, cache.EstimatedBytes);
    }

    [Fact]
    public void Cached_tokens_are_shifted_to_each_occurrence()
    {
        var tokenizer = new JiebaTokenizer(SegmenterKind.Native);
        var uncached = new JiebaTokenizer(SegmenterKind.Native, useCache: false);
        const string line = "坚持把学习党的创新理论作为首要政治任务。\n";
        string text = string.Concat(Enumerable.Repeat(line, 4)) + "结尾";
        var expected = uncached.Tokenize(text, offset: 3);
        for (int round = 0; round < 3; round++) Assert.Equal(expected, tokenizer.Tokenize(text, offset: 3));
    }
}
