using ReviewLint.Analyzers.Wording;
using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001's near misses of four-character phrases of the report register (rules/data/report-phrases.txt), with the guards
/// against prepositions and level characters (向镇党委, 乡直机关), and the list's own consistency.</summary>
public class ReportPhraseNearMissTests
{
    [Theory]
    [InlineData("有的专题学习[|留于形式|]，效果不明显。")]
    [InlineData("引导教师做到[|知行和一|]。")]
    [InlineData("发扬[|功坚克难|]的精神。")]
    [InlineData("做大做强[|特色铲业|]，带动群众增收。")]
    public async Task Reports_report_phrases_written_with_one_same_sound_character(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("有的专题学习流于形式，效果不明显。")]
    [InlineData("引导教师做到知行合一，发扬攻坚克难的精神。")]
    [InlineData("村党支部及时向镇党委报告。")]
    [InlineData("选派乡直机关年轻干部到村任职。")]
    [InlineData("关闭了污染严重的15种小企业。")]
    public async Task Does_not_report_the_right_forms_prepositions_or_levels(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public void The_list_holds_four_han_characters_a_line_and_no_wrong_form_of_the_table()
    {
        var wrongForms = RuleDataFile("confusables.tsv").Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t')[0]).ToHashSet();
        var phrases = RuleDataFile("report-phrases.txt").Where(line => line.Length > 0 && line[0] != '#').ToList();
        Assert.NotEmpty(phrases);
        Assert.All(phrases, phrase => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{4}$", phrase));
        Assert.DoesNotContain(phrases, wrongForms.Contains);
    }

    private static string[] RuleDataFile(string name) => File.ReadAllLines(RepositoryRoot.Combine("rules", "data", name));
}
