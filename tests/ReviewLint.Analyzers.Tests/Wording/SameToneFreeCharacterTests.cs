using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001's same-tone tier with a free written character: jieba glued it to a bound character that stays, and a character of
/// its syllable and tone makes a common word (贯撤 → 贯彻); statistical terms and correct forms are left alone.</summary>
public class SameToneFreeCharacterTests
{
    [Theory]
    [InlineData("班子成员[|贯撤|]民主集中制不够严格。")]
    [InlineData("开展第五次全国经济[|普察|]，确保对象不重不漏。")]
    public async Task Reports_a_free_character_glued_to_a_bound_one(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("班子坚决贯彻落实中央八项规定精神。")]
    [InlineData("开展第五次全国经济普查，确保对象不重不漏。")]
    [InlineData("全县限额以上批零住餐企业达到21家。")]
    public async Task Does_not_report_correct_forms_or_statistical_terms(string text) => await Verifier.VerifyAsync(text);
}
