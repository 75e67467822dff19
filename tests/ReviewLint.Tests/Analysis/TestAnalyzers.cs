using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Analysis;

/// <summary>Descriptors for engine tests (RL9xxx: never used by built-in rules).</summary>
internal static class TestRules
{
    public static readonly DiagnosticDescriptor Repeat = new("RL9001", "test-repeat", "测试：重复", "“{0}”重复。",
        DiagnosticCategory.Wording, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Second = new("RL9002", "test-second", "测试：第二条", "第二条规则。",
        DiagnosticCategory.Wording, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor OffByDefault = new("RL9003", "test-off-by-default", "测试：默认关闭", "默认关闭的规则。",
        DiagnosticCategory.Wording, DiagnosticSeverity.Warning, isEnabledByDefault: false);

    public static readonly DiagnosticDescriptor Batch = new("RL9004", "test-batch", "测试：批处理", "与 {0} 重复。",
        DiagnosticCategory.Repetition, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Undeclared = new("RL9009", "test-undeclared", "测试：未声明", "未声明的规则。",
        DiagnosticCategory.Wording, DiagnosticSeverity.Warning);
}

/// <summary>An analyzer assembled from a name, descriptors and an initializer.</summary>
internal sealed class DelegateAnalyzer(string name, ImmutableArray<DiagnosticDescriptor> descriptors, Action<AnalysisContext> initialize)
    : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => descriptors;
    public override void Initialize(AnalysisContext context) => initialize(context);
    public override string Name => name;

    /// <summary>Reports every occurrence of <paramref name="needle"/> with <paramref name="descriptor"/>.</summary>
    public static DelegateAnalyzer Finding(string needle, DiagnosticDescriptor? descriptor = null, string name = "FindingAnalyzer")
    {
        var rule = descriptor ?? TestRules.Repeat;
        return new DelegateAnalyzer(name, [rule], context => context.RegisterDocumentAction(document =>
        {
            foreach (var span in Occurrences(document.Text.Content, needle))
                document.Report(rule, span, null, needle);
        }));
    }

    public static DelegateAnalyzer OnDocument(string name, Action<DocumentAnalysisContext> action, params DiagnosticDescriptor[] descriptors) =>
        new(name, descriptors.Length == 0 ? [TestRules.Repeat] : [.. descriptors], context => context.RegisterDocumentAction(action));

    public static IEnumerable<TextSpan> Occurrences(string text, string needle)
    {
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal))
            yield return new TextSpan(i, needle.Length);
    }
}

/// <summary>One token per character (surrogate pairs kept whole); counts its calls and can advance a fake clock per call.</summary>
internal sealed class CharTokenizer(FakeTime? time = null, TimeSpan perCall = default) : ITokenizer
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public TokenList Tokenize(string text, int offset = 0)
    {
        Interlocked.Increment(ref _calls);
        time?.Advance(perCall);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        for (int i = 0; i < text.Length; i++)
        {
            int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            tokens.Add(new Token(text.Substring(i, length), new TextSpan(offset + i, length), TokenKind.Other));
            i += length - 1;
        }
        return new TokenList(tokens.ToImmutable());
    }

    public bool IsWord(string word) => false;
    public int GetFrequency(string word) => 0;
}

/// <summary>A clock that moves only when told to.</summary>
internal sealed class FakeTime : TimeProvider
{
    private long _now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    public override long GetTimestamp() => Interlocked.Read(ref _now);
    public void Advance(TimeSpan by) => Interlocked.Add(ref _now, by.Ticks);
}

/// <summary>Builds linters and documents for engine tests.</summary>
internal static class Lint
{
    public static ReviewLinter Create(ITokenizer? tokenizer = null, Action<ReviewLintOptions>? configure = null, TimeProvider? time = null,
        params DiagnosticAnalyzer[] analyzers)
    {
        var options = new ReviewLintOptions { MaxDegreeOfParallelism = 1 };
        configure?.Invoke(options);
        return new ReviewLinter(analyzers, tokenizer ?? new CharTokenizer(), options, null, time);
    }

    public static ReviewLinter Create(params DiagnosticAnalyzer[] analyzers) => Create(null, null, null, analyzers);

    public static ReportDocument Document(string text, string path = "材料.txt") => ReportDocument.FromText(path, text);

    public static Task<DocumentResult> AnalyzeAsync(this ReviewLinter linter, string text, string path = "材料.txt") =>
        linter.AnalyzeAsync(Document(text, path));
}

/// <summary>A tokenizer whose dictionary failed to load: every call to <see cref="Tokenize"/> throws.</summary>
internal sealed class FailingTokenizer : ITokenizer
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public TokenList Tokenize(string text, int offset = 0)
    {
        Interlocked.Increment(ref _calls);
        throw new TokenizerException("词典文件缺失");
    }

    public bool IsWord(string word) => false;
    public int GetFrequency(string word) => 0;
}
