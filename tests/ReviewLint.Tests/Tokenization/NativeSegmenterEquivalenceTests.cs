using System.Reflection;
using JiebaNet.Segmenter;
using ReviewLint.Corpus;
using ReviewLint.Tokenization;
using ReviewLint.Tokenization.Native;

namespace ReviewLint.Tests.Tokenization;

/// <summary>The native segmenter must cut exactly as jieba.NET 0.42.2 does, with the same dictionary.</summary>
public class NativeSegmenterEquivalenceTests
{
    private static readonly JiebaNetEngine Reference = (JiebaNetEngine)SegmentationEngine.Get(SegmenterKind.JiebaNet, null);
    // A native engine of its own: other tests add user words to the process-wide one, which jieba.NET never sees.
    private static readonly NativeEngine Native = new(directory: null);

    static NativeSegmenterEquivalenceTests()
    {
        // Both engines hold the built-in user words, as every JiebaTokenizer guarantees (a new native engine loads them itself).
        _ = new JiebaTokenizer(SegmenterKind.JiebaNet);
    }

    public static TheoryData<string> EdgeCases() =>
    [
        "",
        " ",
        "\r\n",
        "\r",
        "\n\n\r\n\r",
        "\uFEFF学习",
        "a\0b",
        "　　全镇干部　群众",
        "学习𠀀教育👍好🇨🇳",
        "\uD800孤立代理\uDC00",
        "abc.5% a+-b 3.14元 2021年7月2日 1..2 .5 5. 50%% x.y.z",
        "AT&T B超 c# C++ T恤 iPhone15 Pro·Max a_b_c",
        "ＡＢＣ１２３全角字母数字",
        "王·小明与阿卜杜·热合曼",
        "还还还还还还还还",
        "的的确确实实在在",
        "一是二是三是四是",
        "鿐鿑鿒鿓鿔鿕鿖鿗㐀㐁",
        "龘靐齉齾爩鱻",
        "研究生命起源结婚的和尚未结婚的",
        "工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作",
        "x",
        "中",
        "中a",
        "a中",
        "1中2国3",
        "中国1.5亿人口，增长3.2%。",
        "12345678901234567890",
        "------......______",
        "，。、；：？！“”‘’（）《》【】",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_cut_exactly_like_jieba(string text) => AssertSameCut(text);

    [Fact]
    public void Long_runs_cut_exactly_like_jieba()
    {
        AssertSameCut(new string('还', 600));
        AssertSameCut(string.Concat(Enumerable.Repeat("0123456789", 60)));
        AssertSameCut(new string('-', 700) + "结束");
        AssertSameCut(string.Concat(Enumerable.Repeat("中华人民共和国", 80)));
    }

    [Fact]
    public void Generated_reports_cut_exactly_like_jieba_line_by_line()
    {
        int lines = 0;
        foreach (var options in new[] { new CorpusOptions(Seed: 7), new CorpusOptions(Seed: 8, Mode: CorpusMode.TemplateHeavy, DefectRate: 0.6) })
            foreach (var report in ReportCorpus.Generate(40, options))
                foreach (var chunk in JiebaTokenizer.Chunk(report.Text))
                {
                    AssertSameCut(report.Text.Substring(chunk.Start, chunk.Length), report.Path);
                    lines++;
                }
        Assert.True(lines > 1000, $"only {lines} lines compared");
    }

    [Fact]
    public void Tokenizers_on_both_engines_give_identical_token_lists()
    {
        var native = new JiebaTokenizer(Native, useCache: false);
        var cached = new JiebaTokenizer(Native);
        var reference = new JiebaTokenizer(SegmenterKind.JiebaNet, useCache: false);
        foreach (var report in ReportCorpus.Generate(12, new CorpusOptions(Seed: 11, DefectRate: 1)))
        {
            string text = report.Text + "\r\n结尾𠀀👍\r还还";
            var expected = reference.Tokenize(text, offset: 5);
            Assert.Equal(expected, native.Tokenize(text, offset: 5));
            Assert.Equal(expected, cached.Tokenize(text, offset: 5));
            Assert.Equal(expected, cached.Tokenize(text, offset: 5));
        }
    }

    [Fact]
    public void Cut_without_hmm_matches_jieba()
    {
        foreach (string text in new[] { "学习贯彻党的二十大精神abc123def还还", "AT&T公司c#程序员1.5万元", "深入基层联系群众" })
        {
            var ends = new List<int>();
            Native.Segmenter.Cut(text, ends, hmm: false);
            Assert.Equal(Ends(Reference.Segmenter.Cut(text, hmm: false)), ends);
        }
    }

    [Fact]
    public void Dictionary_answers_match_jieba()
    {
        var dictionary = WordDictionary.Instance;
        Assert.Equal(dictionary.Total, Native.Segmenter.Dictionary.Total);
        string[] words = ["刚性", "钢性", "常常", "还还", "中华人民共和国", "中华人民", "一是", "筑牢", "三会一课", "AT&T", "c#", "", "中", "𠀀", "x"];
        foreach (string word in words)
            Assert.Equal(Reference.GetFrequency(word), Native.GetFrequency(word));
    }

    [Fact]
    public void Suggested_frequency_of_a_new_word_matches_jieba()
    {
        var suggest = typeof(WordDictionary).GetMethod("SuggestFreq", BindingFlags.Instance | BindingFlags.NonPublic)!;
        foreach (string word in new[] { "蹲不住", "帮不实", "学习强国APP", "钢性纪律" })
        {
            int expected = (int)suggest.Invoke(WordDictionary.Instance, [word, Reference.Segmenter.Cut(word, hmm: false)])!;
            Assert.Equal(expected, Native.Segmenter.SuggestFrequency(word));
        }
    }

    private static void AssertSameCut(string text, string? source = null)
    {
        var expected = Ends(Reference.Segmenter.Cut(text, hmm: true));
        var actual = new List<int>();
        Native.Segmenter.Cut(text, actual);
        if (!expected.SequenceEqual(actual))
            Assert.Fail($"{source} cut differs for “{text}”:\n jieba:  {Show(text, expected)}\n native: {Show(text, actual)}");
    }

    private static List<int> Ends(IEnumerable<string> words)
    {
        var ends = new List<int>();
        int end = 0;
        foreach (string word in words) ends.Add(end += word.Length);
        return ends;
    }

    private static string Show(string text, List<int> ends)
    {
        int start = 0;
        var pieces = new List<string>();
        foreach (int end in ends)
        {
            pieces.Add(text[start..Math.Min(end, text.Length)]);
            start = end;
        }
        return string.Join("/", pieces);
    }
}
