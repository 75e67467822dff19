using System.Collections.Frozen;
using System.Collections.Immutable;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>A subject problems and measures are written about (理论学习, 作风, 安全生产 …); <paramref name="Index"/> is its position in the table.
/// <paramref name="IsField"/> marks a field of work whose wordings name different things in it (病历质控 and 预约诊疗 in 医疗卫生), not
/// different wordings of one thing (理论学习 and 理论武装). <paramref name="Heads"/> are the two-character words that name the field itself
/// (医疗; 安全 of 安全生产, 安全隐患, 安全监管): another thing of the field is written with them too (饮水安全, 医疗服务).</summary>
public sealed record Topic(int Index, string Key, string Name, bool IsField, FrozenSet<string> Heads);

/// <summary>One place where a topic is named, with the words used.</summary>
public readonly record struct TopicMention(Topic Topic, TextSpan Span, string Surface);

/// <summary>The topic table (rules/data/correspondence/topics.tsv): different wordings of one subject count as the same meaning.
/// A wording is a word or phrase (<c>理论武装</c>), or two of them a few characters apart within a clause
/// (<c>(走访|联系)[^，。；]{0,4}(群众|居民)</c>); all are found in one pass over the text with a character trie.</summary>
public sealed class TopicLexicon
{
    /// <summary>The most topics the table may hold: coverage is kept in 64-bit masks.</summary>
    public const int MaxTopics = 64;

    /// <summary>Used to size mention lists up front.</summary>
    public const int ExpectedCharactersPerMention = 16;

    private static readonly Lazy<TopicLexicon> Instance = new(() => new TopicLexicon(RuleData.ReadTable("correspondence/topics.tsv")));

    private readonly WordTrie _trie = new();
    private readonly List<PairPattern> _pairs = [];

    /// <summary>Two wordings of <paramref name="Topic"/> at most <paramref name="MaxGap"/> characters apart, with no clause break between.</summary>
    private sealed record PairPattern(Topic Topic, int MaxGap, string[] Right);

    private TopicLexicon(IReadOnlyList<string[]> rows)
    {
        if (rows.Count > MaxTopics) throw new InvalidOperationException($"topics.tsv has {rows.Count} topics; at most {MaxTopics} are supported.");
        Topics = [.. rows.Select(NewTopic)];
        foreach (var topic in Topics)
            foreach (string wording in TopicPattern.Alternatives(rows[topic.Index][3]))
            {
                var (left, gap, right) = TopicPattern.Parse(wording);
                if (right.Length == 0)
                {
                    foreach (string word in left) _trie.Add(word, topic.Index);
                    continue;
                }
                _pairs.Add(new PairPattern(topic, gap, right));
                foreach (string word in left) _trie.Add(word, -_pairs.Count);
            }
        _trie.Freeze();
    }

    public static TopicLexicon Default => Instance.Value;

    private static Topic NewTopic(string[] row, int index)
    {
        bool isField = Kind(row[2]);
        return new Topic(index, row[0], row[1], isField, isField ? FieldHeads(row[3]) : FrozenSet<string>.Empty);
    }

    /// <summary>True for the kind <c>field</c>, false for <c>subject</c>.</summary>
    private static bool Kind(string kind) => kind switch
    {
        "field" => true,
        "subject" => false,
        _ => throw new FormatException($"topics.tsv: kind “{kind}” is neither subject nor field"),
    };

    public ImmutableArray<Topic> Topics { get; }

