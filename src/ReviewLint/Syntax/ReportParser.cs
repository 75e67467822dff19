using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>Parses report text into paragraphs, numbered headings, sections, items (一是, 第一，, 首先, inline 一，/1./（一）) and sentences.</summary>
public static partial class ReportParser
{
    private const int MaxTitleLength = 80;
    private const int MaxHeaderLength = 40;
    private const int MaxHeaderLines = 3;

    public static ReportSyntax Parse(SourceText text)
    {
        var raw = DropLooseMarkersWithoutSequence(ReadParagraphs(text));
        var levels = AssignLevels(raw);
        var kinds = ClassifyKinds(text, raw);
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var (span, marker) = raw[i];
            Heading? heading = marker is null ? null : marker with { Level = levels[marker.MarkerKind] };
            paragraphs.Add(new Paragraph(i, span, kinds[i], heading));
        }
        var built = paragraphs.ToImmutable();
        return new ReportSyntax(text, built, BuildSections(built), ItemParser.Find(text, built), SentenceSplitter.Split(text, built));
    }

    private const string CommentOpen = "<!--";
    private const string CommentClose = "-->";

    /// <summary>The non-blank lines, trimmed, without <c>&lt;!-- … --&gt;</c> comments at their start or end (comments may span
    /// lines) and without a Markdown heading prefix (<c>## </c>).</summary>
    private static List<(TextSpan Span, Heading? Marker)> ReadParagraphs(SourceText text)
    {
        var result = new List<(TextSpan, Heading?)>();
        bool inComment = false;
        foreach (var line in text.Lines)
        {
            var span = line.Span;
            if (inComment)
            {
                int close = IndexOf(text, span, CommentClose);
                if (close < 0) continue;
                inComment = false;
                span = TextSpan.FromBounds(close + CommentClose.Length, span.End);
            }
            span = SkipMarkdownHeadingPrefix(text, StripComments(text, span, ref inComment));
            if (span.IsEmpty) continue;
            result.Add((span, ReadHeading(text, span)));
        }
        return result;
    }

    /// <summary>Trims the span and removes comments that open or close it; a comment left open continues on the next lines.</summary>
    private static TextSpan StripComments(SourceText text, TextSpan span, ref bool inComment)
    {
        while (true)
        {
            span = Trim(text, span);
            int open = LastIndexOf(text, span, CommentOpen);
            if (open < 0) return span;
            int close = IndexOf(text, TextSpan.FromBounds(open + CommentOpen.Length, span.End), CommentClose);
            if (close < 0)
            {
                inComment = true;
                span = TextSpan.FromBounds(span.Start, open);
            }
            else if (close + CommentClose.Length == span.End)
            {
                span = TextSpan.FromBounds(span.Start, open);
            }
            else if (open == span.Start)
            {
                span = TextSpan.FromBounds(close + CommentClose.Length, span.End);
            }
            else
            {
                return span;
            }
        }
    }

    private static TextSpan SkipMarkdownHeadingPrefix(SourceText text, TextSpan span)
    {
        int i = span.Start;
        while (i < span.End && i - span.Start < 6 && text[i] == '#') i++;
        if (i == span.Start || i >= span.End || text[i] != ' ') return span;
        return Trim(text, TextSpan.FromBounds(i, span.End));
    }

    private static int IndexOf(SourceText text, TextSpan span, string value) =>
        text.AsSpan(span).IndexOf(value, StringComparison.Ordinal) is var i and >= 0 ? span.Start + i : -1;

    private static int LastIndexOf(SourceText text, TextSpan span, string value) =>
        text.AsSpan(span).LastIndexOf(value, StringComparison.Ordinal) is var i and >= 0 ? span.Start + i : -1;

    internal static TextSpan Trim(SourceText text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000' || c == '\uFEFF';

    /// <summary>Reads a numbering marker at the paragraph's start. Most paragraphs cannot start one (a marker starts with 第, a
    /// Chinese numeral, a digit or an opening parenthesis), so they are turned away by their first character before any regex runs;
    /// the regexes then run on the paragraph in place (as if it were the whole input), allocating only for a real heading.</summary>
    private static Heading? ReadHeading(SourceText text, TextSpan span)
    {
        if (!MayStartMarker(text[span.Start])) return null;
        foreach (var (pattern, kind) in MarkerPatterns)
        {
            var match = pattern.Match(text.Content, span.Start, span.Length);
            if (!match.Success) continue;
            var number = match.Groups["n"].ValueSpan;
            int ordinal = kind is HeadingMarkerKind.ArabicNumeral or HeadingMarkerKind.ParenthesizedArabicNumeral
                ? int.Parse(number, System.Globalization.CultureInfo.InvariantCulture)
                : ChineseNumerals.Parse(number);
            if (ordinal <= 0) continue;
            int markerEnd = span.Start + match.Length;
            int titleStart = markerEnd;
            while (titleStart < span.End && IsSpace(text[titleStart])) titleStart++;
            var (titleEnd, runIn) = FindTitleEnd(text, titleStart, span.End);
            var titleSpan = TextSpan.FromBounds(titleStart, titleEnd);
            return new Heading(span, new TextSpan(span.Start, match.Length), titleSpan, match.Value.TrimEnd(), kind, 0, ordinal,
                text.ToString(titleSpan), runIn);
        }
        return null;
    }

    /// <summary><c>一，</c> or <c>1：</c> at the start of a line is a heading marker only when another line starts with a marker of the same
    /// kind and another number; alone it is more likely a line that happens to start with a number.</summary>
    internal static List<(TextSpan Span, Heading? Marker)> DropLooseMarkersWithoutSequence(List<(TextSpan Span, Heading? Marker)> raw)
    {
        for (int i = 0; i < raw.Count; i++)
        {
            var marker = raw[i].Marker;
            if (marker is null || !IsLooseMarker(marker)) continue;
            bool sequence = raw.Any(p => p.Marker is { } other && other.MarkerKind == marker.MarkerKind && other.Ordinal != marker.Ordinal);
            if (!sequence) raw[i] = (raw[i].Span, null);
        }
        return raw;
    }

    private static bool IsLooseMarker(Heading marker) =>
        marker.MarkerKind is HeadingMarkerKind.ChineseNumeral or HeadingMarkerKind.ArabicNumeral && marker.Marker[^1] is '，' or ',' or '：' or ':';

    /// <summary>The first characters of the marker patterns (第, a Chinese numeral, 0 … 9, （ and (); a cheap filter before the regexes.</summary>
    private static bool MayStartMarker(char c) => c is '第' or '（' or '(' or (>= '0' and <= '9') || ChineseNumerals.IsNumeralChar(c);

    private static (int End, bool RunIn) FindTitleEnd(SourceText text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] is '。' or '：' or '！' or '？' or ':')
            {
                int rest = i + 1;
                while (rest < end && IsSpace(text[rest])) rest++;
                return (i, rest < end);
            }
        }
        return (end, false);
    }

    private static Dictionary<HeadingMarkerKind, int> AssignLevels(List<(TextSpan Span, Heading? Marker)> raw)
    {
        var kinds = raw.Where(p => p.Marker is not null).Select(p => p.Marker!.MarkerKind).Distinct().Order().ToList();
        return kinds.Select((kind, index) => (kind, index)).ToDictionary(x => x.kind, x => x.index + 1);
    }

    /// <summary>The first paragraph is the title when it is short and does not read like a sentence; up to
    /// <see cref="MaxHeaderLines"/> short lines right after it that do not read like sentences (unit, author, date) are header lines.</summary>
    private static ParagraphKind[] ClassifyKinds(SourceText text, List<(TextSpan Span, Heading? Marker)> raw)
    {
        var kinds = new ParagraphKind[raw.Count];
        bool inHeader = false;
        for (int i = 0; i < raw.Count; i++)
        {
            var (span, marker) = raw[i];
            if (marker is not null)
            {
                kinds[i] = ParagraphKind.Heading;
                inHeader = false;
            }
            else if (i == 0 && span.Length <= MaxTitleLength && !EndsLikeSentence(text, span))
            {
                kinds[i] = ParagraphKind.Title;
                inHeader = true;
            }
            else if (inHeader && i <= MaxHeaderLines && span.Length <= MaxHeaderLength && !EndsLikeSentence(text, span))
            {
                kinds[i] = ParagraphKind.Header;
            }
            else
            {
                kinds[i] = ParagraphKind.Body;
                inHeader = false;
            }
        }
        return kinds;
    }

    private static bool EndsLikeSentence(SourceText text, TextSpan span) =>
        text[span.End - 1] is '。' or '：' or ':' or '；' or '！' or '？' or '，';

    private static ImmutableArray<Section> BuildSections(ImmutableArray<Paragraph> paragraphs)
    {
        var headingIndexes = paragraphs.Where(p => p.Heading is not null).Select(p => p.Index).ToList();
        var all = new List<(Section Section, int Level)>();
        for (int h = 0; h < headingIndexes.Count; h++)
        {
            int first = headingIndexes[h];
            var heading = paragraphs[first].Heading!;
            int last = paragraphs.Length - 1;
            for (int next = h + 1; next < headingIndexes.Count; next++)
            {
                if (paragraphs[headingIndexes[next]].Heading!.Level <= heading.Level)
                {
                    last = headingIndexes[next] - 1;
                    break;
                }
            }
            var span = TextSpan.FromBounds(paragraphs[first].Span.Start, paragraphs[last].Span.End);
            all.Add((new Section(heading, span, first, last), heading.Level));
        }

        var roots = new List<Section>();
        var stack = new Stack<Section>();
        var children = new Dictionary<Section, List<Section>>();
        foreach (var (section, level) in all)
        {
            while (stack.Count > 0 && stack.Peek().Level >= level) stack.Pop();
            if (stack.Count == 0) roots.Add(section);
            else
            {
                section.Parent = stack.Peek();
                if (!children.TryGetValue(stack.Peek(), out var list)) children[stack.Peek()] = list = [];
                list.Add(section);
            }
            stack.Push(section);
        }
        foreach (var (parent, list) in children) parent.Children = [.. list];
        return [.. roots];
    }

    private static readonly (Regex Pattern, HeadingMarkerKind Kind)[] MarkerPatterns =
    [
        (PartMarker(), HeadingMarkerKind.Part),
        (ChineseMarker(), HeadingMarkerKind.ChineseNumeral),
        (ParenChineseMarker(), HeadingMarkerKind.ParenthesizedChineseNumeral),
        (ArabicMarker(), HeadingMarkerKind.ArabicNumeral),
        (ParenArabicMarker(), HeadingMarkerKind.ParenthesizedArabicNumeral),
    ];

    [GeneratedRegex("^第(?<n>[一二三四五六七八九十]{1,3})(?:部分|章|篇)[、：:\\s]?")]
    private static partial Regex PartMarker();

    /// <summary><c>一、</c>; also <c>一．</c>, <c>一.</c> and, when another heading of the kind follows (see <see cref="IsLooseMarker"/>),
    /// <c>一，</c> and <c>一：</c> not followed by a numeral (一，二年级).</summary>
    [GeneratedRegex("^(?<n>[一二三四五六七八九十]{1,3})(?:[、．]|\\.(?![0-9])|[，,：:](?![一二三四五六七八九十0-9]))")]
    private static partial Regex ChineseMarker();

    [GeneratedRegex("^[（(](?<n>[一二三四五六七八九十]{1,3})[）)][、，,．.：:]?")]
    private static partial Regex ParenChineseMarker();

    /// <summary><c>1.</c>, <c>1、</c>; <c>1，</c> and <c>1：</c> not followed by a digit, under the same condition as <c>一，</c>.</summary>
    [GeneratedRegex("^(?<n>[0-9]{1,2})(?:[.．](?![0-9])|、|[，,：:](?![0-9]))")]
    private static partial Regex ArabicMarker();

    [GeneratedRegex("^[（(](?<n>[0-9]{1,2})[）)][、，,．.：:]?")]
    private static partial Regex ParenArabicMarker();
}
