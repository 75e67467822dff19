using System.Text;
using ReviewLint.Corpus;
using ReviewLint.Syntax;
using ReviewLint.Tests.Syntax.Reference;
using ReviewLint.Text;

namespace ReviewLint.Tests.Syntax;

/// <summary>The allocation-light parser must build exactly the structure the original string-and-regex parser built.</summary>
public class ParserEquivalenceTests
{
    public static TheoryData<string> EdgeCases() =>
    [
        "",
        "\n\n",
        "一、",
        "一是",
        "是",
        "一是一是",
        "一一是，二是的，三是否，四是",
        "前文。\n一是学习。二是落实",
        "前文\n一、标题\n（一）小标题\n1.第一\n（1）第一小\n第二部分 总结",
        "第一章：标题。正文\n十一、标题\n十二．标题\n九十九、太长\n一百、太长\n1.5亿元\n12、标题\n123、不是",
        "(1)半角括号\n（１）全角数字\n（十）十\n（十一）、十一\n（0）零",
        "“”“”《》",
        "他说“要学习。”我们",
        "他说“要学习。”，我们",
        "（（（（（）。",
        "）））“”。《“》”。",
        "《“》。”。『「』」。",
        "a“b‘c’d”e《f》g（h（i）j）k。",
        "学习。）」』。后文！？；;!?…",
        "<!-- 注释 -->一是学习。二是落实",
        "<!-- 注释 -->（一）标题\n<!-- 注释 -->1.标题",
        "<!-- 注释 -->一、标题\n## 二、标题 <!-- 注释\n继续 -->三是",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_parse_like_the_reference(string text) => AssertSameParse(text);

    [Fact]
    public void Generated_reports_parse_like_the_reference()
    {
        foreach (var mode in new[] { CorpusMode.LowRepetition, CorpusMode.TemplateHeavy })
            foreach (var report in ReportCorpus.Generate(60, new CorpusOptions(Seed: 11, Mode: mode)))
                AssertSameParse(report.Text);
    }

    [Fact]
    public void Paragraphs_with_thousands_of_brackets_parse_like_the_reference()
    {
        AssertSameParse(string.Concat(Enumerable.Repeat("（“学习。", 3000)) + string.Concat(Enumerable.Repeat("”）落实。", 2000)));
        AssertSameParse(string.Concat(Enumerable.Repeat("《条例》。（一是）", 3000)) + "\n后文。");
    }

    /// <summary>Random texts over the characters the parser reacts to: brackets, quotes, terminators, numerals, 是, markers, spaces.</summary>
    [Fact]
    public void Random_punctuation_heavy_texts_parse_like_the_reference()
    {
        const string alphabet = "“”‘’《》（）【】「」『』〔〕()。！？；…!?;，：:、．.一二三四五六七八九十是的否第部分章篇0123456789学习 　\n\n";
        var random = new Random(20261127);
        var builder = new StringBuilder();
        for (int n = 0; n < 3000; n++)
        {
            builder.Clear();
            int length = random.Next(1, 60);
            for (int i = 0; i < length; i++) builder.Append(alphabet[random.Next(alphabet.Length)]);
            AssertSameParse(builder.ToString());
        }
    }

    private static void AssertSameParse(string content)
    {
        var text = SourceText.From(content);
        var expected = ReferenceReportParser.Parse(text);
        var actual = ReportParser.Parse(text);
        Assert.Equal([.. expected.Paragraphs], actual.Paragraphs.ToArray());
        Assert.Equal([.. expected.Items], actual.Items.ToArray());
        Assert.Equal([.. expected.Sentences], actual.Sentences.ToArray());
        Assert.Equal(Describe(expected.AllSections), Describe(actual.AllSections));
    }

    private static string[] Describe(IEnumerable<Section> sections) =>
        [.. sections.Select(s => $"{s.Span} {s.FirstParagraphIndex}-{s.LastParagraphIndex} {s.Heading} parent {s.Parent?.Heading.Span}")];
}
