using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001's two-character near miss at the head of a three-character HMM guess (医瞩|时 glued as 医瞩时), where the third
/// character is a common word of its own.</summary>
public class TwoCharacterGuessHeadTests
{
    [Theory]
    [InlineData("个别护士执行[|医瞩|]时核对不细。")]
    public async Task Reports_a_slip_glued_to_a_common_character_after_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("个别护士执行医嘱时核对不细。")]
    [InlineData("王某某同志发言时态度诚恳。")]
    public async Task Does_not_report_the_right_form_or_names(string text) => await Verifier.VerifyAsync(text);
}
