using System.Text.RegularExpressions;
using ReviewLint.Analyzers.Wording;

namespace ReviewLint.Analyzers.Tests.Wording;

public class RegexRequiredLiteralTests
{
    [Theory]
    [InlineData("三会一科", "三会一科")]
    [InlineData("十八大(?:和十八届(?:[一二三四五六七]中|历次)全会)?精神", "十八大")]
    [InlineData("习近平(?!新时代中国特色社会主义思想)(?:新时代)?社会主义思想", "习近平")]
    [InlineData("(?<!庆祝|纪念)中国共产党成立(?:100|一百)周年大会", "中国共产党成立")]
    [InlineData("(?<=[（(]\\))两学一做", "两学一做")]
    [InlineData("两学一做?", "两学一")]
    [InlineData("两学{1,2}一做", "两")]
    public void The_literal_is_the_plain_run_the_pattern_starts_with(string pattern, string literal)
    {
        Assert.Equal(literal, RegexRequiredLiteral.Of(pattern));
        Assert.Contains(literal, Regex.Match(SampleFor(pattern), pattern).Value);
    }

    [Theory]
    [InlineData("三会一科|两学一作")]
    [InlineData("十八大精神|(?:十九大)")]
    [InlineData("[三两]会")]
    [InlineData("^三会一课")]
    [InlineData("(?:三会)一课")]
    [InlineData("\\d+周年")]
    [InlineData(".会一课")]
    [InlineData("三?会")]
    [InlineData("(?<!庆祝)?中国")]
    [InlineData("(?=中国)中国共产党")]
    [InlineData("(?<!庆祝")]
    public void Patterns_that_do_not_start_with_a_required_run_have_none(string pattern)
    {
        Assert.Null(RegexRequiredLiteral.Of(pattern));
    }

    private static string SampleFor(string pattern) => pattern switch
    {
        _ when pattern.StartsWith("十八大", StringComparison.Ordinal) => "学习十八大精神",
        _ when pattern.StartsWith("习近平", StringComparison.Ordinal) => "习近平社会主义思想",
        _ when pattern.Contains("中国共产党成立", StringComparison.Ordinal) => "中国共产党成立100周年大会",
        _ when pattern.StartsWith("(?<=", StringComparison.Ordinal) => "（)两学一做",
        _ when pattern.Contains('{', StringComparison.Ordinal) => "两学学一做",
        _ when pattern.EndsWith('?') => "两学一",
        _ => pattern,
    };
}
