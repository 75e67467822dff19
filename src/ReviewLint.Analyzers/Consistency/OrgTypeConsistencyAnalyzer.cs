using ReviewLint.Analyzers.Lexicon;
using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>RL2005: a 党支部 document speaking of its own 党委书记/中心组/民主生活会, or a 党委 document of its own 支委会 — text copied from another kind of organisation.</summary>
public sealed class OrgTypeConsistencyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL2005", "org-type-consistency", "组织类型用语不一致",
        "本材料是{0}的材料，却出现“{1}”（{2}），疑从其他类型组织的材料照搬；{3}。", DiagnosticCategory.Consistency, DiagnosticSeverity.Warning,
        description: "党支部材料把党委书记、理论学习中心组、党组、民主生活会当作本组织的，或党委（党组）材料把支委会、本支部当作本组织的："
            + "多半是从其他类型组织的材料抄来。提到上级、下级组织（镇党委书记、县委理论学习中心组、各支部）不报。");

    private const string IgnoreOption = "ignore";

    /// <summary>Areas whose 领导班子 is led by a 党委 (党工委); a 班子 of a village, school or department (where 村两委 is also read) may be a branch's.</summary>
    private static readonly ImmutableHashSet<UnitType> CommitteeLevelUnits =
    [
        UnitType.Province, UnitType.AutonomousRegion, UnitType.Municipality, UnitType.City, UnitType.League, UnitType.Prefecture,
        UnitType.AutonomousPrefecture, UnitType.County, UnitType.District, UnitType.Banner, UnitType.Town, UnitType.Township,
        UnitType.Sumu, UnitType.Subdistrict,
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    // A personal document's author belongs to a branch and often also to a committee (双重组织生活), and its organisation is
    // inferred from incidental words of the opening, so it is only checked when the organisation is configured.

    /// <summary>Which side a document's author is on, or null when the organisation is unknown or could be either.</summary>
    internal static OrgSide? SideOf(DocumentFacts facts) => facts.Organization switch
    {
        OrganizationType.Branch or OrganizationType.GeneralBranch => OrgSide.Branch,
        OrganizationType.Committee or OrganizationType.LeadingGroup => OrgSide.Committee,
        OrganizationType.LeadershipTeam when CommitteeLevelUnits.Contains(facts.UnitType) => OrgSide.Committee,
        _ => null,
    };

    private static void Analyze(DocumentAnalysisContext context)
    {
        bool organizationConfigured = context.Document.FactsOverride?.Organization is not null;
        if (context.Facts.Voice == ReportVoice.Personal && !organizationConfigured) return;
        if (SideOf(context.Facts) is not { } side) return;
        var vocabulary = OrgTypeVocabulary.Shared;
        var ignored = context.Options.GetList(Rule.Id, IgnoreOption).ToHashSet(StringComparer.Ordinal);
        string text = context.Text.Content;
        var boundaries = new TokenBoundaries(text, context.Tokens);
        string organization = OrganizationName(context.Facts.Organization);
        foreach (var paragraph in context.Syntax.Paragraphs)
        {
            if (paragraph.Kind is ParagraphKind.Title or ParagraphKind.Header) continue;
            var taken = new List<TextSpan>();
            foreach (var term in vocabulary.Terms)
            {
                if (term.FlaggedIn != side || ignored.Contains(term.Term) || !text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Contains(term.Term, StringComparison.Ordinal)) continue;
                foreach (int start in Occurrences(text, term.Term, paragraph.Span))
                {
                    var span = new TextSpan(start, term.Term.Length);
                    if (taken.Any(t => t.OverlapsWith(span)) || !boundaries.IsWordAt(span.Start, span.End)) continue;
                    taken.Add(span);
                    if (IsOwn(vocabulary, term, side, text, paragraph.Span, span))
                        context.Report(Rule, span, null, organization, term.Term, term.What, term.Expected);
                }
            }
        }
    }

    /// <summary>True when the mention reads as the author's own body: not quoted, not qualified by another unit, not about superiors or subordinates.</summary>
    private static bool IsOwn(OrgTypeVocabulary vocabulary, OrgTerm term, OrgSide side, string text, TextSpan paragraph, TextSpan span)
    {
        if (term.FollowedBy is { } followedBy && !followedBy.IsMatch(text.AsSpan(span.End, paragraph.End - span.End))) return false;
        if (IsQuoted(text, paragraph.Start, span.Start)) return false;
        string before = text[paragraph.Start..span.Start];
        bool ownPrefix = side == OrgSide.Branch && vocabulary.OwnPrefixes.Any(p => before.EndsWith(p, StringComparison.Ordinal));
        if (!ownPrefix && before.Length > 0 &&
            (vocabulary.QualifierChars.Contains(before[^1]) || vocabulary.QualifierWords.Any(w => before.EndsWith(w, StringComparison.Ordinal))))
            return false;
        var clause = Clause(text, paragraph, span);
        if (vocabulary.Markers[side].Any(m => clause.Contains(m, StringComparison.Ordinal))) return false;
        return term.Counterpart is not { } counterpart || !clause.Contains(counterpart, StringComparison.Ordinal);
    }

    /// <summary>The clause around the span: from the previous to the next ，。；：！？ inside the paragraph.</summary>
    private static string Clause(string text, TextSpan paragraph, TextSpan span)
    {
        const string stops = "，。；：！？,;:!?";
        int start = text.AsSpan(paragraph.Start, span.Start - paragraph.Start).LastIndexOfAny(stops) + 1 + paragraph.Start;
        int next = text.AsSpan(span.End, paragraph.End - span.End).IndexOfAny(stops);
        int end = next < 0 ? paragraph.End : span.End + next;
        return text[start..end];
    }

    /// <summary>True inside “…” or 《…》 opened earlier in the paragraph and not yet closed.</summary>
    private static bool IsQuoted(string text, int paragraphStart, int position)
    {
        int quotes = 0, titles = 0;
        foreach (char c in text.AsSpan(paragraphStart, position - paragraphStart))
        {
            if (c == '“') quotes++;
            else if (c == '”' && quotes > 0) quotes--;
            else if (c == '《') titles++;
            else if (c == '》' && titles > 0) titles--;
        }
        return quotes > 0 || titles > 0;
    }

    private static IEnumerable<int> Occurrences(string text, string value, TextSpan within)
    {
        for (int i = text.IndexOf(value, within.Start, within.Length, StringComparison.Ordinal); i >= 0;
             i = i + value.Length < within.End ? text.IndexOf(value, i + 1, within.End - i - 1, StringComparison.Ordinal) : -1)
            if (i + value.Length <= within.End) yield return i;
    }

    private static string OrganizationName(OrganizationType organization) => organization switch
    {
        OrganizationType.Branch => "党支部",
        OrganizationType.GeneralBranch => "党总支",
        OrganizationType.Committee => "党委",
        OrganizationType.LeadingGroup => "党组",
        _ => "领导班子",
    };
}
