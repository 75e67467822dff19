using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Structure;

/// <summary>RL1004: a heading written unlike its siblings — a different ending mark, run-in among stand-alone headings (or the
/// reverse), or a shared closing word stretched or cut short (“……方面存在的问题” among “……方面”). One diagnostic on the odd one out.</summary>
public sealed class HeadingStyleAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL1004",
        "heading-style",
        "同级标题不平行",
        "同级标题不平行：其余同级标题{0}；本标题{1}。",
        DiagnosticCategory.Structure,
        DiagnosticSeverity.Warning,
        description: "同一层级的并列标题应格式一致：都单独成段或都与正文同段，末尾标点一致，共用的结尾词（如“方面”）一致。");

    private const int MinSiblings = 3;
    private const int MinSharedEnding = 2;
    private const int MaxStretch = 8;

    /// <summary>How a heading is laid out: run in with body text, or standing alone and ending with a given mark (or none).</summary>
    private readonly record struct Form(bool RunIn, char End)
    {
        /// <summary>Describes this form against another: the layout when that differs, otherwise the ending mark.</summary>
        public string DescribeAgainst(Form other) =>
            RunIn != other.RunIn ? (RunIn ? "与正文同段（标题后接正文）" : "单独成段")
            : End == '\0' ? "末尾无标点" : $"末尾有“{End}”";
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(AnalyzeDocument);

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        foreach (var (_, siblings) in HeadingGroups.All(context.Syntax))
        {
            if (siblings.Count < MinSiblings) continue;
            var headings = siblings.Select(s => s.Heading).ToList();
            var forms = headings.Select(h => FormOf(context, h)).ToList();
            var majorityForm = Majority(forms);
            var endings = SharedEndingsWithoutEach(headings.Select(h => h.Title).ToList());
            for (int i = 0; i < headings.Count; i++)
            {
                var majority = new List<string>();
                var own = new List<string>();
                if (majorityForm is { } form && forms[i] != form)
                {
                    majority.Add(form.DescribeAgainst(forms[i]));
                    own.Add(forms[i].DescribeAgainst(form));
                }
                if (EndingDeviation(headings[i].Title, endings[i]) is var (shared, actual))
                {
                    majority.Insert(0, $"以“{shared}”结尾");
                    own.Insert(0, $"以“{actual}”结尾");
                }
                if (majority.Count > 0)
                    context.Report(Rule, headings[i].TitleSpan.IsEmpty ? headings[i].Span : headings[i].TitleSpan, null,
                        string.Join("，", majority), string.Join("，", own));
            }
        }
    }

    private static Form FormOf(DocumentAnalysisContext context, Heading heading)
    {
        if (heading.IsRunIn) return new Form(true, '\0');
        char last = context.Text[heading.Span.End - 1];
        return new Form(false, last is '。' or '：' or '；' or '，' or '.' or ':' or ';' or ',' or '！' or '？' ? last : '\0');
    }

    /// <summary>The form most siblings share, when it is at least twice as common as all the others together.</summary>
    private static Form? Majority(List<Form> forms)
    {
        var top = forms.GroupBy(f => f).OrderByDescending(g => g.Count()).First();
        int others = forms.Count - top.Count();
        return others > 0 && top.Count() >= 2 * others ? top.Key : null;
    }

    /// <summary>When every other sibling ends with the same words and this one stretches them (“方面存在的问题”) or cuts them short.</summary>
    private static (string Shared, string Actual)? EndingDeviation(string title, string shared)
    {
        if (shared.Length < MinSharedEnding || title.EndsWith(shared, StringComparison.Ordinal)) return null;
        int at = title.LastIndexOf(shared, StringComparison.Ordinal);
        if (at >= 0 && title.Length - at - shared.Length <= MaxStretch) return (shared, title[at..]);
        for (int length = shared.Length - 1; length >= MinSharedEnding; length--)
            if (title.EndsWith(shared[..length], StringComparison.Ordinal)) return (shared, shared[..length]);
        return null;
    }

    /// <summary>For each title, the ending all the other titles share; linear in the number of siblings.</summary>
    private static string[] SharedEndingsWithoutEach(List<string> titles)
    {
        int n = titles.Count;
        var before = new string?[n + 1];
        var after = new string?[n + 1];
        for (int k = 0; k < n; k++) before[k + 1] = CommonSuffix(before[k], titles[k]);
        for (int k = n - 1; k >= 0; k--) after[k] = CommonSuffix(after[k + 1], titles[k]);
        return Enumerable.Range(0, n).Select(k => CommonSuffix(before[k], after[k + 1]) ?? "").ToArray();
    }

    /// <summary>The common ending of two strings, where null stands for “no string yet” (the identity).</summary>
    private static string? CommonSuffix(string? a, string? b)
    {
        if (a is null || b is null) return a ?? b;
        int length = 0;
        while (length < a.Length && length < b.Length && a[^(length + 1)] == b[^(length + 1)]) length++;
        return a[^length..];
    }
}
