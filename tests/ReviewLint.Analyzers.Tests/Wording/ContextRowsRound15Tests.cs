using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001's round-fifteen context rows of confusables.tsv: official-register slips reported only in their context.</summary>
public class ContextRowsRound15Tests
{
    [Theory]
    [InlineData("个别案件退回补充[|侦察|]两次后仍然证据不足。")]
    [InlineData("组织赴外地学习[|考查|]先进经验。")]
    [InlineData("着力提升城市[|品味|]。")]
    [InlineData("这些案例带来深刻[|启事|]。")]
    [InlineData("严肃[|察处|]违纪违法行为。")]
    [InlineData("县[|纪律检察|]委员会通报。")]
    [InlineData("主动[|接收|]监督和批评。")]
    [InlineData("派驻[|监查|]组进驻。")]
    [InlineData("由于工作不细，[|以至|]造成较大损失。")]
    [InlineData("勘定行政区域[|界限|]。")]
    public async Task Reports_the_slips_in_their_context(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("个别案件退回补充侦查两次后仍然证据不足。")]
    [InlineData("部队派出侦察兵进行战场侦察。")]
    [InlineData("本课程为考查课，主要考查学生的实践能力。")]
    [InlineData("从基层以至全国都在推进。")]
    [InlineData("细细品味这段历史。")]
    [InlineData("要划清公与私的界限。")]
    [InlineData("单位张贴招聘启事。")]
    [InlineData("市公安局督察处负责督察。")]
    [InlineData("接收救灾物资。")]
    [InlineData("临床试验监查员定期访视。")]
    [InlineData("县纪委监委派驻纪检监察组。")]
    public async Task Does_not_report_the_right_forms_or_the_words_in_their_own_sense(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("用心[|顷听|]群众呼声。")]
    [InlineData("落实[|草蓄平衡|]制度。")]
    [InlineData("做到[|淡薄名利|]、甘于奉献。")]
    [InlineData("个别同志[|明智保身|]，不愿得罪人。")]
    [InlineData("做好秋冬季[|防役|]工作。")]
    [InlineData("加大不良贷款[|摧收|]力度。")]
    [InlineData("跌倒后要[|重振旗鼓|]。")]
    [InlineData("规范流动[|滩贩|]经营。")]
    [InlineData("财政资金[|必需|]用在刀刃上。")]
    [InlineData("专项资金[|必需|]用于项目建设。")]
    public async Task Reports_the_misspellings_added_after_held_out_batches_forty_two_to_forty_five(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("用心倾听群众呼声，顷刻之间。")]
    [InlineData("落实草畜平衡制度，蓄水保墒。")]
    [InlineData("做到淡泊名利，防止责任意识淡薄。")]
    [InlineData("个别同志明哲保身，这是明智的选择。")]
    [InlineData("做好秋冬季防疫工作，服兵役。")]
    [InlineData("加大不良贷款催收力度，摧毁犯罪网络。")]
    [InlineData("跌倒后要重整旗鼓，重振雄风。")]
    [InlineData("规范流动摊贩经营，治理海滩环境。")]
    [InlineData("财政资金必须用在刀刃上，储备生活必需用品。")]
    [InlineData("这是群众生活所必需的，用于保障基本生活。")]
    public async Task Does_not_report_the_correct_forms_of_the_misspellings_added_after_held_out_batches_forty_two_to_forty_five(string text) => await Verifier.VerifyAsync(text);
}
