using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.DeDiDeAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2002 complements written with 地 or 的 and attributes written with 得 that a verb, a glued degree phrase or a
/// noun phrase shows, with the look-alike correct uses beside them.</summary>
public class DeDiDeComplementAndAttributeTests
{
    [Theory]
    [InlineData("全镇秸秆禁烧工作开展[|地|]有声有色，群众满意度提高。")]
    [InlineData("污水管网改造推进[|地|]比较顺利，已完成年度任务。")]
    [InlineData("今年乡村道路工程进展[|地|]顺利，年底可以通车。")]
    [InlineData("他把政策讲[|地|]很透，群众一听就懂。")]
    public async Task Reports_di_before_a_complement_closing_the_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("我们扎实地推进乡村道路建设。")]
    [InlineData("他在工作地附近租了房子。")]
    [InlineData("各村因地制宜地发展特色产业。")]
    [InlineData("新建高标准农田，整治撂荒地。")]
    public async Task Does_not_report_adverbial_di_or_noun_di(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("今年项目推进[|的|]比较顺利，群众获得感增强。")]
    [InlineData("二是贷后管理[|的|]还不够精细，风险识别滞后。")]
    [InlineData("整改任务落实[|的|]还不够有力。")]
    public async Task Reports_de_before_a_glued_or_graded_degree_phrase(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("项目推进得比较顺利，群众获得感增强。")]
    [InlineData("推进的比较顺利的是道路工程。")]
    [InlineData("这是我们管理的还不多的领域。")]
    public async Task Does_not_report_correct_complements_or_noun_phrases_before_degree_words(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("窗口服务流程繁琐，影响了患者[|得|]就医体验。")]
    [InlineData("街道党建工作取得了群众[|得|]广泛认可。")]
    [InlineData("全局形成了比学赶超[|得|]良好氛围。")]
    [InlineData("对基层群众反映[|地|]供水、灌溉问题回应不及时。")]
    public async Task Reports_de_before_a_noun_phrase(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("要让群众得实惠、得好处。")]
    [InlineData("大家干得热火朝天。")]
    [InlineData("这项工作得到了群众的广泛认可。")]
    [InlineData("干部职工昼夜值守，科学地调度水库泄洪。")]
    [InlineData("班子成员满足于记笔记、交心得，遇到难题绕着走。")]
    [InlineData("展厅装修得富丽堂皇，服务却跟不上。")]
    [InlineData("建立关爱台账，家家户户的诉求做到件件有回应。")]
    public async Task Does_not_report_de_as_a_verb_or_before_a_complement(string text) => await Verifier.VerifyAsync(text);
}
