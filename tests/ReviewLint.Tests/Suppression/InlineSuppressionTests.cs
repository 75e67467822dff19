using ReviewLint.Suppression;
using ReviewLint.Tests.Analysis;
using ReviewLint.Text;

namespace ReviewLint.Tests.Suppression;

public class InlineSuppressionTests
{
    private static readonly ReviewLinter Linter = Lint.Create(DelegateAnalyzer.Finding("还还"), DelegateAnalyzer.Finding("钢性", TestRules.Second, "Second"));

    private static async Task<DocumentResult> AnalyzeAsync(string text) => await Linter.AnalyzeAsync(text);

    private static int[] Lines(string text, IEnumerable<ReviewLint.Diagnostics.Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => SourceText.From(text).GetLineNumber(d.Location.Span.Start) + 1)];

    [Fact]
    public async Task Disable_and_enable_bound_a_range()
    {
        const string text = "还还\n<!-- reviewlint-disable RL9001 -->\n还还\n还还\n<!-- reviewlint-enable RL9001 -->\n还还";
        var result = await AnalyzeAsync(text);
        Assert.Equal([1, 6], Lines(text, result.Diagnostics));
        Assert.Equal([3, 4], Lines(text, result.Suppressed.Select(s => s.Diagnostic)));
    }

    [Fact]
    public async Task Disable_without_enable_runs_to_the_end()
    {
        const string text = "还还\n<!-- reviewlint-disable RL9001 -->\n还还\n\n还还";
        var result = await AnalyzeAsync(text);
        Assert.Equal([1], Lines(text, result.Diagnostics));
    }

    [Fact]
    public async Task A_disable_only_covers_what_comes_after_it_on_its_line()
    {
        const string text = "还还<!-- reviewlint-disable RL9001 -->还还";
        var result = await AnalyzeAsync(text);
        Assert.Equal(0, Assert.Single(result.Diagnostics).Location.Span.Start);
    }

    [Fact]
    public async Task Disable_line_covers_its_own_line_before_and_after_the_comment()
    {
        const string text = "还还\n还还 <!-- reviewlint-disable-line RL9001 --> 还还\n还还";
        var result = await AnalyzeAsync(text);
        Assert.Equal([1, 3], Lines(text, result.Diagnostics));
        Assert.Equal(2, result.Suppressed.Length);
    }

    [Fact]
    public async Task Disable_next_line_covers_only_the_next_line()
    {
        const string text = "<!-- reviewlint-disable-next-line RL9001 -->\n还还\n还还";
        var result = await AnalyzeAsync(text);
        Assert.Equal([3], Lines(text, result.Diagnostics));
    }

    [Fact]
    public async Task Disable_next_line_counts_from_the_end_of_a_comment_spanning_lines()
    {
        const string text = "<!-- reviewlint-disable-next-line RL9001\n  -- 引用原话 -->\n还还\n还还";
        var result = await AnalyzeAsync(text);
        Assert.Equal([4], Lines(text, result.Diagnostics));
        Assert.Equal("引用原话", Assert.Single(result.Suppressed).Justification);
    }

    [Fact]
    public async Task Disable_file_anywhere_covers_the_whole_file()
    {
        const string text = "还还\n钢性\n还还\n<!-- reviewlint-disable-file -->";
        var result = await AnalyzeAsync(text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Suppressed.Length);
    }

    [Fact]
    public async Task Disable_file_with_an_id_covers_only_that_rule()
    {
        const string text = "<!-- reviewlint-disable-file RL9002 -->\n还还\n钢性";
        Assert.Equal(["RL9001"], (await AnalyzeAsync(text)).Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("test-repeat")]
    [InlineData("TEST-REPEAT")]
    [InlineData("rl9001")]
    public async Task Rules_are_named_by_id_or_kebab_name_in_any_case(string rule)
    {
        string text = $"<!-- reviewlint-disable-next-line {rule} -->\n还还钢性";
        Assert.Equal(["RL9002"], (await AnalyzeAsync(text)).Diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("RL9001 RL9002")]
    [InlineData("RL9001,RL9002")]
    [InlineData("RL9001, test-second")]
    [InlineData("RL9001，RL9002")]
    public async Task Several_rules_can_be_named(string rules)
    {
        string text = $"<!-- reviewlint-disable-next-line {rules} -->\n还还钢性\n还还钢性";
        var result = await AnalyzeAsync(text);
        Assert.Equal([3, 3], Lines(text, result.Diagnostics));
        Assert.Equal(2, result.Suppressed.Length);
    }

    [Fact]
    public async Task A_directive_without_rules_covers_every_rule()
    {
        const string text = "<!-- reviewlint-disable-next-line -->\n还还钢性\n还还";
        var result = await AnalyzeAsync(text);
        Assert.Equal([3], Lines(text, result.Diagnostics));
    }

    [Fact]
    public async Task Suppressed_diagnostics_keep_their_justification()
    {
        const string text = "<!-- reviewlint-disable-next-line RL9001 -- 引用原文，保留原样 -->\n还还";
        var suppressed = Assert.Single((await AnalyzeAsync(text)).Suppressed);
        Assert.Equal("引用原文，保留原样", suppressed.Justification);
        Assert.Equal("inline", suppressed.Kind);
        Assert.Equal("RL9001", suppressed.Diagnostic.Id);
    }

    [Fact]
    public async Task A_justification_without_rules_is_read_as_a_justification()
    {
        const string text = "还还 <!-- reviewlint-disable-line -- 原文如此 -->";
        var suppressed = Assert.Single((await AnalyzeAsync(text)).Suppressed);
        Assert.Equal("原文如此", suppressed.Justification);
    }

    [Fact]
    public async Task A_directive_for_another_rule_leaves_this_one_alone()
    {
        const string text = "<!-- reviewlint-disable-next-line RL9002 -->\n还还";
        var result = await AnalyzeAsync(text);
        Assert.Single(result.Diagnostics);
        Assert.Empty(result.Suppressed);
    }

    [Fact]
    public async Task Enabling_one_rule_inside_a_blanket_disable_reenables_only_that_rule()
    {
        const string text = "<!-- reviewlint-disable -->\n<!-- reviewlint-enable RL9002 -->\n还还钢性";
        Assert.Equal(["RL9002"], (await AnalyzeAsync(text)).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task Severity_is_applied_before_suppression_and_rules_that_are_off_are_not_listed_as_suppressed()
    {
        var linter = Lint.Create(null, o => o.Rules["RL9001"] = "off", null, DelegateAnalyzer.Finding("还还"));
        var result = await linter.AnalyzeAsync("<!-- reviewlint-disable-file -->\n还还");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Suppressed);
    }

    [Fact]
    public void Directives_are_parsed_with_kind_rules_justification_span_and_line()
    {
        const string content = "标题\n<!-- reviewlint-disable RL2001, confusable-word -- 理由 -->\n<!--reviewlint-enable-->\n<!-- reviewlint-disable-file -->";
        var directives = SuppressionMap.Create(SourceText.From(content)).Directives;
        Assert.Equal([SuppressionDirectiveKind.Disable, SuppressionDirectiveKind.Enable, SuppressionDirectiveKind.DisableFile], directives.Select(d => d.Kind));
        Assert.Equal(["RL2001", "confusable-word"], directives[0].Rules);
        Assert.Equal("理由", directives[0].Justification);
        Assert.Equal([1, 2, 3], directives.Select(d => d.Line));
        Assert.Equal("<!--reviewlint-enable-->", content.Substring(directives[1].Span.Start, directives[1].Span.Length));
        Assert.Empty(directives[1].Rules);
        Assert.Null(directives[1].Justification);
    }

    [Theory]
    [InlineData("<!-- reviewlint-disabled RL2001 -->")]
    [InlineData("<!-- eslint-disable -->")]
    [InlineData("reviewlint-disable RL2001")]
    [InlineData("<!-- reviewlint-disable-lines -->")]
    public void Text_that_is_not_a_directive_is_ignored(string text) =>
        Assert.Empty(SuppressionMap.Create(SourceText.From(text)).Directives);
}
