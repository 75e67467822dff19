using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>Finds in-paragraph items: 一是 as written; 第一，, 首先…最后 and inline 一，/1./（一） only when they form a sequence.</summary>
internal static partial class ItemParser
{
    private readonly record struct Candidate(TextSpan Marker, int Ordinal, int Paragraph, ItemMarkerKind Kind);

    private static readonly (Regex Pattern, ItemMarkerKind Kind)[] Patterns =
    [
        (ShiMarker(), ItemMarkerKind.Shi),
        (DiMarker(), ItemMarkerKind.Di),
        (SequenceWordMarker(), ItemMarkerKind.SequenceWord),
        (InlineChineseMarker(), ItemMarkerKind.ChineseNumeral),
        (InlineArabicMarker(), ItemMarkerKind.ArabicNumeral),
        (InlineParenChineseMarker(), ItemMarkerKind.ParenthesizedChineseNumeral),
        (InlineParenArabicMarker(), ItemMarkerKind.ParenthesizedArabicNumeral),
    ];

    public static ImmutableArray<EnumeratedItem> Find(SourceText text, ImmutableArray<Paragraph> paragraphs)
    {
        var candidates = new List<Candidate>();
        var quoted = new List<(int Start, int End)>();
        foreach (var paragraph in paragraphs)
        {
            var content = text.AsSpan(paragraph.Span);
            QuotedRanges(content, quoted);
            foreach (var (pattern, kind) in Patterns)
            {
                foreach (var match in pattern.EnumerateMatches(content))
                {
                    int ordinal = Ordinal(content.Slice(match.Index, match.Length), kind);
                    if (ordinal < 0 || kind == ItemMarkerKind.SequenceWord && match.Index + match.Length == content.Length) continue;
                    if (IsQuoted(quoted, match.Index)) continue;
                    candidates.Add(new Candidate(new TextSpan(paragraph.Span.Start + match.Index, match.Length), ordinal, paragraph.Index, kind));
                }
            }
        }
        candidates.Sort((a, b) => a.Marker.Start.CompareTo(b.Marker.Start));
        var kept = KeepSequences(candidates, paragraphs);

        var items = ImmutableArray.CreateBuilder<EnumeratedItem>(kept.Count);
        for (int k = 0; k < kept.Count; k++)
        {
            var (marker, ordinal, paragraphIndex, kind) = kept[k];
            int end = ItemEnd(kept, k) is int next ? kept[next].Marker.Start : paragraphs[paragraphIndex].Span.End;
            items.Add(new EnumeratedItem(ReportParser.Trim(text, TextSpan.FromBounds(marker.Start, end)), marker, text.ToString(marker), ordinal,
                paragraphIndex, kind));
        }
        return items.MoveToImmutable();
    }

