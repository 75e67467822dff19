using Verify = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Punctuation.MixedPunctuationAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Punctuation;

public class MixedPunctuationAnalyzerTests
{
    [Fact]
    public Task Half_width_comma_after_chinese_is_fixed() => Verify.VerifyFixAsync(
        "支部坚持每周集中学习[|,|]推动学习常态化。\n",
        "支部坚持每周集中学习，推动学习常态化。\n");

    [Fact]
    public Task Space_typed_after_a_half_width_mark_goes_with_it() => Verify.VerifyFixAsync(
        "存在的问题主要有[|:|] 学习不够深入[|;|] 作风不够扎实。\n",
        "存在的问题主要有：学习不够深入；作风不够扎实。\n");

    [Fact]
    public Task Question_and_exclamation_marks_are_fixed() => Verify.VerifyFixAsync(
        "我们为什么出发[|?|]为人民谋幸福[|!|]难道不是这样吗[|?|][|!|]\n",
        "我们为什么出发？为人民谋幸福！难道不是这样吗？！\n");

    [Fact]
    public Task Half_width_brackets_around_chinese_are_fixed() => Verify.VerifyFixAsync(
        "依据《关于加强基层党建工作的意见》[|(|]县发〔2021〕15号[|)|]执行。\n",
        "依据《关于加强基层党建工作的意见》（县发〔2021〕15号）执行。\n");

    [Fact]
    public Task Half_width_bracket_paired_with_a_full_width_one_is_fixed() => Verify.VerifyFixAsync(
        "全年开展集中学习24次（含专题研讨6次[|)|]。\n",
        "全年开展集中学习24次（含专题研讨6次）。\n");

    [Fact]
    public Task Comma_after_a_number_that_introduces_chinese_is_fixed() => Verify.VerifyFixAsync(
        "党员参学率达到98%[|,|]同比提高5个百分点。\n",
        "党员参学率达到98%，同比提高5个百分点。\n");

    [Fact]
    public Task Half_width_full_stop_ending_a_chinese_sentence_is_fixed() => Verify.VerifyFixAsync(
        "坚持问题导向，狠抓整改落实[|.|]\n下一步将继续深化学习。\n",
        "坚持问题导向，狠抓整改落实。\n下一步将继续深化学习。\n");

    [Fact]
    public Task Ascii_double_quotes_in_chinese_are_paired_and_fixed() => Verify.VerifyFixAsync(
        "深刻领悟[|\"|]两个确立[|\"|]的决定性意义，做到 [|\"|]两个维护[|\"|]。\n",
        "深刻领悟“两个确立”的决定性意义，做到“两个维护”。\n");

    [Fact]
    public Task Odd_number_of_ascii_double_quotes_is_left_alone() => Verify.VerifyAsync(
        "他说\"要把学习成果转化为工作成效。\n");

    [Fact]
    public Task Ascii_double_quotes_in_an_english_sentence_are_not_reported() => Verify.VerifyAsync(
        "会上播放了短片，片尾字幕为 The motto is \"serve the people\" today。\n");

    [Fact]
    public Task Numbers_times_and_ratios_are_not_reported() => Verify.VerifyAsync(
        "全年投入资金1,250万元，增长3.5%，会议于15:30召开，男女比例为3:2。\n");

    [Fact]
    public Task Urls_and_email_addresses_are_not_reported() => Verify.VerifyAsync(
        "详见https://www.example.gov.cn/notice?id=12,13;page=2，或发邮件至dangjian@example.gov.cn。\n");

    [Fact]
    public Task English_phrases_and_ascii_only_brackets_are_not_reported() => Verify.VerifyAsync(
        "会议采用PDF (Portable Document Format)格式分发材料，主题为“Learn, Think, Act!”，并参考了WHO(世界卫生组织)的报告e.g. 年度报告。\n"
            .Replace("WHO(世界卫生组织)", "WHO（世界卫生组织）"));

    [Fact]
    public Task List_markers_and_ellipses_are_not_reported() => Verify.VerifyAsync(
        "1.健全学习制度\n主要包括(1)集中学习、(2)专题研讨等...\n");

    [Fact]
    public Task Heading_markers_are_left_to_the_numbering_rule() => Verify.VerifyAsync(
        "一、存在的问题\n(一)学习不够深入\n二.整改措施\n");

    [Fact]
    public Task Full_width_text_is_not_reported() => Verify.VerifyAsync(
        "支部坚持每周集中学习，推动学习常态化；党员参学率达到98%（同比提高5个百分点）。\n");

    [Fact]
    public Task Inline_comments_are_not_reported() => Verify.VerifyAsync(
        "坚持问题导向。<!-- reviewlint-disable-line RL2001 -- 引用原文, 保留原样 -->\n");
}
