using ReviewLint.Analyzers.Wording;
using ReviewLint.Tokenization;
using ReviewLint.Tokenization.Native;
using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

/// <summary>RL2001 asks the dictionary of the tokenizer and the table of the options each document comes with, not those of whichever
/// document came first.</summary>
public class ConfusableWordAnalyzerScopeTests
{
    private const string SlipText = "深入挖崛红色资源。";

    [Fact]
    public async Task A_user_dictionary_that_makes_a_character_common_is_heeded_after_another_tokenizer_was_asked()
    {
        Assert.Single((await AnalyzeAsync(SlipText, JiebaTokenizer.Shared)).Diagnostics);
        // A private engine, so the shared dictionary of the other tests stays untouched: 崛 (80 in dict.txt) becomes a common character.
        var engine = new NativeEngine(directory: null);
        engine.AddWords([new UserDictionaryEntry("崛", 5000, null)]);
        Assert.Empty((await AnalyzeAsync(SlipText, new JiebaTokenizer(engine))).Diagnostics);
        Assert.Single((await AnalyzeAsync(SlipText, JiebaTokenizer.Shared)).Diagnostics);
    }

    [Fact]
    public async Task A_user_pair_whose_wrong_form_is_an_idiom_keeps_that_idiom_from_being_offered()
    {
        const string text = "整改工作不能半涂而废。";
        Assert.Equal("“半涂而废”疑为成语“半途而废”之误。", Assert.Single((await Verifier.AnalyzeAsync(text)).Diagnostics).Message);
        await Verifier.VerifyAsync(text, o => o.RuleOptions["RL2001"] = new() { ["extra"] = "半途而废=半涂而废" });
    }

    [Fact]
    public async Task An_ignored_pair_of_the_table_is_still_never_offered_as_an_idiom() =>
        await Verifier.VerifyAsync("乡村旅游搞得风生水起，群众收入稳步增长。", o => o.RuleOptions["RL2001"] = new() { ["ignore"] = "风声水起" });

    private static Task<DocumentResult> AnalyzeAsync(string text, ITokenizer tokenizer) =>
        new ReviewLinter([new ConfusableWordAnalyzer()], tokenizer, new ReviewLintOptions { MaxDegreeOfParallelism = 1 })
            .AnalyzeAsync(ReportDocument.FromText("测试材料.txt", text));
}
