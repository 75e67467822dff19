using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analyzers.Repetition;

/// <summary>RL3001: a character or word typed twice by accident (还还, 我们们, 工作作作风, 我们我们), told apart from
/// reduplication (常常, 实实在在), doubles across a word boundary (学习习近平, 工作作风) and place names (古镇镇).</summary>
public sealed class RepeatedCharacterAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        id: "RL3001",
        name: "repeated-character",
        title: "重复字词",
        messageFormat: "“{0}”疑为多打了{1}“{2}”，应为“{3}”。",
        category: DiagnosticCategory.Repetition,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: "查找误重复输入的字或词（还还、我们们、我们我们），不报合法叠词、跨词叠字和含叠字的地名；修复为删去多余的字。",
        isFixable: true);

    /// <summary>Option: extra legitimate words or contexts containing a doubled character (list).</summary>
    public const string AllowOption = "allow";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(Analyze);

    private static void Analyze(ParagraphAnalysisContext context)
    {
        var lexicon = Lexicons.GetValue(context.Options, LexiconFor);
        var finder = new RepetitionFinder(context.Text, context.Tokens, context.Tokenizer, lexicon);
        var found = new List<RepetitionFinding>();
        finder.AddCharacterRuns(found);
        finder.AddDoubledWords(found);
        var stretches = new List<RepetitionFinding>();
        finder.AddDoubledStretches(found, stretches);
        if (found.Count == 0 && stretches.Count == 0) return;
        foreach (var finding in found.Concat(stretches).OrderBy(f => f.Span.Start))
        {
            var fix = Fix.Replace(finding.Span, finding.Replacement, finding.IsFixSafe, $"删去重复的“{finding.Unit}”");
            context.Report(Rule, finding.Span, fix, context.Text.Substring(finding.Span.Start, finding.Span.Length),
                HowMany(finding.ExtraCopies, finding.Unit.Length > 1), finding.Unit, finding.Replacement);
        }
    }

    /// <summary>Lexicons with a document's allow option applied, built once per options rather than once per paragraph.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Configuration.RuleOptions, ReduplicationLexicon> Lexicons = new();

    private static ReduplicationLexicon LexiconFor(Configuration.RuleOptions options)
    {
        var allowed = options.GetList(Rule.Id, AllowOption);
        return allowed.Count == 0 ? ReduplicationLexicon.Default : ReduplicationLexicon.Default.With(allowed);
    }

    /// <summary>一个/两个/3个 extra characters, 一遍/两遍 extra words.</summary>
    private static string HowMany(int copies, bool isWord) =>
        (copies switch { 1 => "一", 2 => "两", _ => copies.ToString(System.Globalization.CultureInfo.InvariantCulture) }) + (isWord ? "遍" : "个");
}