    /// <summary>一是 items, and the other markers whose kind forms a run of at least two between the same two headings: a run opens at
    /// 首先 (sequence words) or at number one (numbered markers), and a run of numbers written inside a paragraph (一， 1. （一）) must
    /// open at one. So a lone 首先, 第一时间 or “一，二” is not a list.</summary>
    private static List<Candidate> KeepSequences(List<Candidate> candidates, ImmutableArray<Paragraph> paragraphs)
    {
        var segmentOf = new int[paragraphs.Length];
        for (int p = 0, segment = 0; p < paragraphs.Length; p++)
        {
            if (paragraphs[p].IsHeading) segment++;
            segmentOf[p] = segment;
        }
        var keep = new bool[candidates.Count];
        var groups = new Dictionary<(int Segment, ItemMarkerKind Kind), List<int>>();
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Kind == ItemMarkerKind.Shi)
            {
                keep[i] = true;
                continue;
            }
            var key = (segmentOf[candidate.Paragraph], candidate.Kind);
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = [];
            group.Add(i);
        }
        foreach (var ((_, kind), group) in groups)
        {
            for (int runStart = 0; runStart < group.Count;)
            {
                int runEnd = runStart + 1;
                while (runEnd < group.Count && !Opens(candidates[group[runEnd]])) runEnd++;
                bool isList = runEnd - runStart >= 2 && (kind == ItemMarkerKind.Di || Opens(candidates[group[runStart]]));
                if (isList)
                    for (int r = runStart; r < runEnd; r++) keep[group[r]] = true;
                runStart = runEnd;
            }
        }
        return [.. candidates.Where((_, i) => keep[i])];
    }

    /// <summary>首先, or number one.</summary>
    private static bool Opens(Candidate candidate) => candidate.Ordinal == 1;

    /// <summary>The item that ends item <paramref name="k"/>: the next one in its paragraph of its own kind or of a kind used before it
    /// in the paragraph (an enclosing list). A list nested in an item (二是加强学习：首先……其次……三是……) stays inside it.</summary>
    private static int? ItemEnd(List<Candidate> items, int k)
    {
        int paragraph = items[k].Paragraph;
        for (int next = k + 1; next < items.Count && items[next].Paragraph == paragraph; next++)
        {
            if (items[next].Kind == items[k].Kind) return next;
            for (int before = k - 1; before >= 0 && items[before].Paragraph == paragraph; before--)
                if (items[before].Kind == items[next].Kind) return next;
        }
        return null;
    }

    /// <summary>The stretches of a paragraph inside “…” or 「…」 (outermost pairs; an unclosed quote runs to the paragraph's end).
    /// A list quoted from another document is not the report's own list.</summary>
    private static void QuotedRanges(ReadOnlySpan<char> content, List<(int Start, int End)> ranges)
    {
        ranges.Clear();
        if (content.IndexOfAny('“', '「') < 0) return;
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
    }

    private static bool IsQuoted(List<(int Start, int End)> ranges, int index)
    {
        foreach (var (start, end) in ranges)
            if (index >= start && index < end) return true;
        return false;
    }

    /// <summary>The number a marker stands for: 首先 1, 其次 2, 再次 3, 最后 <see cref="EnumeratedItem.LastOrdinal"/>; otherwise its numeral.</summary>
    private static int Ordinal(ReadOnlySpan<char> marker, ItemMarkerKind kind)
    {
        if (kind == ItemMarkerKind.SequenceWord)
            return marker[0] switch { '首' => 1, '其' => 2, '再' => 3, _ => EnumeratedItem.LastOrdinal };
        int start = 0;
        while (start < marker.Length && !IsNumeral(marker[start])) start++;
        int end = start;
        while (end < marker.Length && IsNumeral(marker[end])) end++;
        var numeral = marker[start..end];
        if (numeral.IsEmpty) return -1;
        int value = char.IsAsciiDigit(numeral[0])
            ? int.Parse(numeral, NumberStyles.None, CultureInfo.InvariantCulture)
            : ChineseNumerals.Parse(numeral);
        return value > 0 ? value : -1;
    }

    private static bool IsNumeral(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c);

    [GeneratedRegex("(?<=^|[。；：，、！？”）\\s])(?:[一二三四五六七八九十]{1,3})是(?![的否])")]
    private static partial Regex ShiMarker();

    /// <summary><c>第一，</c> at the start of a clause; 第一书记, 第一时间, 第一次 have no mark after the numeral.</summary>
    [GeneratedRegex("(?<=^|[。；：，！？\\s“‘「])第(?:[一二三四五六七八九十]{1,3})(?=[，,、：:])")]
    private static partial Regex DiMarker();

    /// <summary>首先 and 其次 at the start of a clause; 再次 (also “again”) and 最后 (also “last”) only before a mark, 是 or 要.</summary>
    [GeneratedRegex("(?<=^|[。；：！？\\s“‘「])首先|(?<=^|[。；：，！？\\s“‘「])(?:其次|再次(?=[，,、：:是])|最后(?=[，,、：:是要]))")]
    private static partial Regex SequenceWordMarker();

    /// <summary><c>一、</c> <c>一，</c> <c>一：</c> after a colon or clause end inside a paragraph, not followed by another numeral (一、二级).</summary>
    [GeneratedRegex("(?<=[。；：:！？])(?:[一二三四五六七八九十]{1,2})[、，,：:．](?![\\s一二三四五六七八九十0-9，,。；、])")]
    private static partial Regex InlineChineseMarker();

    /// <summary><c>1.</c> <c>1，</c> <c>1、</c> after a colon or clause end inside a paragraph, not a decimal or an amount (1.5, 1，2月).</summary>
    [GeneratedRegex("(?<=[。；：:！？])(?:[0-9]{1,2})[、，,：:．.](?![\\s0-9，,。；、%])")]
    private static partial Regex InlineArabicMarker();

    /// <summary><c>（一）</c> inside a paragraph after a colon, comma or clause end.</summary>
    [GeneratedRegex("(?<=[。；：:，！？])[（(](?:[一二三四五六七八九十]{1,2})[）)][、，,：:．.]?(?![）)，,。；])")]
    private static partial Regex InlineParenChineseMarker();

    /// <summary><c>（1）</c> inside a paragraph after a colon, comma or clause end.</summary>
    [GeneratedRegex("(?<=[。；：:，！？])[（(](?:[0-9]{1,2})[）)][、，,：:．.]?(?![）)，,。；])")]
    private static partial Regex InlineParenArabicMarker();
}
