using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>What the judge concluded about one problem area.</summary>
/// <param name="IsUnanswered">True when no measure takes up the area's subject.</param>
/// <param name="ClosestMeasure">The measure sharing most with the area, or null when none shares anything.</param>
/// <param name="Missing">Words of the area that no measure takes up (at most three), for the message.</param>
public sealed record AreaVerdict(bool IsUnanswered, MeasureUnit? ClosestMeasure, IReadOnlyList<string> Missing);

/// <summary>Decides whether the measures answer a problem area by meaning: topics from the topic table first, jieba keywords when a
/// passage names no topic. An area is answered when the measures take up its heading, or at least half of its items.</summary>
public sealed class CoverageJudge
{
    private const double AnsweredShare = 0.5;
    private const int MinPartsForCommonWords = 5;
    private const int MaxMissingWords = 3;
    private const int TopicWeight = 6;
    private const int SharedWordsForAnswer = 2;

    private static readonly Lazy<FrozenSet<string>> GenericWords = new(() =>
        RuleData.ReadTable("correspondence/generic-words.tsv").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal));

    private readonly SourceText _text;
    private readonly TokenList _tokens;
    private readonly IReadOnlyList<TopicMention> _mentions;
    private readonly ImmutableArray<(MeasureUnit Unit, string Text, FrozenSet<string> Topics)> _measures;
    private readonly HashSet<string> _commonWords;

    public CoverageJudge(SourceText text, TokenList tokens, TopicLexicon lexicon, IReadOnlyList<ProblemArea> areas, IReadOnlyList<MeasureUnit> measures)
    {
        _text = text;
        _tokens = tokens;
        var parts = areas.Select(a => TextSpan.FromBounds(a.AnchorSpan.Start, a.BodySpan.End)).Concat(measures.Select(m => m.Span)).ToList();
        _mentions = lexicon.Find(text, tokens, TextSpan.FromBounds(parts.Min(p => p.Start), parts.Max(p => p.End)));
        _measures = [.. measures.Select(m => (m, text.ToString(m.Span), MentionsIn(m.Span).Select(t => t.Topic.Key).ToFrozenSet(StringComparer.Ordinal)))];
        _commonWords = CommonWords(parts);
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
            var verdict = JudgeItem(title, area.BodySpan, missing, missing);
            unanswered = verdict == Verdict.Unanswered;
        }
        else
        {
            var heading = Read(title);
            var headingVerdict = JudgeConcepts(heading.Topics, heading.Keywords, missing, missing);
            var items = area.Items.Select(i => JudgeItem(i.LeadSpan, i.BodySpan, missing, missingItemWords)).Where(v => v != Verdict.Unknown).ToList();
            bool answered = headingVerdict == Verdict.Answered || items.Count > 0 && items.Count(v => v == Verdict.Answered) * 2 >= items.Count;
            unanswered = !answered && (headingVerdict != Verdict.Unknown || items.Count > 0);
        }
        var shown = missing.Count > 0 ? missing : missingItemWords;
        return new AreaVerdict(unanswered, Closest(area, position), unanswered ? [.. shown.Distinct().Take(MaxMissingWords)] : []);
    }

    /// <summary>An item's subject: the topics of its lead clause, else the dominant topics of its body, else its keywords
    /// (answered when the keywords of the lead clause, or of the whole item, are mostly taken up, or one measure shares two of them).</summary>
    private Verdict JudgeItem(TextSpan lead, TextSpan body, List<string> missingTopics, List<string> missingWords)
    {
        var leadConcepts = Read(lead);
        if (leadConcepts.Topics.Count > 0) return JudgeConcepts(leadConcepts.Topics, [], missingTopics, missingWords);
        var bodyConcepts = Read(body);
        var dominant = Dominant(bodyConcepts.Topics);
        if (dominant.Count > 0) return JudgeConcepts(dominant, [], missingTopics, missingWords);
        var leadMissing = new List<string>();
        var leadVerdict = JudgeConcepts([], leadConcepts.Keywords, leadMissing, leadMissing);
        var bodyMissing = new List<string>();
        var bodyVerdict = JudgeConcepts([], bodyConcepts.Keywords, bodyMissing, bodyMissing);
        if (leadVerdict == Verdict.Answered || bodyVerdict == Verdict.Answered) return Verdict.Answered;
        var words = leadConcepts.Keywords.Concat(bodyConcepts.Keywords).Distinct().ToList();
        if (_measures.Any(m => words.Count(w => m.Text.Contains(w, StringComparison.Ordinal)) >= SharedWordsForAnswer)) return Verdict.Answered;
        missingWords.AddRange(leadVerdict == Verdict.Unknown ? bodyMissing : leadMissing);
        return leadVerdict == Verdict.Unknown ? bodyVerdict : leadVerdict;
    }

    /// <summary>Answered when the measures take up at least half of the concepts: topics when the passage names any, else keywords weighted by length.</summary>
    private Verdict JudgeConcepts(IReadOnlyList<TopicMention> topics, IReadOnlyList<string> keywords, List<string> missingTopics, List<string> missingWords)
    {
        List<(IReadOnlyList<string> Surfaces, int Weight, bool Covered)> concepts = topics.Count > 0
            ? [.. topics.GroupBy(t => t.Topic.Key).Select(g => ((IReadOnlyList<string>)[.. g.Select(t => t.Surface)], 1, HasTopic(g.Key)))]
            : [.. keywords.Distinct().Select(k => ((IReadOnlyList<string>)[k], k.Length, HasWord(k)))];
        if (concepts.Count == 0) return Verdict.Unknown;
        if (concepts.Where(c => c.Covered).Sum(c => c.Weight) >= AnsweredShare * concepts.Sum(c => c.Weight)) return Verdict.Answered;
        (topics.Count > 0 ? missingTopics : missingWords).AddRange(concepts.Where(c => !c.Covered).SelectMany(c => c.Surfaces));
        return Verdict.Unanswered;
    }

    /// <summary>The measure sharing most topics (6 points each, as much as three two-character words) and keywords (a point per character); ties go to the nearest position.</summary>
    private MeasureUnit? Closest(ProblemArea area, int position)
    {
        var (topics, words) = AllConcepts(area);
        var best = _measures
            .Select((m, index) => (m.Unit, Index: index,
                Score: TopicWeight * topics.Count(m.Topics.Contains) + words.Where(w => m.Text.Contains(w, StringComparison.Ordinal)).Sum(w => w.Length)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => Math.Abs(m.Index - position))
            .FirstOrDefault();
        return best.Unit;
    }

    /// <summary>True when the measure names any topic or keyword of the area.</summary>
    public bool Shares(ProblemArea area, MeasureUnit measure)
    {
        var (topics, words) = AllConcepts(area);
        var (_, text, measureTopics) = _measures.First(m => m.Unit == measure);
        return topics.Any(measureTopics.Contains) || words.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    private (HashSet<string> Topics, HashSet<string> Words) AllConcepts(ProblemArea area)
    {
        var all = Read(TextSpan.FromBounds(area.TitleSpan.Start, area.BodySpan.End));
        return (all.Topics.Select(t => t.Topic.Key).ToHashSet(StringComparer.Ordinal), all.Keywords.ToHashSet(StringComparer.Ordinal));
    }

    private bool HasTopic(string key) => _measures.Any(m => m.Topics.Contains(key));

    private bool HasWord(string word) => _measures.Any(m => m.Text.Contains(word, StringComparison.Ordinal));

    private (IReadOnlyList<TopicMention> Topics, IReadOnlyList<string> Keywords) Read(TextSpan span)
    {
        if (span.IsEmpty) return ([], []);
        var topics = MentionsIn(span);
        var keywords = new List<string>();
        foreach (var token in _tokens.In(span))
        {
            if (!IsContentWord(token) || _commonWords.Contains(token.Text)) continue;
            if (topics.Any(t => t.Span.OverlapsWith(token.Span))) continue;
            keywords.Add(token.Text);
        }
        return (topics, keywords);
    }

    private List<TopicMention> MentionsIn(TextSpan span) => [.. _mentions.Where(m => span.Contains(m.Span))];

    private HashSet<string> CommonWords(IReadOnlyList<TextSpan> parts)
    {
        if (parts.Count < MinPartsForCommonWords) return [];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in _tokens.In(part))
                if (IsContentWord(token) && seen.Add(token.Text)) counts[token.Text] = counts.GetValueOrDefault(token.Text) + 1;
        }
        return [.. counts.Where(c => c.Value * 2 > parts.Count).Select(c => c.Key)];
    }

    private static bool IsContentWord(Token token) => token.IsHan && token.Text.Length >= 2 && !GenericWords.Value.Contains(token.Text);

    private static IReadOnlyList<TopicMention> Dominant(IReadOnlyList<TopicMention> topics)
    {
        if (topics.Count == 0) return [];
        var groups = topics.GroupBy(t => t.Topic.Key).ToList();
        int max = groups.Max(g => g.Count());
        return [.. groups.Where(g => g.Count() == max).SelectMany(g => g)];
    }

    private enum Verdict
    {
        Unknown,
        Answered,
        Unanswered,
    }
}
