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
        return new ReportSyntax(text, built, BuildSections(built), FindItems(text, built), SentenceSplitter.Split(text, built));
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

    private static TextSpan Trim(SourceText text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
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

    /// <summary><c>一，</c> or <c>1：</c> at the start of a line is a heading marker only when another line starts with a marker of the same
    /// kind and another number; alone it is more likely a line that happens to start with a number.</summary>
    private static List<(TextSpan Span, Heading? Marker)> DropLooseMarkersWithoutSequence(List<(TextSpan Span, Heading? Marker)> raw)
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

    /// <summary>Candidate item markers in every paragraph. 一是 items are taken as they are; the other kinds only when they form a
    /// sequence between two headings (see <see cref="InSequence"/>), so a lone 首先, 第一时间 or “一，二” is not a list.</summary>
    private static ImmutableArray<EnumeratedItem> FindItems(SourceText text, ImmutableArray<Paragraph> paragraphs)
    {
        var markers = new List<(TextSpan Marker, string Text, int Ordinal, int Paragraph, ItemMarkerKind Kind)>();
        foreach (var paragraph in paragraphs)
        {
            var content = text.ToString(paragraph.Span);
            var quoted = QuotedRanges(content);
            foreach (var (pattern, kind) in ItemPatterns)
            {
                foreach (Match match in pattern.Matches(content))
                {
                    int ordinal = ItemOrdinal(match, kind);
                    if (ordinal < 0 || kind == ItemMarkerKind.SequenceWord && match.Index + match.Length == content.Length) continue;
                    if (quoted.Any(q => match.Index >= q.Start && match.Index < q.End)) continue;
                    markers.Add((new TextSpan(paragraph.Span.Start + match.Index, match.Length), match.Value, ordinal, paragraph.Index, kind));
                }
            }
        }
        markers.Sort((a, b) => a.Marker.Start.CompareTo(b.Marker.Start));
        var kept = markers.Where(m => m.Kind == ItemMarkerKind.Shi || InSequence(markers, paragraphs, m)).ToList();

        var items = ImmutableArray.CreateBuilder<EnumeratedItem>(kept.Count);
        for (int k = 0; k < kept.Count; k++)
        {
            var (marker, value, ordinal, paragraphIndex, kind) = kept[k];
            int end = ItemEnd(kept, k) is int next ? kept[next].Marker.Start : paragraphs[paragraphIndex].Span.End;
            items.Add(new EnumeratedItem(Trim(text, TextSpan.FromBounds(marker.Start, end)), marker, value, ordinal, paragraphIndex, kind));
        }
        return items.ToImmutable();
    }

    /// <summary>The item that ends item <paramref name="k"/>: the next one in its paragraph of its own kind or of a kind used before it
    /// in the paragraph (an enclosing list). A list nested in an item (二是加强学习：首先……其次……三是……) stays inside it.</summary>
    private static int? ItemEnd(List<(TextSpan Marker, string Text, int Ordinal, int Paragraph, ItemMarkerKind Kind)> items, int k)
    {
        int paragraph = items[k].Paragraph;
        var enclosing = new HashSet<ItemMarkerKind> { items[k].Kind };
        for (int before = k - 1; before >= 0 && items[before].Paragraph == paragraph; before--) enclosing.Add(items[before].Kind);
        for (int next = k + 1; next < items.Count && items[next].Paragraph == paragraph; next++)
            if (enclosing.Contains(items[next].Kind)) return next;
        return null;
    }

    /// <summary>The stretches of a paragraph inside “…” or 「…」 (outermost pairs; an unclosed quote runs to the paragraph's end).
    /// A list quoted from another document is not the report's own list.</summary>
    private static List<(int Start, int End)> QuotedRanges(string content)
    {
        var ranges = new List<(int, int)>();
        int depth = 0, start = 0;
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] is '“' or '「')
            {
                if (depth++ == 0) start = i + 1;
            }
            else if (content[i] is '”' or '」' && depth > 0 && --depth == 0)
            {
                ranges.Add((start, i));
            }
        }
        if (depth > 0) ranges.Add((start, content.Length));
        return ranges;
    }

    private static int ItemOrdinal(Match match, ItemMarkerKind kind) => kind switch
    {
        ItemMarkerKind.SequenceWord => match.Value switch
        {
            "首先" => 1,
            "其次" => 2,
            "再次" => 3,
            _ => EnumeratedItem.LastOrdinal,
        },
        _ when char.IsAsciiDigit(match.Groups["n"].Value[0]) => int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) is var n and > 0 ? n : -1,
        _ => ChineseNumerals.Parse(match.Groups["n"].Value) is var n and > 0 ? n : -1,
    };

    /// <summary>A marker other than 一是 is an item when the markers of its kind between the same two headings form a run of at
    /// least two: a run opens at 首先 (sequence words) or at number one (numbered markers), and a run of numbers written inside a
    /// paragraph (一， 1. （一）) must open at one.</summary>
    private static bool InSequence(
        List<(TextSpan Marker, string Text, int Ordinal, int Paragraph, ItemMarkerKind Kind)> markers,
        ImmutableArray<Paragraph> paragraphs,
        (TextSpan Marker, string Text, int Ordinal, int Paragraph, ItemMarkerKind Kind) candidate)
    {
        int first = candidate.Paragraph, last = candidate.Paragraph;
        while (first > 0 && !paragraphs[first].IsHeading) first--;
        while (last + 1 < paragraphs.Length && !paragraphs[last + 1].IsHeading) last++;
        var sameKind = markers.Where(m => m.Kind == candidate.Kind && m.Paragraph >= first && m.Paragraph <= last).ToList();
        int index = sameKind.FindIndex(m => m.Marker == candidate.Marker);
        bool opens(int i) => candidate.Kind == ItemMarkerKind.SequenceWord ? sameKind[i].Text == "首先" : sameKind[i].Ordinal == 1;
        int runStart = index;
        while (runStart > 0 && !opens(runStart)) runStart--;
        int runEnd = index;
        while (runEnd + 1 < sameKind.Count && !opens(runEnd + 1)) runEnd++;
        if (runEnd == runStart) return false;
        return candidate.Kind == ItemMarkerKind.Di ? true : opens(runStart);
    }

    private static readonly (Regex Pattern, ItemMarkerKind Kind)[] ItemPatterns =
    [
        (ItemMarker(), ItemMarkerKind.Shi),
        (DiItemMarker(), ItemMarkerKind.Di),
        (SequenceWordMarker(), ItemMarkerKind.SequenceWord),
        (InlineChineseMarker(), ItemMarkerKind.ChineseNumeral),
        (InlineArabicMarker(), ItemMarkerKind.ArabicNumeral),
        (InlineParenChineseMarker(), ItemMarkerKind.ParenthesizedChineseNumeral),
        (InlineParenArabicMarker(), ItemMarkerKind.ParenthesizedArabicNumeral),
    ];

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

    [GeneratedRegex("(?<=^|[。；：，、！？”）\\s])(?<n>[一二三四五六七八九十]{1,3})是(?![的否])")]
    private static partial Regex ItemMarker();

    /// <summary><c>第一，</c> at the start of a clause; 第一书记, 第一时间, 第一次 have no mark after the numeral.</summary>
    [GeneratedRegex("(?<=^|[。；：，！？\\s“‘「])第(?<n>[一二三四五六七八九十]{1,3})(?=[，,、：:])")]
    private static partial Regex DiItemMarker();

    /// <summary>首先 and 其次 at the start of a clause; 再次 (also “again”) and 最后 (also “last”) only before a mark, 是 or 要.</summary>
    [GeneratedRegex("(?<=^|[。；：！？\\s“‘「])首先|(?<=^|[。；：，！？\\s“‘「])(?:其次|再次(?=[，,、：:是])|最后(?=[，,、：:是要]))")]
    private static partial Regex SequenceWordMarker();

    /// <summary><c>一、</c> <c>一，</c> <c>一：</c> after a colon or clause end inside a paragraph, not followed by another numeral (一、二级).</summary>
    [GeneratedRegex("(?<=[。；：:！？])(?<n>[一二三四五六七八九十]{1,2})[、，,：:．](?![\\s一二三四五六七八九十0-9，,。；、])")]
    private static partial Regex InlineChineseMarker();

    /// <summary><c>1.</c> <c>1，</c> <c>1、</c> after a colon or clause end inside a paragraph, not a decimal or an amount (1.5, 1，2月).</summary>
    [GeneratedRegex("(?<=[。；：:！？])(?<n>[0-9]{1,2})[、，,：:．.](?![\\s0-9，,。；、%])")]
    private static partial Regex InlineArabicMarker();

    /// <summary><c>（一）</c> inside a paragraph after a colon, comma or clause end.</summary>
    [GeneratedRegex("(?<=[。；：:，！？])[（(](?<n>[一二三四五六七八九十]{1,2})[）)][、，,：:．.]?(?![）)，,。；])")]
    private static partial Regex InlineParenChineseMarker();

    /// <summary><c>（1）</c> inside a paragraph after a colon, comma or clause end.</summary>
    [GeneratedRegex("(?<=[。；：:，！？])[（(](?<n>[0-9]{1,2})[）)][、，,：:．.]?(?![）)，,。；])")]
    private static partial Regex InlineParenArabicMarker();
}
