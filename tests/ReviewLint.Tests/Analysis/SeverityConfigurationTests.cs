using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Tests.Analysis;

public class SeverityConfigurationTests
{
    private const string Text = "思想斗争还还不够经常。";

    private static Task<DocumentResult> AnalyzeAsync(Action<ReviewLintOptions> configure, params ReviewLint.Analysis.DiagnosticAnalyzer[] analyzers) =>
        Lint.Create(null, configure, null, analyzers).AnalyzeAsync(Text);

    [Theory]
    [InlineData("RL9001")]
    [InlineData("rl9001")]
    [InlineData("test-repeat")]
    public async Task Severity_is_configured_by_id_or_name(string key)
    {
        var result = await AnalyzeAsync(o => o.Rules[key] = "error", DelegateAnalyzer.Finding("还还"));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics).Severity);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("none")]
    [InlineData("OFF")]
    public async Task Off_drops_the_rule(string value)
    {
        var result = await AnalyzeAsync(o => o.Rules["RL9001"] = value, DelegateAnalyzer.Finding("还还"));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Suppressed);
    }

    [Fact]
    public async Task Without_configuration_the_descriptor_default_applies()
    {
        var result = await AnalyzeAsync(_ => { }, DelegateAnalyzer.Finding("还还"), DelegateAnalyzer.Finding("斗争", TestRules.Second, "Second"));
        Assert.Equal([DiagnosticSeverity.Info, DiagnosticSeverity.Warning], result.Diagnostics.Select(d => d.Severity));
    }

    [Fact]
    public async Task A_configured_severity_overrides_the_one_the_analyzer_chose()
    {
        var analyzer = DelegateAnalyzer.OnDocument("Escalating", context =>
        {
            var diagnostic = Diagnostic.Create(TestRules.Repeat, Location.Create(context.Document, new TextSpan(4, 2)), null, "还还");
            context.ReportDiagnostic(diagnostic with { Severity = DiagnosticSeverity.Error });
        });
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single((await AnalyzeAsync(_ => { }, analyzer)).Diagnostics).Severity);
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single((await AnalyzeAsync(o => o.Rules["RL9001"] = "info", analyzer)).Diagnostics).Severity);
    }

    [Fact]
    public async Task A_rule_off_by_default_runs_only_when_configured()
    {
        var analyzer = DelegateAnalyzer.Finding("还还", TestRules.OffByDefault);
        Assert.Empty((await AnalyzeAsync(_ => { }, analyzer)).Diagnostics);
        var enabled = await AnalyzeAsync(o => o.Rules["test-off-by-default"] = "warning", analyzer);
        Assert.Equal("RL9003", Assert.Single(enabled.Diagnostics).Id);
    }

    [Fact]
    public async Task An_analyzer_whose_rules_are_all_off_does_not_run()
    {
        int runs = 0;
        var analyzer = DelegateAnalyzer.OnDocument("Counted", _ => Interlocked.Increment(ref runs), TestRules.Repeat, TestRules.Second);
        await AnalyzeAsync(o => { o.Rules["RL9001"] = "off"; o.Rules["RL9002"] = "off"; }, analyzer);
        Assert.Equal(0, runs);
        await AnalyzeAsync(o => o.Rules["RL9001"] = "off", analyzer);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Only_the_rule_that_is_off_is_dropped_from_an_analyzer_with_two_rules()
    {
        var analyzer = DelegateAnalyzer.OnDocument("TwoRules", context =>
        {
            context.Report(TestRules.Repeat, new TextSpan(4, 2), null, "还还");
            context.Report(TestRules.Second, new TextSpan(0, 2));
        }, TestRules.Repeat, TestRules.Second);
        var result = await AnalyzeAsync(o => o.Rules["test-second"] = "off", analyzer);
        Assert.Equal("RL9001", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("RL8888", "warning", "rules.RL8888")]
    [InlineData("no-such-rule", "warning", "rules.no-such-rule")]
    [InlineData("RL9001", "fatal", "rules.RL9001")]
    public void Bad_rule_configuration_fails_when_the_linter_is_built(string key, string value, string expectedKey)
    {
        var error = Assert.Throws<ConfigurationException>(() => Lint.Create(null, o => o.Rules[key] = value, null, DelegateAnalyzer.Finding("还还")));
        Assert.Equal(expectedKey, error.Key);
        Assert.Contains(expectedKey, error.Message);
    }

    [Fact]
    public async Task Rule_options_reach_the_analyzer_by_id_or_name()
    {
        string? seen = null;
        int number = 0;
        IReadOnlyList<string> list = [];
        var analyzer = DelegateAnalyzer.OnDocument("Optioned", context =>
        {
            seen = context.Options.Get("RL9001", "Word");
            number = context.Options.GetInt("RL9001", "max", 7);
            list = context.Options.GetList("RL9001", "extra");
        });
        await AnalyzeAsync(o => o.RuleOptions["test-repeat"] = new() { ["word"] = "还还", ["MAX"] = "12", ["extra"] = "全镇、全乡, 全村" }, analyzer);
        Assert.Equal("还还", seen);
        Assert.Equal(12, number);
        Assert.Equal(["全镇", "全乡", "全村"], list);
    }

    [Fact]
    public async Task Typed_rule_options_read_numbers_and_booleans_and_fall_back_to_defaults()
    {
        (int, double, bool, int)? seen = null;
        var analyzer = DelegateAnalyzer.OnDocument("Typed", context => seen = (
            context.Options.GetInt("RL9001", "max", 1), context.Options.GetDouble("RL9001", "ratio", 0.1),
            context.Options.GetBool("RL9001", "strict", false), context.Options.GetInt("RL9001", "absent", 9)));
        await AnalyzeAsync(o => o.RuleOptions["RL9001"] = new() { ["max"] = "40", ["ratio"] = "0.75", ["strict"] = "true" }, analyzer);
        Assert.Equal((40, 0.75, true, 9), seen);
    }

    [Fact]
    public async Task A_rule_option_of_the_wrong_type_names_the_option_in_the_crash_report()
    {
        var analyzer = DelegateAnalyzer.OnDocument("Typed", context => context.Options.GetInt("RL9001", "max", 1));
        var result = await AnalyzeAsync(o => o.RuleOptions["RL9001"] = new() { ["max"] = "很多" }, analyzer);
        var crash = Assert.Single(result.Diagnostics);
        Assert.Contains("ruleOptions.RL9001.max", crash.Message);
        Assert.Contains("不是整数", crash.Message);
    }
}
