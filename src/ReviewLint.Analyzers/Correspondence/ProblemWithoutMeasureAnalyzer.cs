using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Structure;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>RL5001: reports each problem area under 存在问题 that no measure under 整改措施 (or 下一步打算) answers, by meaning rather than wording.</summary>
public sealed class ProblemWithoutMeasureAnalyzer : DiagnosticAnalyzer
{
    private const int MaxQuotedLength = 24;

    private static readonly string[] DefaultGenres = [nameof(ReportGenre.CollectiveReview), nameof(ReportGenre.PersonalReview), nameof(ReportGenre.DutyReport)];

    public static readonly DiagnosticDescriptor Rule = new(
        "RL5001", "problem-without-measure", "查摆的问题没有对应的整改措施",
        "问题{0}“{1}”在“{2}”中没有对应的措施：{3}。",
        DiagnosticCategory.Correspondence, DiagnosticSeverity.Warning,
        description: "逐一比对“存在问题”中的各方面问题与“整改措施”（述职报告为“下一步打算”）：按主题表和关键词比意思，不要求字面相同。");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var genres = context.Options.GetList(Rule.Id, "genres") is { Count: > 0 } configured ? configured : DefaultGenres;
        if (!genres.Contains(context.Facts.Genre.ToString(), StringComparer.OrdinalIgnoreCase)) return;
        if (GenreTemplate.For(context.Facts.Genre) is not { } template) return;
        var outline = ReportOutline.Build(context.Syntax, template);
        if (outline.Find("problems") is not { } problems) return;
        if ((outline.Find("measures") ?? outline.Find("next_plan")) is not { } measuresSection || measuresSection.HeadingParagraph == problems.HeadingParagraph) return;

        var areas = CorrespondenceReader.ReadProblemAreas(context.Syntax, outline, problems);
        var measures = CorrespondenceReader.ReadMeasures(context.Syntax, outline, measuresSection);
        if (areas.IsEmpty || measures.IsEmpty) return;
        var titles = CorrespondenceReader.DistinctTitles(context.Syntax, areas);
        var judge = new CoverageJudge(context.Text, context.Tokens, TopicLexicon.Default, areas, measures);
        for (int i = 0; i < areas.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var verdict = judge.Judge(areas[i], titles[i]);
            if (!verdict.IsUnanswered) continue;
            var area = areas[i];
            string shown = area.Label.Length > 0 ? context.Syntax.GetText(titles[i]) : context.Syntax.GetText(area.AnchorSpan);
            context.Report(Rule, area.AnchorSpan, null, area.Label, Shorten(shown), measuresSection.Title, Explain(verdict));
        }
    }

    private static string Explain(AreaVerdict verdict)
    {
        string missing = string.Join("、", verdict.Missing);
        if (verdict.ClosestMeasure is not { } closest)
            return missing.Length > 0 ? $"没有哪条措施涉及“{missing}”" : "没有哪条措施与之相关";
        string measure = $"措施{closest.Label}“{Shorten(closest.Title)}”";
        return missing.Length > 0 ? $"最接近的是{measure}，但未涉及“{missing}”" : $"最接近的是{measure}，但针对性不足";
    }

    private static string Shorten(string text) => text.Length <= MaxQuotedLength ? text : text[..MaxQuotedLength] + "……";
}
