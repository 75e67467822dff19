using ReviewLint.Diagnostics;
using Verify = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.FormulationAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

public class FormulationAnalyzerTests
{
    private static Action<ReviewLintOptions> Dated(string date) => o => o.Date = date;

    // ---- order ----

    [Fact]
    public Task Reordered_items_of_four_consciousnesses_are_put_back_in_order() =>
        Verify.VerifyFixAsync("支部要求全体党员增强[|政治意识、核心意识、大局意识、看齐意识|]。",
            "支部要求全体党员增强政治意识、大局意识、核心意识、看齐意识。");

    [Fact]
    public async Task Bureaucratism_before_formalism_is_an_info_with_a_safe_reordering()
    {
        await Verify.VerifyFixAsync("（三）持续整治[|官僚主义和形式主义|]。", "（三）持续整治形式主义和官僚主义。");
        var result = await Verify.AnalyzeAsync("（三）持续整治官僚主义和形式主义。");
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public Task Quoted_items_out_of_order_are_reordered_with_their_quotation_marks() =>
        Verify.VerifyFixAsync("对照[|“学史明理”、“学史崇德”、“学史增信”、“学史力行”|]的要求查找差距。",
            "对照“学史明理”、“学史增信”、“学史崇德”、“学史力行”的要求查找差距。");

    [Fact]
    public Task Items_joined_by_he_or_by_nothing_are_one_list() =>
        Verify.VerifyAsync("一体推进[|不能腐和不敢腐|]，提高[|政治执行力政治判断力|]。");

    // ---- one wrong character in an item ----

    [Fact]
    public Task A_single_wrong_character_in_an_item_is_fixed() =>
        Verify.VerifyFixAsync("坚定道路自信、理论自信、制度自信、[|文明自信|]。", "坚定道路自信、理论自信、制度自信、文化自信。");

    [Fact]
    public Task A_wrong_item_between_correct_ones_is_found_without_separators() =>
        Verify.VerifyFixAsync("把学习成果内化为政治判断力[|政治领会力|]政治执行力。", "把学习成果内化为政治判断力政治领悟力政治执行力。");

    [Fact]
    public Task A_wrong_first_item_is_found_before_the_list() =>
        Verify.VerifyFixAsync("牢固树立[|政冶意识|]、大局意识、核心意识、看齐意识。", "牢固树立政治意识、大局意识、核心意识、看齐意识。");

    // ---- collocations ----

    [Fact]
    public Task Wrong_verbs_before_named_formulations_are_reported() =>
        Verify.VerifyAsync("班子成员要[|坚定“四个意识”|]，[|增强“两个维护”|]，坚决[|做到“两个确立”|]。");

    [Fact]
    public async Task Collocation_fix_is_offered_but_not_applied_automatically()
    {
        var result = await Verify.AnalyzeAsync("全体党员要坚定“四个意识”。");
        var fix = Assert.Single(result.Diagnostics).Fix;
        Assert.NotNull(fix);
        Assert.False(fix.IsSafe);
        Assert.Equal("增强", fix.Changes[0].NewText);
    }

    // ---- miswritten fixed phrases ----

    [Fact]
    public Task Miswritten_fixed_phrases_are_fixed() =>
        Verify.VerifyFixAsync("严格落实[|三会一科|]制度，向[|以习近平总书记为核心的党中央|]看齐，学习[|习近平新时代特色社会主义思想|]。",
            "严格落实三会一课制度，向以习近平同志为核心的党中央看齐，学习习近平新时代中国特色社会主义思想。");

    [Fact]
    public Task The_centenary_meeting_needs_its_full_name() =>
        Verify.VerifyFixAsync("全体党员收看了[|中国共产党成立100周年大会|]直播。", "全体党员收看了庆祝中国共产党成立100周年大会直播。");

    // ---- dates ----

    [Fact]
    public async Task Old_first_item_of_four_comprehensives_is_outdated_after_october_2020()
    {
        await Verify.VerifyAsync("协调推进[|全面建成小康社会|]、全面深化改革、全面依法治国、全面从严治党。", Dated("2021-03-01"));
        var result = await Verify.AnalyzeAsync("协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。", Dated("2021-03-01"));
        var fix = Assert.Single(result.Diagnostics).Fix!;
        Assert.Equal("全面建设社会主义现代化国家", fix.Changes[0].NewText);
        Assert.False(fix.IsSafe);
    }

    [Fact]
    public Task Three_confidences_without_culture_are_outdated_after_july_2016() =>
        Verify.VerifyAsync("坚定[|道路自信、理论自信、制度自信|]。", Dated("2019-05-06"));

    [Fact]
    public Task Beautiful_is_missing_from_the_modernisation_goal_after_2017() =>
        Verify.VerifyAsync("建设[|富强民主文明和谐|]的社会主义现代化强国。", Dated("2023-02-01"));

    [Fact]
    public Task A_formulation_before_it_existed_points_to_a_wrong_date() =>
        Verify.VerifyAsync("深刻领悟“[|两个确立|]”的决定性意义，学习[|二十大精神|]。", Dated("2020-12-20"));

    [Fact]
    public Task Only_the_nineteenth_congress_after_the_twentieth_is_outdated() =>
        Verify.VerifyAsync("认真学习党的[|十九大精神|]。", Dated("2023-04-10"));

    [Fact]
    public Task The_date_under_the_title_is_used() =>
        Verify.VerifyAsync("青石镇党支部剖析材料\n（2023年3月1日）\n支部认真学习党的[|十九大精神|]。");

    // ---- look-alikes that are correct ----

    [Theory]
    [InlineData("增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”的决定性意义。")]
    [InlineData("坚定拥护“两个确立”、坚决做到“两个维护”，树牢“四个意识”。")]
    [InlineData("增强政治意识、大局意识、核心意识、看齐意识。")]
    [InlineData("力戒形式主义、官僚主义，反对享乐主义和奢靡之风。")]
    [InlineData("按照学史明理、学史增信、学史崇德、学史力行的目标要求，筑牢明理、增信、崇德、力行的思想基础。")]
    [InlineData("把学习成果内化为政治判断力政治领悟力政治执行力。")]
    [InlineData("弘扬不怕牺牲、英勇斗争的精神，落实“三会一课”制度。")]
    [InlineData("紧密团结在以习近平同志为核心的党中央周围，学习习近平经济思想、习近平法治思想。")]
    [InlineData("收看庆祝中国共产党成立100周年大会直播，学习纪念中国共产党成立一百周年大会精神。")]
    public Task Canonical_wording_is_not_reported(string text) => Verify.VerifyAsync(text);

    [Theory]
    [InlineData("营造开放、创新的氛围，建设民主、文明的社区。")]
    [InlineData("着力整治官僚主义、坚决纠治形式主义。")]
    [InlineData("增强大局意识、责任意识、政治意识。")]
    [InlineData("提升获得感、归属感、幸福感。")]
    [InlineData("倡导富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善。")]
    [InlineData("加强党组织建设，推动思想建设、组织建设、作风建设一体推进。")]
    public Task Look_alike_lists_are_not_reported(string text) => Verify.VerifyAsync(text);

    [Theory]
    [InlineData("统筹推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。", "2019-06-30")]
    [InlineData("坚定道路自信、理论自信、制度自信。", "2015-03-01")]
    [InlineData("全面建成小康社会取得伟大历史性成就。", "2022-08-01")]
    [InlineData("认真学习党的十九大精神。", "2021-07-02")]
    [InlineData("在学习党的二十大精神的同时，回顾党的十九大精神。", "2023-04-10")]
    [InlineData("建设富强民主文明和谐的社会主义现代化国家。", "2016-05-01")]
    [InlineData("向以习近平同志为核心的党中央看齐，增强“四个意识”。", "2017-03-01")]
    public Task Wording_that_was_right_on_the_document_date_is_not_reported(string text, string date) => Verify.VerifyAsync(text, Dated(date));

    [Theory]
    [InlineData("统筹推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。")]
    [InlineData("深刻领悟“两个确立”的决定性意义，认真学习党的十九大精神。")]
    public Task Date_logic_is_skipped_when_the_date_is_unknown(string text) => Verify.VerifyAsync(text);

    [Fact]
    public Task Date_logic_can_be_switched_off() =>
        Verify.VerifyAsync("认真学习党的十九大精神。", o =>
        {
            o.Date = "2023-04-10";
            o.RuleOptions["RL2003"] = new() { ["checkDates"] = "false" };
        });
}