    /// <summary>The two-character plain wordings of a field (医疗) and the two characters that begin or end two or more of its plain
    /// wordings (安全 of 安全生产, 安全隐患, 安全监管).</summary>
    private static FrozenSet<string> FieldHeads(string patterns)
    {
        var words = TopicPattern.Alternatives(patterns).Select(TopicPattern.Parse).Where(p => p.Right.Length == 0).SelectMany(p => p.Left).ToList();
        var ends = words.Where(w => w.Length > 2).SelectMany(w => new[] { w[..2], w[^2..] }).CountBy(e => e, StringComparer.Ordinal);
        return words.Where(w => w.Length == 2).Concat(ends.Where(e => e.Value >= 2).Select(e => e.Key)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every mention of every topic inside <paramref name="span"/>, in text order. A wording found inside a longer jieba word
    /// counts (纪律 in 严守纪律); one that starts inside a word and runs past its end does not (民生 in 人民生活). At one position each
    /// topic takes its longest wording; overlapping wordings of one topic make one mention.</summary>
    public List<TopicMention> Find(SourceText text, TokenList tokens, TextSpan span)
    {
        var mentions = new List<TopicMention>(span.Length / ExpectedCharactersPerMention);
        Find(text, tokens, span, mentions);
        return mentions;
    }

    /// <summary>Appends the mentions inside <paramref name="span"/> to <paramref name="mentions"/> (see the other overload).</summary>
    public void Find(SourceText text, TokenList tokens, TextSpan span, List<TopicMention> mentions)
    {
        Span<int> nextFree = stackalloc int[Topics.Length];
        nextFree.Fill(span.Start);
        var content = text.Content.AsSpan(0, span.End);
        Span<(int Length, int Node)> ends = stackalloc (int, int)[WordTrie.MaxLength];
        int token = tokens.IndexAt(span.Start);
        for (int position = span.Start; position + 1 < span.End; position++)
        {
            if (!_trie.MayStart(content[position], content[position + 1])) continue;
            int count = _trie.Walk(content[position..], ends);
            if (count == 0) continue;
            while (token < tokens.Count && tokens[token].End <= position) token++;
            var word = token < tokens.Count && tokens[token].Start <= position ? tokens[token].Span : new TextSpan(position, 0);
            for (int e = count - 1; e >= 0; e--)
            {
                var (length, node) = ends[e];
                var found = new TextSpan(position, length);
                if (word.Start < found.Start && found.End > word.End) continue;
                foreach (int value in _trie.ValuesAt(node))
                {
                    if (value >= 0) Add(new TopicMention(Topics[value], found, _trie.WordAt(node)), mentions, nextFree, text);
                    else if (MatchPair(_pairs[-value - 1], content, found) is { } pair) Add(new TopicMention(pair.Topic, pair.Span, text.Content.Substring(pair.Span.Start, pair.Span.Length)), mentions, nextFree, text);
                }
            }
        }
    }

    /// <summary>Adds the mention, or, when it overlaps the topic's previous mention and runs past it, lengthens that one
    /// (政治理论 and 理论学习 in 政治理论学习 make one mention).</summary>
    private static void Add(TopicMention mention, List<TopicMention> mentions, Span<int> nextFree, SourceText text)
    {
        int free = nextFree[mention.Topic.Index];
        if (free > mention.Span.Start)
        {
            if (mention.Span.End <= free) return;
            int last = mentions.Count - 1;
            while (mentions[last].Topic.Index != mention.Topic.Index) last--;
            var span = TextSpan.FromBounds(mentions[last].Span.Start, mention.Span.End);
            mentions[last] = mentions[last] with { Span = span, Surface = text.Content.Substring(span.Start, span.Length) };
        }
        else mentions.Add(mention);
        nextFree[mention.Topic.Index] = mention.Span.End;
    }

    /// <summary>The pair starting with <paramref name="left"/>: the first right-hand wording within the gap, before any clause break.</summary>
    private static (Topic Topic, TextSpan Span)? MatchPair(PairPattern pair, ReadOnlySpan<char> content, TextSpan left)
    {
        for (int start = left.End; start <= left.End + pair.MaxGap && start < content.Length; start++)
        {
            foreach (string right in pair.Right)
                if (content[start..].StartsWith(right, StringComparison.Ordinal)) return (pair.Topic, TextSpan.FromBounds(left.Start, start + right.Length));
            if (TopicPattern.IsClauseBreak(content[start])) return null;
        }
        return null;
    }
}
