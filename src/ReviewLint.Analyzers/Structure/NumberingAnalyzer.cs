using System.Collections.Immutable;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Structure;

/// <summary>RL1003: skipped, repeated or out-of-order numbering (一、 （一） 1. （1） 一是 第一， 首先…其次), marker punctuation against GB/T 9704-2012
/// and GB/T 15834-2011, and a count announced in the text (“三个方面”) that disagrees with the items listed.</summary>
public sealed class NumberingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL1003",
        "numbering",
        "序号不连续或不规范",
        "{0}",
        DiagnosticCategory.Structure,
        DiagnosticSeverity.Warning,
        description: "同级序号应从一起连续编号，各部分下重新编起；序号写法应为“一、”“（一）”“1.”“（1）”；文中说“N个方面”“N项工作”时，随后列出的项数应与之相符。",
        isFixable: true);

    /// <summary>Rule option: treat <c>1、</c> as an accepted marker (many style guides tolerate it).</summary>
    public const string AllowArabicDunhaoOption = "allowArabicDunhao";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(AnalyzeDocument);

    private static void AnalyzeDocument(DocumentAnalysisContext context)
    {
        var syntax = context.Syntax;
        var orderedGroups = new List<(Section? Parent, IReadOnlyList<Section> Siblings)>();
        foreach (var (parent, siblings) in HeadingGroups.All(syntax))
            if (CheckHeadingGroup(context, parent, siblings))
                orderedGroups.Add((parent, siblings));
        var orderedRuns = new List<IReadOnlyList<EnumeratedItem>>();
        var numberedRuns = new List<IReadOnlyList<EnumeratedItem>>();
        foreach (var kind in syntax.Items.Select(i => i.Kind).Distinct())
        {
            foreach (var run in ItemRuns(syntax, kind))
            {
                bool ordered = kind == ItemMarkerKind.SequenceWord
                    ? SequenceWordOrder.Check(context, Rule, run)
                    : NumberingSequence.Check(context, Rule, run.Select(ToMarker).ToList(), ExpectedFirst(syntax, run));
                if (ordered) orderedRuns.Add(run);
                if (kind is not (ItemMarkerKind.Shi or ItemMarkerKind.Di or ItemMarkerKind.SequenceWord)) numberedRuns.Add(run);
            }
        }
        MarkerStyle.Check(context, Rule, context.Options.GetBool(Rule.Id, AllowArabicDunhaoOption, false), numberedRuns);
        AnnouncedCounts.Check(context, Rule, orderedGroups, orderedRuns);
    }

    /// <summary>Checks one group of sibling headings; numbering that carries on from the previous section is noted, not treated as a gap.</summary>
    private static bool CheckHeadingGroup(DocumentAnalysisContext context, Section? parent, IReadOnlyList<Section> siblings)
    {
        var markers = siblings.Select(s => ToMarker(s.Heading)).ToList();
        int expectedFirst = 1;
        if (markers[0].Ordinal > 1 && PreviousCousinsEnd(context.Syntax, parent, siblings[0].Heading.MarkerKind) is int end && end + 1 == markers[0].Ordinal)
        {
            expectedFirst = markers[0].Ordinal;
            var first = markers[0];
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, first.Span), null,
                    $"“{first.Marker}”接着上一部分的“{NumberingSequence.Format(first, end)}”往下编号；各部分下的序号一般从“{NumberingSequence.Format(first, 1)}”重新编起。")
                with { Severity = DiagnosticSeverity.Info });
        }
        else if (markers[0].Ordinal > 1)
        {
            int from = parent?.Span.Start ?? 0;
            if (FollowsQuotedPredecessor(context.Text, TextSpan.FromBounds(from, markers[0].Span.Start), markers[0])) expectedFirst = markers[0].Ordinal;
        }
        return NumberingSequence.Check(context, Rule, markers, expectedFirst);
    }

    /// <summary>The last number used for the same marker kind under the parent's previous sibling, if any.</summary>
    private static int? PreviousCousinsEnd(ReportSyntax syntax, Section? parent, HeadingMarkerKind kind)
    {
        if (parent is null) return null;
        var uncles = parent.Parent?.Children ?? syntax.Sections;
        int index = uncles.IndexOf(parent);
        if (index <= 0) return null;
        var cousins = uncles[index - 1].Children.Where(c => c.Heading.MarkerKind == kind).ToList();
        return cousins.Count == 0 ? null : cousins[^1].Heading.Ordinal;
    }

    /// <summary>A list may start at 二 when its 一 is quoted just before it (“一是……”的问题已整改，二是……): the quoted marker
    /// is not an item of the report's own list, but the 二 is no gap either.</summary>
    private static bool FollowsQuotedPredecessor(SourceText text, TextSpan before, NumberedMarker first)
    {
        string predecessor = NumberingSequence.Format(first, first.Ordinal - 1);
        var span = text.AsSpan(before);
        return span.IndexOf("“" + predecessor, StringComparison.Ordinal) >= 0 || span.IndexOf("「" + predecessor, StringComparison.Ordinal) >= 0;
    }

    /// <summary>Where an item run should start: one, unless its predecessor is quoted earlier in the paragraph or the one before.</summary>
    private static int ExpectedFirst(ReportSyntax syntax, IReadOnlyList<EnumeratedItem> run)
    {
        var first = ToMarker(run[0]);
        if (first.Ordinal <= 1) return 1;
        int paragraph = run[0].ParagraphIndex;
        int from = syntax.Paragraphs[paragraph > 0 && !syntax.Paragraphs[paragraph].IsHeading ? paragraph - 1 : paragraph].Span.Start;
        return FollowsQuotedPredecessor(syntax.Text, TextSpan.FromBounds(from, first.Span.Start), first) ? first.Ordinal : 1;
    }

    /// <summary>Runs of one item kind (一是, 第一，, 首先 …): a run restarts at every 一是 and after every heading. A 一是 inside the paragraph of an earlier
    /// item opens a nested run (“三是落实两项制度：一是……二是……”); the outer run resumes in a later paragraph unless the
    /// next number only fits the nested one.</summary>
    private static List<IReadOnlyList<EnumeratedItem>> ItemRuns(ReportSyntax syntax, ItemMarkerKind kind)
    {
        var runs = new List<List<EnumeratedItem>>();
        List<EnumeratedItem>? current = null, outer = null;
        EnumeratedItem? previous = null;
        foreach (var item in syntax.Items.Where(i => i.Kind == kind))
        {
            if (IsIdiom(syntax.Text, item)) continue;
            bool sameParagraph = previous?.ParagraphIndex == item.ParagraphIndex;
            if (previous is null || HeadingBetween(syntax, previous.ParagraphIndex, item.ParagraphIndex))
            {
                current = null;
                outer = null;
            }
            else if (!sameParagraph && outer is not null)
            {
                if (item.Ordinal == outer[^1].Ordinal + 1 || item.Ordinal != current![^1].Ordinal + 1) current = outer;
                outer = null;
            }
            if (current is null || item.Ordinal == 1)
            {
                outer = current is not null && sameParagraph ? current : null;
                current = [];
                runs.Add(current);
            }
            current.Add(item);
            previous = item;
        }
        return [.. runs];
    }

    /// <summary>一是一，二是二 (“to call a spade a spade”) is not a list.</summary>
    private static bool IsIdiom(SourceText text, EnumeratedItem item) =>
        item.MarkerSpan.End < text.Length && text[item.MarkerSpan.End] == item.Marker[0];

    private static bool HeadingBetween(ReportSyntax syntax, int previousParagraph, int paragraph)
    {
        for (int p = previousParagraph + 1; p <= paragraph; p++)
            if (syntax.Paragraphs[p].IsHeading) return true;
        return false;
    }

    private static NumberedMarker ToMarker(Heading heading) => new(heading.Ordinal, new TextSpan(heading.MarkerSpan.Start, heading.Marker.Length), heading.Marker);

    private static NumberedMarker ToMarker(EnumeratedItem item) => new(item.Ordinal, item.MarkerSpan, item.Marker);
}
