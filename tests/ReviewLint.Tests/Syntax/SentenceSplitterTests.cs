using static ReviewLint.Tests.Syntax.ParserTestText;

namespace ReviewLint.Tests.Syntax;

public class SentenceSplitterTests
{
    [Fact]
    public void Splits_at_each_sentence_terminator()
    {
        var syntax = Parse("学习不够。作风不实！为什么？原因有二；一是思想松懈……二是制度缺位");
        Assert.Equal(["学习不够。", "作风不实！", "为什么？", "原因有二；", "一是思想松懈……", "二是制度缺位"], syntax.SentenceTexts());
    }

    [Fact]
    public void A_run_of_terminators_stays_with_its_sentence()
    {
        var syntax = Parse("真的做到了吗？！还差得远。。后文");
        Assert.Equal(["真的做到了吗？！", "还差得远。。", "后文"], syntax.SentenceTexts());
    }

    [Theory]
    [InlineData("他强调“要学习。要落实！”，并作出部署。")]
    [InlineData("认真学习《关于新形势下党内政治生活的若干准则。》全文。")]
    [InlineData("按照要求（详见通知。）开展工作。")]
    [InlineData("落实【重点任务；一般任务】清单。")]
    [InlineData("所谓「两学一做。常态化」已推开。")]
    [InlineData("引用‘内层。外层’之后。")]
    public void Terminators_inside_quotes_and_brackets_do_not_split(string text) =>
        Assert.Equal([text], Parse(text).SentenceTexts());

    [Fact]
    public void Nested_quotes_and_brackets_are_skipped_as_one()
    {
        const string text = "会上提出“学习《条例》。做到‘四个意识’！坚决执行”的要求，全体通过。";
        Assert.Equal([text], Parse(text).SentenceTexts());
    }

    [Fact]
    public void A_quote_that_ends_with_a_terminator_ends_the_sentence()
    {
        var syntax = Parse("习近平总书记指出：“打铁必须自身硬。”我们要牢记嘱托。");
        Assert.Equal(["习近平总书记指出：“打铁必须自身硬。”", "我们要牢记嘱托。"], syntax.SentenceTexts());
    }

    [Fact]
    public void A_quote_ending_with_a_terminator_and_followed_by_punctuation_continues_the_sentence()
    {
        const string text = "他说“要学习。”（见会议记录）后文。";
        Assert.Equal([text], Parse(text).SentenceTexts());
    }

    [Fact]
    public void Closers_right_after_a_terminator_stay_with_the_sentence()
    {
        var syntax = Parse("学习不够。）作风不实！」后文。");
        Assert.Equal(["学习不够。）", "作风不实！」", "后文。"], syntax.SentenceTexts());
    }

    [Fact]
    public void Decimals_and_list_markers_are_not_sentence_ends()
    {
        var syntax = Parse("完成率达到3.5%，高于去年1.2个百分点。1.加强学习。");
        Assert.Equal(["完成率达到3.5%，高于去年1.2个百分点。", "1.加强学习。"], syntax.SentenceTexts());
    }

    [Fact]
    public void An_unmatched_opening_quote_does_not_swallow_the_rest()
    {
        var syntax = Parse("他说“要学习。我们要落实。大家都同意。");
        Assert.Equal(["他说“要学习。", "我们要落实。", "大家都同意。"], syntax.SentenceTexts());
    }

    [Fact]
    public void An_unmatched_closing_bracket_is_ordinary_text()
    {
        var syntax = Parse("学习不够）。作风（不实。后文。");
        Assert.Equal(["学习不够）。", "作风（不实。", "后文。"], syntax.SentenceTexts());
    }

    [Fact]
    public void Mismatched_brackets_do_not_hide_later_terminators()
    {
        var syntax = Parse("甲（乙“丙）丁。戊”己。庚。");
        Assert.Equal(["甲（乙“丙）丁。", "戊”己。", "庚。"], syntax.SentenceTexts());
    }

    [Fact]
    public void Sentences_never_cross_paragraphs_and_know_their_paragraph()
    {
        var syntax = Parse("标题\n第一段没有句号\n第二段。第二句。");
        Assert.Equal(["标题", "第一段没有句号", "第二段。", "第二句。"], syntax.SentenceTexts());
        Assert.Equal([0, 1, 2, 2], syntax.Sentences.Select(s => s.ParagraphIndex));
        Assert.Equal([0, 1, 2, 3], syntax.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Sentences_exclude_surrounding_spaces()
    {
        var syntax = Parse("学习不够。　 作风不实。 ");
        Assert.Equal(["学习不够。", "作风不实。"], syntax.SentenceTexts());
    }

    [Fact]
    public void Ascii_terminators_split_too()
    {
        var syntax = Parse("Why? Because; done! 后文");
        Assert.Equal(["Why?", "Because;", "done!", "后文"], syntax.SentenceTexts());
    }

    [Fact]
    public void A_quote_spanning_the_paragraph_end_is_treated_as_unmatched()
    {
        var syntax = Parse("他说：“第一段。\n第二段。”后文。");
        Assert.Equal(["他说：“第一段。", "第二段。”", "后文。"], syntax.SentenceTexts());
    }
}
