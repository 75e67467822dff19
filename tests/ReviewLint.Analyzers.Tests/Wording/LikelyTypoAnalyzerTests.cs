using ReviewLint.Diagnostics;
using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.LikelyTypoAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

public class LikelyTypoAnalyzerTests
{
    [Theory]
    [InlineData("年内持[|旭|]推进整改工作。")]
    [InlineData("镇里组织开展安全生产[|险|]查。")]
    [InlineData("班子成员要增强纪律意[|试|]。")]
    [InlineData("认真落实民主集中制原[|侧|]。")]
    public async Task Reports_a_character_whose_substitute_makes_a_frequent_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("及时传达学习国务[|原|]常务会议精神。")]
    [InlineData("推动[|浓|]产品上行，带动群众增收。")]
    [InlineData("组织开展火灾[|急|]患排查整治。")]
    [InlineData("持续深化[|证|]务公开工作。")]
    [InlineData("会同交通运[|舒|]部门开展检查。")]
    public async Task Reports_a_substitute_word_far_likelier_than_what_is_written(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("及时传达学习国务院常务会议精神。")]
    [InlineData("推动农产品上行，带动群众增收。")]
    [InlineData("组织开展火灾隐患排查整治。")]
    [InlineData("持续深化政务公开工作。")]
    [InlineData("会同交通运输部门开展检查。")]
    public async Task Does_not_report_the_corrected_sentences(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("班子成员要守土担责，主动认领问题。")]
    [InlineData("坚持担责尽责，把整改任务落到实处。")]
    [InlineData("引导党员干部知责明责、守土尽责。")]
    [InlineData("坚持以学增智、以学正风，用以促学。")]
    [InlineData("以踏石留印、抓铁有痕的劲头抓好整改。")]
    [InlineData("党员干部要慎初慎终、慎独慎微。")]
    public async Task Does_not_report_known_official_formulations_that_jieba_does_not_know(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("班子成员要守土担责，年内持[|旭|]推进整改工作。")]
    [InlineData("以踏石留印的劲头增强纪律意[|试|]。")]
    public async Task Still_reports_typos_beside_a_known_formulation(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("全县梳理出15种小企业扶持政策。")]
    [InlineData("支部书记带头讲党课，一饮一啄皆思源。")]
    [InlineData("他写了一首小诗，抒发对家乡的感情。")]
    [InlineData("给这盆花浇点水，让它长得更好。")]
    [InlineData("各村要按时报送整改台账，逐项对账销号。")]
    public async Task Does_not_report_common_characters_or_measure_words_beside_a_word(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("安庄人民医院院长2023年度述职报告\n\n一年来，我带领安庄人民医院班子认真履行职责。")]
    [InlineData("长集嘎查党支部2023年度组织生活会对照检查材料\n\n长集嘎查党支部认真查摆问题，逐条制定整改措施。")]
    public async Task Does_not_report_the_report_s_own_unit_name(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Reports_a_typo_elsewhere_in_a_report_with_a_unit_name() =>
        await Verifier.VerifyAsync("雁河街道办事处主任2023年度述职报告\n\n一年来，我认真学习国务[|原|]常务会议精神。");

    [Fact]
    public async Task Reports_as_info_with_an_unsafe_fix_naming_the_word()
    {
        var result = await Verifier.AnalyzeAsync("年内持旭推进整改工作。");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("续", diagnostic.Fix!.Changes[0].NewText);
        Assert.False(diagnostic.Fix.IsSafe);
        Assert.Equal("“旭”疑为“续”之误（“持续”）。", diagnostic.Message);
    }

    [Fact]
    public async Task A_higher_minimum_frequency_option_silences_rarer_words() =>
        await Verifier.VerifyAsync("认真落实民主集中制原侧。", o => o.RuleOptions["RL2004"] = new() { ["minFrequency"] = "100000000" });

    [Fact]
    public async Task Leaves_wrong_forms_listed_for_RL2001_to_that_rule() => await Verifier.VerifyAsync("贯澈落实上级决策部署还有差距。");

    [Theory]
    [InlineData("年内持续推进整改工作。")]
    [InlineData("镇里组织开展安全生产检查。")]
    [InlineData("班子成员要增强纪律意识。")]
    [InlineData("认真落实民主集中制原则。")]
    public async Task Does_not_report_the_correct_words(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("个别同志工作抓得不紧，落实不够有力。")]
    [InlineData("每月开展一次谈心谈话，一人一档建立台账。")]
    [InlineData("支部组织党员学习党章党规，交流心得体会。")]
    [InlineData("我们坚持不懈抓好整改，做到件件有着落。")]
    [InlineData("群众对整改结果一致好评。")]
    [InlineData("坚持原则，敢于斗争，敢于担当。")]
    public async Task Does_not_report_ordinary_report_sentences(string text) => await Verifier.VerifyAsync(text);
}
