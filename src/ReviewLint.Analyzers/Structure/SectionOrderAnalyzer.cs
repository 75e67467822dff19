using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analyzers.Structure;

/// <summary>RL1002: reports a required section that stands out of the genre's usual order (整改措施 before 存在问题).</summary>
public sealed class SectionOrderAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL1002", "section-order", "必备部分次序不当",
        "“{0}”部分位置不当：应放在“{1}”部分{2}（{3}的通常次序为{4}）。",
        DiagnosticCategory.Structure, DiagnosticSeverity.Warning,
        description: "必备部分都在，但先后次序与文种通常结构不符；只标出需要移动的部分。");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (GenreTemplate.Of(context) is not { } template || context.Syntax.Paragraphs.IsEmpty) return;
        string title = context.Syntax.GetText((context.Syntax.Title ?? context.Syntax.Paragraphs[0]).Span);
        var found = ReportOutline.Of(context.Document, template).Sections
            .Where(s => s.Role.IsRequiredFor(title))
            .ToList();
        var kept = LongestOrderedSubsequence(found);
        foreach (var misplaced in found.Where(s => !kept.Contains(s)))
        {
            var before = kept.Where(s => s.Role.Order < misplaced.Role.Order).MaxBy(s => s.Role.Order);
            var (neighbour, relation) = before is not null ? (before, "之后") : (kept.MinBy(s => s.Role.Order)!, "之前");
            context.Report(Rule, misplaced.HeadingSpan, null,
                misplaced.Role.Name, neighbour.Role.Name, relation, template.Name, template.DescribeOrder(title));
        }
    }

    /// <summary>The largest set of sections already in template order; among equals, the one keeping the earlier parts of the template.</summary>
    private static HashSet<OutlineSection> LongestOrderedSubsequence(List<OutlineSection> sections)
    {
        var best = new List<OutlineSection>();
        int bestOrderSum = int.MaxValue;
        for (int mask = 0; mask < 1 << sections.Count; mask++)
        {
            var subset = sections.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            bool ordered = subset.Zip(subset.Skip(1)).All(p => p.First.Role.Order <= p.Second.Role.Order);
            int orderSum = subset.Sum(s => s.Role.Order);
            if (ordered && (subset.Count > best.Count || subset.Count == best.Count && orderSum < bestOrderSum))
                (best, bestOrderSum) = (subset, orderSum);
        }
        return [.. best];
    }
}
