using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>Parses report text into paragraphs, numbered headings, sections, 一是 items and sentences.</summary>
public static partial class ReportParser
{
    private const int MaxTitleLength = 80;
    private const int MaxHeaderLength = 40;

    public static ReportSyntax Parse(SourceText text)
    {
        var raw = ReadParagraphs(text);
        var levels = AssignLevels(raw);
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var (span, marker) = raw[i];
            Heading? heading = marker is null ? null : marker with { Level = levels[marker.MarkerKind] };
            paragraphs.Add(new Paragraph(i, span, ClassifyKind(text, raw, i, heading), heading));
        }
        var built = paragraphs.ToImmutable();
        return new ReportSyntax(text, built, BuildSections(built), FindItems(text, built), SentenceSplitter.Split(text, built));
    }

    private static List<(TextSpan Span, Heading? Marker)> ReadParagraphs(SourceText text)
    {
        var result = new List<(TextSpan, Heading?)>();
        foreach (var line in text.Lines)
        {
            var span = Trim(text, line.Span);
            if (span.IsEmpty || IsCommentLine(text, span)) continue;
            result.Add((span, ReadHeading(text, span)));
        }
        return result;
    }

    private static TextSpan Trim(SourceText text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    private static bool IsCommentLine(SourceText text, TextSpan span)
    {
        var line = text.AsSpan(span);
        return line.StartsWith("<!--") && line.EndsWith("-->");
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000' || c == '\uFEFF';

    private static Heading? ReadHeading(SourceText text, TextSpan span)
    {
        string line = text.ToString(span);
        foreach (var (pattern, kind) in MarkerPatterns)
        {
            var match = pattern.Match(line);
            if (!match.Success) continue;
            int ordinal = kind is HeadingMarkerKind.ArabicNumeral or HeadingMarkerKind.ParenthesizedArabicNumeral
                ? int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : ChineseNumerals.Parse(match.Groups["n"].Value);
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

    private static ParagraphKind ClassifyKind(SourceText text, List<(TextSpan Span, Heading? Marker)> raw, int index, Heading? heading)
    {
        if (heading is not null) return ParagraphKind.Heading;
        var span = raw[index].Span;
        if (index == 0)
            return span.Length <= MaxTitleLength && !EndsLikeSentence(text, span) ? ParagraphKind.Title : ParagraphKind.Body;
        bool afterTitleBlock = Enumerable.Range(0, index).All(i => raw[i].Marker is null && (i == 0 || raw[i].Span.Length <= MaxHeaderLength));
        if (afterTitleBlock && index <= 3 && span.Length <= MaxHeaderLength && !EndsLikeSentence(text, span)
            && ClassifyKind(text, raw, 0, null) == ParagraphKind.Title)
            return ParagraphKind.Header;
        return ParagraphKind.Body;
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

    private static ImmutableArray<EnumeratedItem> FindItems(SourceText text, ImmutableArray<Paragraph> paragraphs)
    {
        var items = ImmutableArray.CreateBuilder<EnumeratedItem>();
        foreach (var paragraph in paragraphs)
        {
            var content = text.ToString(paragraph.Span);
            var matches = ItemMarker().Matches(content);
            for (int m = 0; m < matches.Count; m++)
            {
                var match = matches[m];
                int ordinal = ChineseNumerals.Parse(match.Groups["n"].Value);
                if (ordinal <= 0) continue;
                int start = paragraph.Span.Start + match.Index;
                int end = m + 1 < matches.Count ? paragraph.Span.Start + matches[m + 1].Index : paragraph.Span.End;
                items.Add(new EnumeratedItem(Trim(text, TextSpan.FromBounds(start, end)), new TextSpan(start, match.Length), match.Value,
                    ordinal, paragraph.Index));
            }
        }
        return items.ToImmutable();
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

    [GeneratedRegex("^(?<n>[一二三四五六七八九十]{1,3})(?:[、．]|\\.(?![0-9]))")]
    private static partial Regex ChineseMarker();

    [GeneratedRegex("^[（(](?<n>[一二三四五六七八九十]{1,3})[）)][、，．.]?")]
    private static partial Regex ParenChineseMarker();

    [GeneratedRegex("^(?<n>[0-9]{1,2})(?:[.．](?![0-9])|、)")]
    private static partial Regex ArabicMarker();

    [GeneratedRegex("^[（(](?<n>[0-9]{1,2})[）)][、，．.]?")]
    private static partial Regex ParenArabicMarker();

    [GeneratedRegex("(?<=^|[。；：，、！？”）\\s])(?<n>[一二三四五六七八九十]{1,3})是(?![的否])")]
    private static partial Regex ItemMarker();
}
