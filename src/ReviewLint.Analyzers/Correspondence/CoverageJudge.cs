using System.Collections.Frozen;
using System.Numerics;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>What the judge concluded about one problem area.</summary>
/// <param name="IsUnanswered">True when no measure takes up the area's subject.</param>
/// <param name="ClosestMeasure">The measure sharing most with the area, or null when none shares anything.</param>
/// <param name="Missing">Words of the area that no measure takes up (at most three), for the message.</param>
public sealed record AreaVerdict(bool IsUnanswered, MeasureUnit? ClosestMeasure, IReadOnlyList<string> Missing);

/// <summary>Decides whether the measures answer a problem area by meaning: topics from the topic table first (leaving out topics named
/// in most parts of the report), jieba keywords when a passage names no topic.
/// An area is answered when the measures take up its heading, or at least half of its items.
/// Everything about the measures is worked out once per document: the topics each measure names (a bit mask) and, per keyword,
/// the measures containing it (a bit mask), so judging is set arithmetic rather than string searches.</summary>
public sealed class CoverageJudge
{
    private const double AnsweredShare = 0.5;
    private const int MinPartsForCommonWords = 5;
    private const int MinPartsForCommonTopics = 3;
    private const int MaxMissingWords = 3;
    private const int TopicWeight = 6;
    private const int SharedWordsForAnswer = 2;
    private const int MaxMeasures = 64;
    private const int ExpectedKeywords = 256;

