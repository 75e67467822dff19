using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001's idiom near misses widened by class in round twelve.</summary>
public class IdiomNearMissTests
{
    [Theory]
    [InlineData("个别干部[|粘轻怕重|]，遇到难题绕着走。")]
    [InlineData("基层队伍素质[|良秀不齐|]，培训针对性不强。")]
    [InlineData("下一步要[|推厂应用|]节水灌溉技术。")]
    public async Task Reports_idioms_written_with_a_character_that_shares_another_reading(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("不仅班子成员应如此，普通党员也应如此。")]
    [InlineData("个别干部拈轻怕重，遇到难题绕着走。")]
    [InlineData("基层队伍素质良莠不齐，培训针对性不强。")]
    [InlineData("下一步要推广应用节水灌溉技术，厂区同步改造。")]
    [InlineData("统一粘贴宣传标语，打造秀美乡村。")]
    public async Task Does_not_report_the_right_forms_or_function_words_read_by_their_first_reading(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("机构臃肿、[|人浮于世|]的问题仍然存在。")]
    [InlineData("通过这次集中学习，大家[|获益非浅|]。")]
    [InlineData("严查农资经营中[|已次充好|]的行为。")]
    public async Task Reports_set_phrases_of_frequency_twenty_five_to_twenty_nine_written_with_one_character_replaced(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("机构臃肿、人浮于事的问题仍然存在。")]
    [InlineData("通过这次集中学习，大家获益匪浅。")]
    [InlineData("严查农资经营中以次充好的行为。")]
    [InlineData("工作的活动重心要向基层下移。")]
    [InlineData("全体干部职工不负重望，圆满完成了任务。")]
    [InlineData("清理网络上传播的艳情小说。")]
    public async Task Does_not_report_the_lowered_set_phrases_written_right_or_legitimate_phrases_near_them(string text) => await Verifier.VerifyAsync(text);
    [Theory]
    [InlineData("项目建设不能[|急功竞利|]，盲目上马。")]
    [InlineData("理论学习要[|持之以很|]，久久为功。")]
    [InlineData("领导班子要[|高赞远瞩|]谋划发展。")]
    [InlineData("坚持[|因地自宜|]、分类施策。")]
    [InlineData("两项任务[|相辅相陈|]，缺一不可。")]
    [InlineData("全体干部[|意气奋发|]投入工作。")]
    public async Task Reports_idioms_written_with_a_character_of_a_fuzzy_syllable(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("项目建设不能急功近利，盲目上马。")]
    [InlineData("理论学习要持之以恒，久久为功。")]
    [InlineData("领导班子要高瞻远瞩谋划发展。")]
    [InlineData("坚持因地制宜、分类施策。")]
    [InlineData("两项任务相辅相成，缺一不可。")]
    [InlineData("全体干部意气风发投入工作。")]
    [InlineData("提升企业竞争力，增强发展后劲。")]
    [InlineData("要以很大的决心推进改革。")]
    public async Task Does_not_report_idioms_written_right_or_text_one_fuzzy_syllable_from_them(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("缝补衣物不拿群众[|一针一钱|]。")]
    [InlineData("不拿群众[|一针一钱|]，一心一意为民。")]
    public async Task Still_reports_an_idiom_of_the_one_a_one_b_shape_outside_an_enumeration(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("推行渣土车“一车一证一线”管理。")]
    [InlineData("落实“一户一档一策”帮扶措施。")]
    [InlineData("推行一证一线一车管理。")]
    [InlineData("建立一企一证一码台账。")]
    public async Task Does_not_report_a_chain_of_one_x_as_an_idiom_slip(string text) => await Verifier.VerifyAsync(text);
}
