using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Structure;

/// <summary>A count announced in the text (“从三个方面”“确保四个保障”“……四个活动”) that disagrees with the items listed with it.
/// Only four unambiguous layouts are checked, for precision: the count ends the clause right before 一是 items or before
/// the next level of headings, the count ends a sentence followed by short headline sentences sharing its noun, or the count
/// directly follows a list of quoted titles.</summary>
internal static partial class AnnouncedCounts
{
    private const int MaxNounLength = 8;
    private const int MaxHeadlineLength = 10;

    private static readonly Lazy<FrozenSet<string>> Formulations = new(() => RuleData.ReadText("counted-formulations.txt")
        .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>An announced count: the number, and the phrase (number, classifier, noun) in the text.</summary>
    private readonly record struct Count(int Value, TextSpan Span, string Phrase, string Noun);

    public static void Check(DocumentAnalysisContext context, DiagnosticDescriptor rule,
        IReadOnlyList<(Section? Parent, IReadOnlyList<Section> Siblings)> headingGroups, IReadOnlyList<IReadOnlyList<EnumeratedItem>> itemRuns)
    {
        var items = context.Syntax.Items.ToLookup(i => i.ParagraphIndex);
        foreach (var run in itemRuns) CheckItems(context, rule, run, items);
        foreach (var (parent, siblings) in headingGroups) CheckHeadings(context, rule, parent, siblings);
        // Sentences come paragraph by paragraph, in text order: each paragraph's are the next ones with its index.
        var sentences = context.Syntax.Sentences.AsSpan();
        int next = 0;
        foreach (var paragraph in context.Syntax.Paragraphs)
        {
            int first = next;
            while (next < sentences.Length && sentences[next].ParagraphIndex == paragraph.Index) next++;
            CheckHeadlines(context, rule, paragraph, sentences[first..next], items[paragraph.Index]);
            CheckQuotedLists(context, rule, paragraph);
        }
    }

    /// <summary>“主要有三个方面：一是……二是……” — the clause before 一是 ends with the count.</summary>
    private static void CheckItems(DocumentAnalysisContext context, DiagnosticDescriptor rule, IReadOnlyList<EnumeratedItem> run,
        ILookup<int, EnumeratedItem> items)
    {
        if (run.Count < 2 || run[0].Ordinal != 1) return;
        var syntax = context.Syntax;
        var paragraph = syntax.Paragraphs[run[0].ParagraphIndex];
        var before = TextSpan.FromBounds(paragraph.Span.Start, run[0].MarkerSpan.Start);
        var clause = LastClause(context.Text, before);
        if (clause.IsEmpty && run[0].ParagraphIndex > 0)
        {
            // A list opening its own paragraph is announced by the paragraph before, unless that one is itself an item that
            // does not end with a colon (“三是开展两项活动。” followed by a fresh 一是 list may list something else).
            var previous = syntax.Paragraphs[run[0].ParagraphIndex - 1];
            bool previousIsItem = items.Contains(previous.Index);
            if (previousIsItem && context.Text[previous.Span.End - 1] is not ('：' or ':')) return;
            clause = LastClause(context.Text, TextAfterMarker(previous));
        }
        if (CountAtEnd(context.Text, clause) is not { } count || count.Value == run.Count) return;
        context.Report(rule, count.Span, null,
            $"此处说“{count.Phrase}”，随后列出的是{Amount(run.Count)}项（“{run[0].Marker}”至“{run[^1].Marker}”）。");
    }

    /// <summary>“（二）从三个方面推进” or “……主要有以下四个方面：” followed by the next level of headings.</summary>
    private static void CheckHeadings(DocumentAnalysisContext context, DiagnosticDescriptor rule, Section? parent, IReadOnlyList<Section> siblings)
    {
        if (siblings.Count < 2 || siblings[0].Heading.Ordinal != 1) return;
        var paragraphs = context.Syntax.Paragraphs;
        int first = siblings[0].FirstParagraphIndex;
        int from = parent?.FirstParagraphIndex ?? 0;
        if (first == 0 || first - 1 < from) return;
        var previous = paragraphs[first - 1];
        if (previous.Kind is ParagraphKind.Title or ParagraphKind.Header || previous.IsHeading && previous.Index != parent?.FirstParagraphIndex) return;
        var clause = LastClause(context.Text, TextAfterMarker(previous));
        if (CountAtEnd(context.Text, clause) is not { } count || count.Value == siblings.Count) return;
        context.Report(rule, count.Span, null,
            $"此处说“{count.Phrase}”，随后的下一级标题是{Amount(siblings.Count)}个（“{siblings[0].Heading.Marker}”至“{siblings[^1].Heading.Marker}”）。");
    }

    /// <summary>“确保四个保障。组织领导有保障。……培训内容有保障。……” — short headline sentences that share the announced noun.</summary>
    private static void CheckHeadlines(DocumentAnalysisContext context, DiagnosticDescriptor rule, Paragraph paragraph,
        ReadOnlySpan<Sentence> sentences, IEnumerable<EnumeratedItem> items)
    {
        for (int s = 0; s < sentences.Length; s++)
        {
            var body = WithoutTerminator(context.Text, sentences[s].Span);
            if (body.End == sentences[s].Span.End) continue;
            if (CountAtEnd(context.Text, LastClause(context.Text, body)) is not { } count
                || count.Noun.Length is < 2 or > 4) continue;
            int sentenceEnd = sentences[s].Span.End;
            int limit = FirstItemStartFrom(items, sentenceEnd) ?? paragraph.Span.End;
            var headlines = new List<string>();
            bool first = true;
            for (int t = s + 1; t < sentences.Length && sentences[t].Span.End <= limit; t++)
            {
                string text = context.Text.ToString(WithoutTerminator(context.Text, sentences[t].Span));
                bool isHeadline = text.Length <= MaxHeadlineLength && text.IndexOfAny(['，', ',', '、', '：']) < 0;
                bool matches = isHeadline && (text.StartsWith(count.Noun, StringComparison.Ordinal) || text.EndsWith(count.Noun, StringComparison.Ordinal));
                if (first && !matches) break;
                first = false;
                if (matches) headlines.Add(text);
            }
            if (headlines.Count < 2 || headlines.Count == count.Value) continue;
            context.Report(rule, count.Span, null,
                $"此处说“{count.Phrase}”，随后列出的是{Amount(headlines.Count)}项：{string.Concat(headlines.Select(h => $"“{h}”"))}。");
        }
    }

    /// <summary>Where the first item marker at or after <paramref name="position"/> starts. (A loop, not a lambda: a lambda's
    /// closure would be allocated for every sentence of every paragraph, before the checks that skip most of them.)</summary>
    private static int? FirstItemStartFrom(IEnumerable<EnumeratedItem> items, int position)
    {
        foreach (var item in items)
            if (item.MarkerSpan.Start >= position) return item.MarkerSpan.Start;
        return null;
    }

    /// <summary>“开展“……”“……”“……”四个活动” — quoted titles listed right before the count.</summary>
    private static void CheckQuotedLists(DocumentAnalysisContext context, DiagnosticDescriptor rule, Paragraph paragraph)
    {
        if (!CountPattern().IsMatch(context.Text.AsSpan(paragraph.Span))) return;
        string text = context.Text.ToString(paragraph.Span);
        foreach (Match match in CountPattern().Matches(text))
        {
            if (match.Index == 0 || text[match.Index - 1] is not ('”' or '》') || IsQuoted(text, match.Index)) continue;
            int listed = CountQuotedUnits(text, match.Index - 1);
            string noun = LeadingHan(text, match.Index + match.Length, 4);
            string phrase = match.Value + DisplayedNoun(match.Value, noun);
            if (listed < 2 || ChineseNumerals.Parse(match.Groups["n"].Value) is var value && (value == listed || value <= 0)
                || Formulations.Value.Contains(match.Value + noun)) continue;
            var span = new TextSpan(paragraph.Span.Start + match.Index, phrase.Length);
            context.Report(rule, span, null, $"此处说“{phrase}”，前面列出的是{Amount(listed)}项。");
        }
    }

    /// <summary>Counts “A”、“B”“C” units ending at <paramref name="closer"/>, walking backwards over matched quotes and 顿号.</summary>
    private static int CountQuotedUnits(string text, int closer)
    {
        int units = 0;
        int i = closer;
        while (i >= 0 && text[i] is '”' or '》')
        {
            char close = text[i], open = close == '”' ? '“' : '《';
            int depth = 0, j = i;
            for (; j >= 0; j--)
            {
                if (text[j] == close) depth++;
                else if (text[j] == open && --depth == 0) break;
            }
            if (j < 0) break;
            units++;
            i = j - 1;
            if (i >= 0 && text[i] == '、') i--;
        }
        return units;
    }

    /// <summary>The count whose noun ends the clause: “……以下三个方面的问题” → 三个方面的问题.</summary>
    private static Count? CountAtEnd(SourceText source, TextSpan clause)
    {
        if (clause.IsEmpty || !CountPattern().IsMatch(source.AsSpan(clause))) return null;
        string text = source.ToString(clause);
        Match? last = null;
        foreach (Match match in CountPattern().Matches(text)) last = match;
        if (last is null) return null;
        string noun = text[(last.Index + last.Length)..];
        if (noun.Length > MaxNounLength || !noun.All(IsHanChar) || ExcludedNoun().IsMatch(noun)) return null;
        int value = ChineseNumerals.Parse(last.Groups["n"].Value);
        if (value < 2 || Formulations.Value.Contains(last.Value + noun)) return null;
        string phrase = last.Value + DisplayedNoun(last.Value, noun);
        int lineStart = source.GetLine(source.GetLineNumber(clause.Start)).Span.Start;
        if (IsQuoted(source.ToString(TextSpan.FromBounds(lineStart, clause.End)), clause.Start - lineStart + last.Index)) return null;
        return new Count(value, new TextSpan(clause.Start + last.Index, phrase.Length), phrase, noun);
    }

    /// <summary>The head of the counted noun shown in messages: 三个方面(的不足) → 三个方面, 四项(重点工作) → 四项重点工作.</summary>
    private static string DisplayedNoun(string countWord, string noun)
    {
        if (countWord.EndsWith("方面", StringComparison.Ordinal)) return "";
        if (noun.StartsWith("方面", StringComparison.Ordinal)) return "方面";
        int end = noun.IndexOf('的');
        return noun[..Math.Min(end < 0 ? noun.Length : end, 4)];
    }

    private static bool IsHanChar(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The clause that ends <paramref name="span"/>: after the last 。！？；, without the final 。：，.</summary>
    private static TextSpan LastClause(SourceText text, TextSpan span)
    {
        var body = WithoutTerminator(text, span);
        int start = body.End;
        while (start > body.Start && text[start - 1] is not ('。' or '！' or '？' or '；' or '：' or '，' or ';' or ':' or ',')) start--;
        while (start < body.End && char.IsWhiteSpace(text[start])) start++;
        return TextSpan.FromBounds(start, body.End);
    }

    private static TextSpan WithoutTerminator(SourceText text, TextSpan span)
    {
        int end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > span.Start && text[end - 1] is '。' or '：' or ':' or '，' or ',' or '；' or ';') end--;
        return TextSpan.FromBounds(span.Start, end);
    }

    /// <summary>A paragraph's text after its heading marker (the whole paragraph for body text).</summary>
    private static TextSpan TextAfterMarker(Paragraph paragraph) =>
        paragraph.Heading is { } heading ? TextSpan.FromBounds(heading.TitleSpan.Start, paragraph.Span.End) : paragraph.Span;

    /// <summary>True when <paramref name="index"/> lies inside “…” or 《…》 opened earlier in <paramref name="text"/>.</summary>
    private static bool IsQuoted(string text, int index)
    {
        int depth = 0;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] is '“' or '《' or '‘') depth++;
            else if (text[i] is '”' or '》' or '’' && depth > 0) depth--;
        }
        return depth > 0;
    }

    private static string LeadingHan(string text, int start, int max)
    {
        int end = start;
        while (end < text.Length && end - start < max && IsHanChar(text[end])) end++;
        return text[start..end];
    }

    private static string Amount(int n) => n == 2 ? "两" : ChineseNumerals.Format(n);

    [GeneratedRegex("(?<![第一二三四五六七八九十两几])(?<n>[两二三四五六七八九十]{1,2})(?:个|项|条|点|种|类|大|件|方面)")]
    private static partial Regex CountPattern();

    /// <summary>Nouns after a count that are durations, amounts or people, not a list: 三个月, 两个多小时, 五个百分点.</summary>
    [GeneratedRegex("^(?:月|年|小时|星期|季度|百分点|多|余|人|天|日|次|分钟|倍|钟|半|字|部门|单位|村|镇|乡|社区|支部)")]
    private static partial Regex ExcludedNoun();
}
