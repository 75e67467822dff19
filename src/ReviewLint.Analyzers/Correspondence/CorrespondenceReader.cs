using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Analyzers.Structure;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>Splits the problems section into problem areas and the measures section into measures.</summary>
public static class CorrespondenceReader
{
    private const int MinLeadLength = 4;
    private const int MinSharedLength = 4;
    private const string ClosingStart = "以上";
    private static readonly char[] ClauseBreaks = ['，', '、', '；', '：', ','];
    private static readonly SearchValues<char> LeadEnds = SearchValues.Create("。；！？：");

    /// <summary>A closing pledge about the meeting itself (<c>将以这次民主生活会为契机</c>), which belongs to no measure.</summary>
    private static readonly Regex ClosingPledge = new(@"[以借](这次|此次|本次)[^。；，]{0,12}(生活会|会议|学习教育|主题教育)为(契机|新的?起点)", RegexOptions.CultureInvariant);

    /// <summary>Subsections when there are any, else <c>一是</c> items, else paragraphs.</summary>
    public static ImmutableArray<ProblemArea> ReadProblemAreas(ReportSyntax syntax, ReportOutline outline, OutlineSection problems)
    {
        var subsections = outline.SubsectionsOf(problems);
        if (!subsections.IsEmpty)
            return [.. subsections.Select(s => FromSubsection(syntax, s.Section, s.Span))];
        var items = ItemsIn(syntax, problems.BodySpan);
        if (!items.IsEmpty)
            return [.. items.Select(i => FromLead(syntax, i.Span, i.MarkerSpan.Start))];
        return [.. ParagraphsIn(syntax, problems.BodySpan).Select(p => FromLead(syntax, p, p.Start))];
    }

    /// <summary>Subsections when there are any, else <c>一是</c> items, else paragraphs.</summary>
    public static ImmutableArray<MeasureUnit> ReadMeasures(ReportSyntax syntax, ReportOutline outline, OutlineSection measures)
    {
        var subsections = outline.SubsectionsOf(measures);
        if (!subsections.IsEmpty)
            return [.. subsections.Select(s => new MeasureUnit(s.Section.Heading.Marker, s.Section.Title, WithoutClosing(syntax, s.Span)))];
        var items = ItemsIn(syntax, measures.BodySpan);
        if (!items.IsEmpty)
            return [.. items.Select(i => new MeasureUnit("", syntax.GetText(LeadOf(syntax, i.Span, i.MarkerSpan.Start)), i.Span))];
        return [.. ParagraphsIn(syntax, measures.BodySpan).Select(p => new MeasureUnit("", syntax.GetText(LeadOf(syntax, p, p.Start)), p))];
    }

    /// <summary>The span up to a later paragraph that closes the report (<c>以上对照检查，请……批评指正</c>), or up to the sentence that
    /// pledges to take the meeting as a fresh start (<c>班子将以这次民主生活会为契机……</c>): the last measure does not take in the closing words.</summary>
    private static TextSpan WithoutClosing(ReportSyntax syntax, TextSpan span)
    {
        foreach (var paragraph in syntax.Paragraphs)
            if (paragraph.Span.Start > span.Start && paragraph.Span.Start < span.End && syntax.Text.Content.AsSpan(paragraph.Span.Start).TrimStart().StartsWith(ClosingStart, StringComparison.Ordinal))
                return TextSpan.FromBounds(span.Start, paragraph.Span.Start);
        var pledge = ClosingPledge.Match(syntax.Text.Content, span.Start, span.Length);
        if (!pledge.Success) return span;
        int sentenceStart = syntax.Text.Content.AsSpan(span.Start, pledge.Index - span.Start).LastIndexOfAny("。！；\n") + 1 + span.Start;
        return sentenceStart > span.Start + 1 ? TextSpan.FromBounds(span.Start, sentenceStart) : span;
    }

    /// <summary>Each area's title without the wording all sibling headings share (<c>对照……目标，在X方面</c> → <c>在X方面</c>).</summary>
    public static ImmutableArray<TextSpan> DistinctTitles(ReportSyntax syntax, IReadOnlyList<ProblemArea> areas)
    {
        var titles = areas.Select(a => syntax.GetText(a.TitleSpan)).ToList();
        if (areas.Count < 2 || areas.Any(a => a.Label.Length == 0)) return [.. areas.Select(a => a.TitleSpan)];
        int prefix = SharedPrefix(titles);
        int suffix = CommonLength(titles, (t, i) => t[t.Length - 1 - i]);
        suffix = suffix >= MinSharedLength ? suffix : 0;
        return [.. areas.Select(a =>
        {
            int start = a.TitleSpan.Start + prefix, end = a.TitleSpan.End - suffix;
            if (syntax.GetText(TextSpan.FromBounds(start, end)).IndexOfAny(ClauseBreaks) is var cut and >= 0 and < MinLeadLength) start += cut;
            while (start < end && ClauseBreaks.Contains(syntax.Text[start])) start++;
            return start < end ? TextSpan.FromBounds(start, end) : a.TitleSpan;
        })];
    }

