using System.Collections.Immutable;
using ReviewLint.Diagnostics;
using ReviewLint.Fixing;
using ReviewLint.Text;

namespace ReviewLint.Tests.Fixing;

public class SafeFixesTests
{
    private static readonly DiagnosticDescriptor Rule = new("RL9201", "test-fix", "测试修复", "测试。", DiagnosticCategory.Wording, DiagnosticSeverity.Warning);
    private static readonly ReportDocument Document = ReportDocument.FromText("a.txt", "思想斗争还还不够，制度执行钢性不足。");

    private static Diagnostic With(Fix fix) => Diagnostic.Create(Rule, Location.Create(Document, fix.Changes[0].Span), fix);

    [Fact]
    public void Applies_safe_fixes_and_skips_unsafe_and_overlapping_ones()
    {
        var diagnostics = new[]
        {
            With(Fix.Replace(new TextSpan(13, 2), "刚性", isSafe: true)),
            With(Fix.Replace(new TextSpan(4, 2), "还", isSafe: true)),
            With(Fix.Replace(new TextSpan(5, 3), "X", isSafe: true)),
            With(Fix.Replace(new TextSpan(0, 2), "思考", isSafe: false)),
        };
        var (text, applied) = SafeFixes.Apply(Document.Text, diagnostics);
        Assert.Equal(2, applied);
        Assert.Equal("思想斗争还不够，制度执行刚性不足。", text.Content);
        Assert.False(SafeFixes.IsSafelyFixable(diagnostics[3]));
    }

    [Fact]
    public void A_fix_with_several_changes_is_applied_whole()
    {
        var fix = new Fix("两处", ImmutableArray.Create(new TextChange(new TextSpan(13, 1), "刚"), new TextChange(new TextSpan(0, 0), "“")), true);
        var (text, applied) = SafeFixes.Apply(Document.Text, [With(fix)]);
        Assert.Equal((1, "“思想斗争还还不够，制度执行刚性不足。"), (applied, text.Content));
    }

    [Fact]
    public void No_safe_fix_returns_the_same_text()
    {
        var (text, applied) = SafeFixes.Apply(Document.Text, []);
        Assert.Same(Document.Text, text);
        Assert.Equal(0, applied);
    }
}
