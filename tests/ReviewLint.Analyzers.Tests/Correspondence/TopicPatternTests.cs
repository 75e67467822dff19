using ReviewLint.Analyzers.Correspondence;
using ReviewLint.Analyzers.Lexicon;

namespace ReviewLint.Analyzers.Tests.Correspondence;

public class TopicPatternTests
{
    [Fact]
    public void Wordings_are_split_at_bars_outside_groups()
    {
        Assert.Equal(["理论学习", "(服务|联系)[^，。；]{0,4}(群众|居民)", "中心组"], TopicPattern.Alternatives("理论学习|(服务|联系)[^，。；]{0,4}(群众|居民)|中心组"));
    }

    [Theory]
    [InlineData("理论武装", "理论武装", 0, "")]
    [InlineData("(服务|联系)[^，。；]{0,4}(群众|居民)", "服务,联系", 4, "群众,居民")]
    [InlineData("党中央.{0,8}(决策部署|精神)", "党中央", 8, "决策部署,精神")]
    [InlineData("(村务|财务)(公开|公示)", "村务,财务", 0, "公开,公示")]
    public void A_wording_is_a_word_a_group_or_two_of_them_with_a_gap(string wording, string left, int gap, string right)
    {
        var (parsedLeft, parsedGap, parsedRight) = TopicPattern.Parse(wording);
        Assert.Equal(left, string.Join(",", parsedLeft));
        Assert.Equal(gap, parsedGap);
        Assert.Equal(right, string.Join(",", parsedRight));
    }

    [Theory]
    [InlineData("理论*")]
    [InlineData("(服务|联系")]
    [InlineData("群众.{0,4}")]
    public void Other_regex_syntax_is_rejected(string wording)
    {
        Assert.Throws<FormatException>(() => TopicPattern.Parse(wording));
    }

    [Fact]
    public void The_trie_finds_every_wording_starting_at_a_position_shortest_first()
    {
        var trie = new WordTrie();
        trie.Add("理论", 1);
        trie.Add("理论学习", 2);
        trie.Add("学习", 3);
        trie.Freeze();
        Span<(int Length, int Node)> ends = stackalloc (int, int)[WordTrie.MaxLength];
        int count = trie.Walk("理论学习不深", ends);
        Assert.Equal(2, count);
        Assert.Equal(("理论", "理论学习"), (trie.WordAt(ends[0].Node), trie.WordAt(ends[1].Node)));
        Assert.Equal([2], trie.ValuesAt(ends[1].Node));
        Assert.False(trie.MayStart('不', '深'));
        Assert.Equal(0, trie.Walk("学风", ends));
    }
}