    /// <summary>The length of the wording every title starts with, cut back to a clause break inside it when there is one.</summary>
    private static int SharedPrefix(List<string> titles)
    {
        int prefix = CommonLength(titles, (t, i) => t[i]);
        if (prefix < MinSharedLength) return 0;
        int lastBreak = titles[0].LastIndexOfAny(ClauseBreaks, prefix - 1);
        return lastBreak >= 0 ? lastBreak + 1 : prefix;
    }

    private static int CommonLength(List<string> titles, Func<string, int, char> charAt)
    {
        int length = 0;
        while (titles.All(t => t.Length > length) && titles.All(t => charAt(t, length) == charAt(titles[0], length))) length++;
        return length;
    }

    private static ProblemArea FromSubsection(ReportSyntax syntax, Section section, TextSpan span)
    {
        var heading = section.Heading;
        int anchorEnd = heading.TitleSpan.IsEmpty ? heading.MarkerSpan.End : heading.TitleSpan.End;
        var body = TextSpan.FromBounds(anchorEnd, span.End);
        var items = ItemsIn(syntax, body)
            .Select(i => new ProblemItem(LeadOf(syntax, i.Span, i.MarkerSpan.End), TextSpan.FromBounds(i.MarkerSpan.End, i.Span.End)))
            .ToImmutableArray();
        if (items.IsEmpty)
            items = [.. section.Children.Where(c => c.Span.Start < span.End)
                .Select(c => new ProblemItem(c.Heading.TitleSpan, TextSpan.FromBounds(c.Span.Start, Math.Min(c.Span.End, span.End))))];
        if (items.IsEmpty && TrimPunctuation(syntax, body) is { IsEmpty: false } rest)
            items = [new ProblemItem(LeadOf(syntax, rest, rest.Start), rest)];
        return new ProblemArea(heading.Marker, TextSpan.FromBounds(heading.MarkerSpan.Start, anchorEnd), heading.TitleSpan, body, items);
    }

    /// <summary>An area made of one item or paragraph: its lead clause is its title.</summary>
    private static ProblemArea FromLead(ReportSyntax syntax, TextSpan span, int anchorStart)
    {
        int titleStart = span.Start;
        if (syntax.Items.FirstOrDefault(i => i.Span.Start == span.Start) is { } item)
        {
            titleStart = item.MarkerSpan.End;
            while (titleStart < span.End && syntax.Text[titleStart] is '，' or ',' or '、' or '：' or ':') titleStart++;
        }
        var title = LeadOf(syntax, span, titleStart);
        return new ProblemArea("", TextSpan.FromBounds(anchorStart, title.End), title, TextSpan.FromBounds(title.End, span.End), []);
    }

    /// <summary>The lead clause from <paramref name="start"/>: up to the first ，。；！？ (a comma only when a few words precede it).</summary>
    private static TextSpan LeadOf(ReportSyntax syntax, TextSpan span, int start)
    {
        var text = syntax.Text.Content.AsSpan(start, span.End - start);
        int end = text.IndexOfAny(LeadEnds);
        if (end < 0) end = text.Length;
        if (text.Length > MinLeadLength && text[MinLeadLength..].IndexOf('，') is var comma and >= 0 && comma + MinLeadLength < end) end = comma + MinLeadLength;
        return new TextSpan(start, end);
    }

    /// <summary>The items of the outermost list in the span (the kind of its first item): a list nested in an item stays part of it.</summary>
    private static ImmutableArray<EnumeratedItem> ItemsIn(ReportSyntax syntax, TextSpan span)
    {
        var items = ImmutableArray.CreateBuilder<EnumeratedItem>();
        foreach (var item in syntax.Items)
            if (item.Span.Start >= span.Start && item.Span.End <= span.End && (items.Count == 0 || item.Kind == items[0].Kind)) items.Add(item);
        return items.DrainToImmutable();
    }

    private static IEnumerable<TextSpan> ParagraphsIn(ReportSyntax syntax, TextSpan span) =>
        syntax.Paragraphs
            .Where(p => p.Span.End > span.Start && p.Span.Start < span.End)
            .Select(p => TrimPunctuation(syntax, TextSpan.FromBounds(Math.Max(p.Span.Start, span.Start), Math.Min(p.Span.End, span.End))))
            .Where(s => !s.IsEmpty);

    private static TextSpan TrimPunctuation(ReportSyntax syntax, TextSpan span)
    {
        int start = span.Start;
        while (start < span.End && (char.IsWhiteSpace(syntax.Text[start]) || "。：:，；".Contains(syntax.Text[start]))) start++;
        return TextSpan.FromBounds(start, span.End);
    }
}