    private static readonly Lazy<FrozenSet<string>> GenericWords = new(() =>
        RuleData.ReadTable("correspondence/generic-words.tsv").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Scratch table for <see cref="CommonWords"/>, reused by each thread so its buckets are not reallocated per document.</summary>
    [ThreadStatic]
    private static Dictionary<string, (int Parts, int LastPart)>? t_wordCounts;

    private readonly SourceText _text;
    private readonly TokenList _tokens;
    private readonly List<TopicMention> _mentions;
    private readonly MeasureUnit[] _measures;
    private readonly ulong[] _measureTopics;
    private readonly ulong _anyMeasureTopics;
    private readonly HashSet<string> _commonWords;
    private readonly Dictionary<string, ulong> _measuresWithWord = new(ExpectedKeywords, StringComparer.Ordinal);
    private readonly Dictionary<ProblemArea, Concepts> _areaConcepts = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Whether each token of the problems and measures (from token <see cref="_keywordFrom"/> on) is a keyword, worked out once.</summary>
    private readonly bool[] _isKeyword;
    private readonly int _keywordFrom;

    /// <summary>The topics and keywords of a passage.</summary>
    private readonly record struct Concepts(List<TopicMention> Topics, ulong TopicMask, List<string> Keywords);

    public CoverageJudge(SourceText text, TokenList tokens, TopicLexicon lexicon, IReadOnlyList<ProblemArea> areas, IReadOnlyList<MeasureUnit> measures)
    {
        _text = text;
        _tokens = tokens;
        _measures = [.. measures.Take(MaxMeasures)];
        var parts = new List<TextSpan>(areas.Count + _measures.Length);
        foreach (var area in areas) parts.Add(TextSpan.FromBounds(area.AnchorSpan.Start, area.BodySpan.End));
        var problems = Cover(parts);
        foreach (var measure in _measures) parts.Add(measure.Span);
        var solutions = Cover(parts[areas.Count..]);
        _mentions = FindMentions(lexicon, problems, solutions);
        DropCommonTopics(parts);
        _measureTopics = new ulong[_measures.Length];
        for (int i = 0; i < _measures.Length; i++)
        {
            _measureTopics[i] = TopicMaskIn(_measures[i].Span);
            _anyMeasureTopics |= _measureTopics[i];
        }
        var all = Cover(parts);
        _keywordFrom = tokens.IndexAt(all.Start);
        _isKeyword = new bool[Math.Max(0, tokens.IndexAt(all.End) - _keywordFrom)];
        for (int i = 0; i < _isKeyword.Length; i++) _isKeyword[i] = IsContentWord(tokens[_keywordFrom + i]);
        _commonWords = CommonWords(parts);
        for (int i = 0; i < _isKeyword.Length; i++)
            if (_isKeyword[i] && _commonWords.Contains(tokens[_keywordFrom + i].Text)) _isKeyword[i] = false;
    }

    /// <summary>Judges one area by meaning; <paramref name="title"/> is the part of its heading that sets it apart from its siblings,
    /// <paramref name="position"/> its index among the areas (breaks ties between equally close measures).</summary>
    public AreaVerdict Judge(ProblemArea area, TextSpan title, int position)
    {
        var missing = new List<string>();
        var missingItemWords = new List<string>();
        bool unanswered;
        if (area.Items.IsEmpty)
        {
            unanswered = JudgeItem(title, area.BodySpan, missing, missing) == Verdict.Unanswered;
        }
        else
        {
            var heading = Read(title);
            var headingVerdict = JudgeConcepts(heading.Topics, heading.Keywords, missing, missing);
            int judged = 0, answered = 0;
            foreach (var item in area.Items)
            {
                var verdict = JudgeItem(item.LeadSpan, item.BodySpan, missing, missingItemWords);
                if (verdict == Verdict.Unknown) continue;
                judged++;
                if (verdict == Verdict.Answered) answered++;
            }
            bool isAnswered = headingVerdict == Verdict.Answered || judged > 0 && answered * 2 >= judged;
            unanswered = !isAnswered && (headingVerdict != Verdict.Unknown || judged > 0);
        }
        var shown = missing.Count > 0 ? missing : missingItemWords;
        return new AreaVerdict(unanswered, Closest(area, position), unanswered ? [.. shown.Distinct().Take(MaxMissingWords)] : []);
    }

    /// <summary>True when the measure names any topic or keyword of the area.</summary>
    public bool Shares(ProblemArea area, MeasureUnit measure)
    {
        int index = Array.IndexOf(_measures, measure);
        if (index < 0) return false;
        var concepts = AllConcepts(area);
        if ((concepts.TopicMask & _measureTopics[index]) != 0) return true;
        foreach (var word in concepts.Keywords)
            if ((MeasuresWith(word) & Bit(index)) != 0) return true;
        return false;
    }

    /// <summary>An item's subject: the topics of its lead clause, else the dominant topics of its body (answered when the measures take
    /// those up); with no topic, its keywords (answered when the measures take up most of those of the lead clause or of the whole item,
    /// or one measure shares two of them).</summary>
    private Verdict JudgeItem(TextSpan lead, TextSpan body, List<string> missingTopics, List<string> missingWords)
    {
        var leadConcepts = Read(lead);
        var bodyConcepts = Read(body);
        var topics = leadConcepts.Topics.Count > 0 ? leadConcepts.Topics : Dominant(bodyConcepts.Topics);
        var topicMissing = new List<string>();
        var topicVerdict = topics.Count > 0 ? JudgeConcepts(topics, [], topicMissing, topicMissing) : Verdict.Unknown;
        if (topicVerdict == Verdict.Answered) return Verdict.Answered;
        if (topicVerdict == Verdict.Unanswered)
        {
            missingTopics.AddRange(topicMissing);
            return Verdict.Unanswered;
        }
        var leadMissing = new List<string>();
        var leadVerdict = JudgeConcepts([], leadConcepts.Keywords, leadMissing, leadMissing);
        var bodyMissing = new List<string>();
        var bodyVerdict = JudgeConcepts([], bodyConcepts.Keywords, bodyMissing, bodyMissing);
        if (leadVerdict == Verdict.Answered || bodyVerdict == Verdict.Answered) return Verdict.Answered;
        if (OneMeasureSharesTwo(leadConcepts.Keywords, bodyConcepts.Keywords)) return Verdict.Answered;
        missingWords.AddRange(leadVerdict == Verdict.Unknown ? bodyMissing : leadMissing);
        return leadVerdict == Verdict.Unknown ? bodyVerdict : leadVerdict;
    }

    /// <summary>True when some measure contains at least two distinct keywords of the item.</summary>
    private bool OneMeasureSharesTwo(List<string> lead, List<string> body)
    {
        Span<int> shared = stackalloc int[_measures.Length];
        _seen.Clear();
        foreach (var words in (ReadOnlySpan<List<string>>)[lead, body])
            foreach (var word in words)
            {
                if (!_seen.Add(word)) continue;
                ulong mask = MeasuresWith(word);
                while (mask != 0)
                {
                    int index = BitOperations.TrailingZeroCount(mask);
                    if (++shared[index] >= SharedWordsForAnswer) return true;
                    mask &= mask - 1;
                }
            }
        return false;
    }

    /// <summary>Answered when the measures take up at least half of the concepts: topics when the passage names any, else keywords weighted by length.</summary>
    private Verdict JudgeConcepts(List<TopicMention> topics, List<string> keywords, List<string> missingTopics, List<string> missingWords)
    {
        if (topics.Count > 0)
        {
            ulong mask = 0;
            foreach (var mention in topics) mask |= Bit(mention.Topic.Index);
            ulong uncovered = mask & ~_anyMeasureTopics;
            if (BitOperations.PopCount(mask & _anyMeasureTopics) >= AnsweredShare * BitOperations.PopCount(mask)) return Verdict.Answered;
            AddSurfacesInTopicOrder(topics, uncovered, missingTopics);
            return Verdict.Unanswered;
        }
        if (keywords.Count == 0) return Verdict.Unknown;
        int total = 0, covered = 0;
        _seen.Clear();
        foreach (var word in keywords)
        {
            if (!_seen.Add(word)) continue;
            total += word.Length;
            if (MeasuresWith(word) != 0) covered += word.Length;
        }
        if (covered >= AnsweredShare * total) return Verdict.Answered;
        _seen.Clear();
        foreach (var word in keywords)
            if (_seen.Add(word) && MeasuresWith(word) == 0) missingWords.Add(word);
        return Verdict.Unanswered;
    }

    /// <summary>The wordings of the uncovered topics, topic by topic in the order the topics first appear.</summary>
    private static void AddSurfacesInTopicOrder(List<TopicMention> topics, ulong uncovered, List<string> missing)
    {
        foreach (var first in topics)
        {
            ulong bit = Bit(first.Topic.Index);
            if ((uncovered & bit) == 0) continue;
            uncovered &= ~bit;
            foreach (var mention in topics)
                if (mention.Topic.Index == first.Topic.Index) missing.Add(mention.Surface);
        }
    }

    /// <summary>The measure sharing most topics (6 points each, as much as three two-character words) and keywords (a point per character); ties go to the nearest position.</summary>
    private MeasureUnit? Closest(ProblemArea area, int position)
    {
        var concepts = AllConcepts(area);
        Span<int> scores = stackalloc int[_measures.Length];
        for (int i = 0; i < _measures.Length; i++) scores[i] = TopicWeight * BitOperations.PopCount(concepts.TopicMask & _measureTopics[i]);
        _seen.Clear();
        foreach (var word in concepts.Keywords)
        {
            if (!_seen.Add(word)) continue;
            for (ulong mask = MeasuresWith(word); mask != 0; mask &= mask - 1) scores[BitOperations.TrailingZeroCount(mask)] += word.Length;
        }
        int best = -1;
        for (int i = 0; i < _measures.Length; i++)
        {
            if (scores[i] == 0) continue;
            if (best < 0 || scores[i] > scores[best] || scores[i] == scores[best] && Math.Abs(i - position) < Math.Abs(best - position)) best = i;
        }
        return best < 0 ? null : _measures[best];
    }

    private Concepts AllConcepts(ProblemArea area)
    {
        if (!_areaConcepts.TryGetValue(area, out var concepts))
            _areaConcepts[area] = concepts = Read(TextSpan.FromBounds(area.TitleSpan.Start, area.BodySpan.End));
        return concepts;
    }

    /// <summary>The measures (bit i for measure i) whose text contains <paramref name="word"/>, worked out once per word.</summary>
    private ulong MeasuresWith(string word)
    {
        if (_measuresWithWord.TryGetValue(word, out ulong mask)) return mask;
        for (int i = 0; i < _measures.Length; i++)
            if (_text.Content.AsSpan(_measures[i].Span.Start, _measures[i].Span.Length).Contains(word, StringComparison.Ordinal)) mask |= Bit(i);
        _measuresWithWord[word] = mask;
        return mask;
    }

    /// <summary>The topics named in <paramref name="span"/> and its content words outside those mentions (one sweep: mentions are sorted by start).</summary>
    private Concepts Read(TextSpan span)
    {
        if (span.IsEmpty) return new([], 0, []);
        var topics = MentionsIn(span);
        ulong mask = 0;
        foreach (var mention in topics) mask |= Bit(mention.Topic.Index);
        var keywords = new List<string>();
        int next = 0, mentionedUntil = 0;
        var tokens = _tokens.In(span);
        int index = tokens.IsEmpty ? 0 : _tokens.IndexAt(tokens[0].Start) - _keywordFrom;
        foreach (var token in tokens)
        {
            for (; next < topics.Count && topics[next].Span.Start < token.End; next++) mentionedUntil = Math.Max(mentionedUntil, topics[next].Span.End);
            bool isKeyword = (uint)index < (uint)_isKeyword.Length ? _isKeyword[index] : IsContentWord(token) && !_commonWords.Contains(token.Text);
            index++;
            if (mentionedUntil > token.Start || !isKeyword) continue;
            keywords.Add(token.Text);
        }
        return new(topics, mask, keywords);
    }

    /// <summary>The mentions lying inside <paramref name="span"/>.</summary>
    private List<TopicMention> MentionsIn(TextSpan span)
    {
        int lo = FirstMentionFrom(span.Start), end = lo;
        while (end < _mentions.Count && _mentions[end].Span.Start < span.End) end++;
        var found = new List<TopicMention>(end - lo);
        for (int i = lo; i < end; i++)
            if (_mentions[i].Span.End <= span.End) found.Add(_mentions[i]);
        return found;
    }

    /// <summary>The topic mentions in the problems and in the measures (not in the causes between them), sorted by start.</summary>
    private List<TopicMention> FindMentions(TopicLexicon lexicon, TextSpan problems, TextSpan solutions)
    {
        var (first, second) = problems.Start <= solutions.Start ? (problems, solutions) : (solutions, problems);
        if (second.Start < first.End) return lexicon.Find(_text, _tokens, TextSpan.FromBounds(first.Start, Math.Max(first.End, second.End)));
        var mentions = new List<TopicMention>((first.Length + second.Length) / TopicLexicon.ExpectedCharactersPerMention);
        lexicon.Find(_text, _tokens, first, mentions);
        lexicon.Find(_text, _tokens, second, mentions);
        return mentions;
    }

    /// <summary>The smallest span covering all of <paramref name="spans"/>.</summary>
    private static TextSpan Cover(List<TextSpan> spans)
    {
        int start = int.MaxValue, end = 0;
        foreach (var span in spans) (start, end) = (Math.Min(start, span.Start), Math.Max(end, span.End));
        return start <= end ? TextSpan.FromBounds(start, end) : default;
    }

    private ulong TopicMaskIn(TextSpan span)
    {
        ulong mask = 0;
        for (int i = FirstMentionFrom(span.Start); i < _mentions.Count && _mentions[i].Span.Start < span.End; i++)
            if (_mentions[i].Span.End <= span.End) mask |= Bit(_mentions[i].Topic.Index);
        return mask;
    }

    /// <summary>The index of the first mention starting at or after <paramref name="position"/> (binary search: mentions are sorted by start).</summary>
    private int FirstMentionFrom(int position)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].Span.Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Forgets the topics named in more than half of the parts (health care in a hospital's report), or in every part of a
    /// short report: like common words, they cannot tell which measure answers which problem.</summary>
    private void DropCommonTopics(List<TextSpan> parts)
    {
        if (parts.Count < MinPartsForCommonTopics) return;
        Span<int> counts = stackalloc int[TopicLexicon.MaxTopics];
        foreach (var part in parts)
            for (ulong mask = TopicMaskIn(part); mask != 0; mask &= mask - 1) counts[BitOperations.TrailingZeroCount(mask)]++;
        ulong common = 0;
        for (int topic = 0; topic < TopicLexicon.MaxTopics; topic++)
            if (counts[topic] == parts.Count || parts.Count >= MinPartsForCommonWords && counts[topic] * 2 > parts.Count) common |= Bit(topic);
        if (common != 0) _mentions.RemoveAll(m => (common & Bit(m.Topic.Index)) != 0);
    }

    /// <summary>The content words found in more than half of the parts (reads the content-word flags in <see cref="_isKeyword"/>).</summary>
    private HashSet<string> CommonWords(List<TextSpan> parts)
    {
        if (parts.Count < MinPartsForCommonWords) return [];
        var counts = t_wordCounts ??= new Dictionary<string, (int Parts, int LastPart)>(StringComparer.Ordinal);
        counts.Clear();
        for (int part = 0; part < parts.Count; part++)
        {
            var tokens = _tokens.In(parts[part]);
            int index = tokens.IsEmpty ? 0 : _tokens.IndexAt(tokens[0].Start) - _keywordFrom;
            foreach (var token in tokens)
            {
                if (!_isKeyword[index++]) continue;
                var (count, last) = counts.GetValueOrDefault(token.Text, (0, -1));
                if (last != part) counts[token.Text] = (count + 1, part);
            }
        }
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, (count, _)) in counts)
            if (count * 2 > parts.Count) common.Add(word);
        return common;
    }

    private static bool IsContentWord(Token token) => token.IsHan && token.Text.Length >= 2 && !GenericWords.Value.Contains(token.Text);

    /// <summary>The mentions of the topics named most often in the passage.</summary>
    private static List<TopicMention> Dominant(List<TopicMention> topics)
    {
        if (topics.Count == 0) return topics;
        Span<int> counts = stackalloc int[TopicLexicon.MaxTopics];
        int max = 0;
        foreach (var mention in topics) max = Math.Max(max, ++counts[mention.Topic.Index]);
        var dominant = new List<TopicMention>();
        foreach (var mention in topics)
            if (counts[mention.Topic.Index] == max) dominant.Add(mention);
        return dominant;
    }

    private static ulong Bit(int index) => 1UL << index;

    private enum Verdict
    {
        Unknown,
        Answered,
        Unanswered,
    }
}
