using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001's near misses of four-character fixed phrases that jieba does not tag as idioms (rules/data/jieba-phrases.txt).</summary>
public class PhraseNearMissTests
{
    [Theory]
    [InlineData("干部要[|实实再在|]干事创业。")]
    [InlineData("要把问题讲得[|清清处楚|]。")]
    [InlineData("两项工作[|相得益章|]。")]
    [InlineData("乡村处处[|生机昂然|]。")]
    [InlineData("切实做好[|社会保显|]工作。")]
    [InlineData("这些都是[|工作人原|]的职责。")]
    public async Task Reports_fixed_phrases_written_with_one_same_or_fuzzy_sound_character(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("干部要实实在在干事创业。")]
    [InlineData("要把问题讲得清清楚楚。")]
    [InlineData("两项工作相得益彰。")]
    [InlineData("乡村处处生机盎然。")]
    [InlineData("切实做好社会保险工作。")]
    [InlineData("这些都是工作人员的职责。")]
    [InlineData("转变工作作风，提高工作效率。")]
    [InlineData("健全社会保障体系。")]
    [InlineData("加强管理工具的研发。")]
    [InlineData("查明人员原因和设备原因。")]
    public async Task Does_not_report_the_right_forms_or_two_words_side_by_side(string text) => await Verifier.VerifyAsync(text);
}
