using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analyzers.Structure;

/// <summary>RL1001: reports each section the report's genre requires but the report lacks (存在问题, 原因剖析, 整改措施, 下一步打算 …).</summary>
public sealed class MissingSectionAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL1001", "missing-section", "缺少文种必备的部分",
        "缺少“{0}”部分：{1}应包括这一部分，可用标题如{2}。",
        DiagnosticCategory.Structure, DiagnosticSeverity.Warning,
        description: "按文种模板（rules/data/templates/）检查必备部分是否齐全；文种未知时不检查。");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (GenreTemplate.Of(context) is not { } template || context.Syntax.Paragraphs.IsEmpty) return;
        var outline = ReportOutline.Of(context.Document, template);
        var titleParagraph = context.Syntax.Title ?? context.Syntax.Paragraphs[0];
        string title = context.Syntax.GetText(titleParagraph.Span);
        var alsoRequired = context.Options.GetList(Rule.Id, "require");
        var notRequired = context.Options.GetList(Rule.Id, "optional");
        foreach (var role in template.Sections)
        {
            bool required = (role.IsRequiredFor(title) || Names(role, alsoRequired)) && !Names(role, notRequired);
            if (!required || outline.IsPresent(role)) continue;
            string headings = string.Concat(role.Headings.Select(h => $"“{h}”"));
            context.Report(Rule, titleParagraph.Span, null, role.Name, template.Name, headings);
        }
    }

    private static bool Names(SectionRole role, IReadOnlyList<string> keys) =>
        keys.Contains(role.Key, StringComparer.OrdinalIgnoreCase) || keys.Contains(role.Name, StringComparer.Ordinal);
}
