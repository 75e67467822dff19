using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Structure;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>RL5001: reports each problem area under 存在问题 that no measure under 整改措施 (or 下一步打算) answers, by meaning rather than
/// wording (see <see cref="CoverageJudge"/>). When problems and measures are listed in parallel (counts differ by at most one), the measure
/// in the same position needs less to answer (<see cref="CoverageJudge.Supports"/>), unless it is already the closest answer of another area.</summary>
public sealed class ProblemWithoutMeasureAnalyzer : DiagnosticAnalyzer
{
    private const int MaxQuotedLength = 24;

    private static readonly string[] DefaultGenres = [nameof(ReportGenre.CollectiveReview), nameof(ReportGenre.PersonalReview), nameof(ReportGenre.DutyReport)];

    public static readonly DiagnosticDescriptor Rule = new(
        "RL5001", "problem-without-measure", "查摆的问题没有对应的整改措施",
        "问题{0}“{1}”在“{2}”中没有对应的措施：{3}。",
        DiagnosticCategory.Correspondence, DiagnosticSeverity.Warning,
        description: "逐一比对“存在问题”中的各方面问题与“整改措施”（述职报告为“下一步打算”）：以问题的首句比每条措施，共有的词按具体程度加权，宽泛词不能单独构成回应；主题表管同义说法，不要求字面相同。");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var genres = context.Options.GetList(Rule.Id, "genres") is { Count: > 0 } configured ? configured : DefaultGenres;
        if (!genres.Contains(context.Facts.Genre.ToString(), StringComparer.OrdinalIgnoreCase)) return;
        if (GenreTemplate.Of(context) is not { } template) return;
        var outline = ReportOutline.Of(context.Document, template);
        if (outline.Find("problems") is not { } problems) return;
        if ((outline.Find("measures") ?? outline.Find("next_plan")) is not { } measuresSection || measuresSection.HeadingParagraph == problems.HeadingParagraph) return;

        var areas = CorrespondenceReader.ReadProblemAreas(context.Syntax, outline, problems);
        var measures = CorrespondenceReader.ReadMeasures(context.Syntax, outline, measuresSection);
        if (areas.IsEmpty || measures.IsEmpty) return;
        var titles = CorrespondenceReader.DistinctTitles(context.Syntax, areas);
        var judge = new CoverageJudge(context.Text, context.Tokens, context.Tokenizer, TopicLexicon.Default, areas, measures);
        var verdicts = areas.Select((area, i) => judge.Judge(area, titles[i])).ToList();
        var claimed = verdicts.Where(v => !v.IsUnanswered && v.ClosestMeasure is not null).Select(v => v.ClosestMeasure!).ToHashSet();
        bool parallel = Math.Abs(areas.Length - measures.Length) <= 1;
        for (int i = 0; i < areas.Length; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var (area, verdict) = (areas[i], verdicts[i]);
            if (!verdict.IsUnanswered) continue;
            if (parallel && i < measures.Length && !claimed.Contains(measures[i]) && judge.Supports(area, titles[i], measures[i])) continue;
            string shown = area.Label.Length > 0 ? context.Syntax.GetText(titles[i]) : context.Syntax.GetText(area.AnchorSpan);
            context.Report(Rule, area.AnchorSpan, null, Label(area.Label), Shorten(shown), measuresSection.Title, Explain(verdict));
        }
    }

    /// <summary>Names the closest measure, what it has in common with the area (when anything) and what it leaves out.</summary>
    private static string Explain(AreaVerdict verdict)
    {
        string missing = string.Join("、", verdict.Missing);
        if (verdict.ClosestMeasure is not { } closest)
            return missing.Length > 0 ? $"没有哪条措施涉及“{missing}”" : "没有哪条措施与之相关";
        string measure = $"措施{Label(closest.Label)}“{Shorten(closest.Title)}”";
        string shared = verdict.Shared.Count > 0 ? $"，二者只共有“{string.Join("、", verdict.Shared)}”" : "";
        return missing.Length > 0 ? $"最接近的是{measure}{shared}，但未涉及“{missing}”" : $"最接近的是{measure}{shared}，但针对性不足";
    }

    /// <summary><c>（三）</c> stays as it is; <c>一、</c> and <c>2.</c> lose their trailing punctuation.</summary>
    private static string Label(string marker) => marker.TrimEnd('、', '.', '．', ' ');

    private static string Shorten(string text) => text.Length <= MaxQuotedLength ? text : text[..MaxQuotedLength] + "……";
}
