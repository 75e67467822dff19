using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.DeDiDeAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2002 的 written for 地 where what follows the verb shows a predicate: a pronoun object, a result complement, a glued
/// preverbal phrase, a clause start, an aspect particle after 对's object, a verdict on the act; with noun-phrase look-alikes.</summary>
public class DeDiDeAdverbialPredicateTests
{
    [Theory]
    [InlineData("有序[|的|]推进城乡绿化，新建口袋公园五处。")]
    [InlineData("细致[|的|]做好作业批改和个别辅导。")]
    [InlineData("社区工作者主动[|的|]上门服务不够经常。")]
    [InlineData("但主动[|的|]研究其对财政收支的影响不够。")]
    [InlineData("没有结合本地实际认真[|的|]研究如何落实。")]
    [InlineData("对分管年级的师德师风问题耐心[|的|]做了思想工作。")]
    [InlineData("对村里的资源认真[|的|]梳理不够，发展路子不多。")]
    [InlineData("被动[|的|]应付上级检查，没有形成闭环。")]
    [InlineData("被动[|的|]应付上级督查要求，没有形成闭环。")]
    [InlineData("村干部坐班时热情[|的|]接待群众做得不够。")]
    public async Task Reports_de_before_a_verb_that_shows_a_predicate(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("群众对干部主动的上门服务普遍满意。")]
    [InlineData("主动的上门服务意识不强。")]
    [InlineData("有序的推进是完成任务的保证。")]
    [InlineData("他有广泛的爱好。")]
    [InlineData("深入的研究工作还要加强。")]
    [InlineData("被动的应付心态依然存在。")]
    [InlineData("热情的服务赢得群众好评，大家以饱满的热情投入工作。")]
    [InlineData("有关的研究报告已经印发。")]
    [InlineData("对“为农服务”这一根本宗旨的理解有时停留在口头上。")]
    public async Task Does_not_report_noun_phrases_that_look_alike(string text) => await Verifier.VerifyAsync(text);
}
