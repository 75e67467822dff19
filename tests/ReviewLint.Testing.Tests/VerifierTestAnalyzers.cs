using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Testing.Tests;

/// <summary>Descriptors of the verifier's test analyzers.</summary>
internal static class VerifierRules
{
    public static readonly DiagnosticDescriptor Doubled = new("RL9101", "test-doubled-character", "测试：叠字", "“{0}”重复，应删去一个。",
        DiagnosticCategory.Wording, DiagnosticSeverity.Warning, isFixable: true);

    public static readonly DiagnosticDescriptor Steel = new("RL9102", "test-steel", "测试：钢性", "“钢性”疑为“刚性”之误。",
        DiagnosticCategory.Wording, DiagnosticSeverity.Warning, isFixable: true);
}

/// <summary>Base for test analyzers that look at the whole document.</summary>
public abstract class DocumentAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [VerifierRules.Doubled, VerifierRules.Steel];
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);
    protected abstract void Analyze(DocumentAnalysisContext context);

    protected static IEnumerable<TextSpan> Find(string text, string needle)
    {
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
            yield return new TextSpan(i, needle.Length);
    }
}

/// <summary>Reports two identical adjacent one-character Han tokens (还还) with a safe fix, and 钢性 with a safe fix to 刚性.</summary>
public sealed class DoubledCharacterAnalyzer : DocumentAnalyzer
{
    protected override void Analyze(DocumentAnalysisContext context)
    {
        var tokens = context.Tokens;
        for (int i = 1; i < tokens.Count; i++)
            if (tokens[i].IsSingleHan && tokens[i - 1].IsSingleHan && tokens[i].Text == tokens[i - 1].Text)
            {
                var span = TextSpan.FromBounds(tokens[i - 1].Start, tokens[i].End);
                context.Report(VerifierRules.Doubled, span, Fix.Replace(span, tokens[i].Text, isSafe: true), context.Text.ToString(span));
            }
        foreach (var span in Find(context.Text.Content, "钢性"))
            context.Report(VerifierRules.Steel, span, Fix.Replace(span, "刚性", isSafe: true));
    }
}

/// <summary>Its safe fix for 钢性 writes 钢性钢性, so fixing never ends.</summary>
public sealed class NonConvergingAnalyzer : DocumentAnalyzer
{
    protected override void Analyze(DocumentAnalysisContext context)
    {
        foreach (var span in Find(context.Text.Content, "钢性"))
            context.Report(VerifierRules.Steel, span, Fix.Replace(span, "钢性钢性", isSafe: true));
    }
}

/// <summary>Offers only an unsafe fix, which the verifier must not apply.</summary>
public sealed class UnsafeFixAnalyzer : DocumentAnalyzer
{
    protected override void Analyze(DocumentAnalysisContext context)
    {
        foreach (var span in Find(context.Text.Content, "钢性"))
            context.Report(VerifierRules.Steel, span, Fix.Replace(span, "刚性", isSafe: false));
    }
}

/// <summary>Reports 钢性, and reports the engine's own RL0001 when it sees a directive: a file-level disable of its rules cannot silence that.</summary>
public sealed class EngineLevelReporter : DocumentAnalyzer
{
    protected override void Analyze(DocumentAnalysisContext context)
    {
        foreach (var span in Find(context.Text.Content, "钢性")) context.Report(VerifierRules.Steel, span);
        if (context.Text.Content.Contains("reviewlint-", StringComparison.Ordinal))
            context.Report(EngineDiagnostics.AnalyzerException, new TextSpan(0, 0), null, Name, "不该出现的引擎级诊断");
    }
}

/// <summary>Reports 钢性, but throws on any text that carries a directive comment.</summary>
public sealed class CrashesOnCommentsAnalyzer : DocumentAnalyzer
{
    protected override void Analyze(DocumentAnalysisContext context)
    {
        if (context.Text.Content.Contains("<!--", StringComparison.Ordinal)) throw new InvalidOperationException("看不懂注释");
        foreach (var span in Find(context.Text.Content, "钢性")) context.Report(VerifierRules.Steel, span);
    }
}

/// <summary>Reports the first half of every supplementary-plane character.</summary>
public sealed class SurrogateCuttingAnalyzer : DocumentAnalyzer
{
    protected override void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Text.Content;
        for (int i = 0; i + 1 < text.Length; i++)
            if (char.IsSurrogatePair(text[i], text[i + 1])) context.Report(VerifierRules.Steel, new TextSpan(i, 1));
    }
}

/// <summary>Always throws.</summary>
public sealed class ThrowingAnalyzer : DocumentAnalyzer
{
    protected override void Analyze(DocumentAnalysisContext context) => throw new NotImplementedException("尚未实现");
}
