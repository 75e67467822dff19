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
}
