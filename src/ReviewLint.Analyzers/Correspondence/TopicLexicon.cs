using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>A subject problems and measures are written about (理论学习, 作风, 安全生产 …); <paramref name="Index"/> is its position in the table.</summary>
public sealed record Topic(int Index, string Key, string Name);

/// <summary>One place where a topic is named, with the words used.</summary>
public readonly record struct TopicMention(Topic Topic, TextSpan Span, string Surface);

/// <summary>The topic table (rules/data/correspondence/topics.tsv): different wordings of one subject count as the same meaning.
/// Plain wordings are found in one vectorized pass over the text; the few wordings written as patterns (<c>走访.{0,4}群众</c>) by regex.</summary>
public sealed class TopicLexicon
{
    /// <summary>The most topics the table may hold: coverage is kept in 64-bit masks.</summary>
    public const int MaxTopics = 64;

    private const string RegexSyntax = @".[](){}?*+\^$";

    private static readonly Lazy<TopicLexicon> Instance = new(() => new TopicLexicon(RuleData.ReadTable("correspondence/topics.tsv")));

    private readonly SearchValues<string> _starts;
    private readonly FrozenDictionary<char, (string Surface, Topic Topic)[]> _byFirstChar;
    private readonly (Topic Topic, Regex Pattern)[] _patterns;

    private TopicLexicon(IReadOnlyList<string[]> rows)
    {
        if (rows.Count > MaxTopics) throw new InvalidOperationException($"topics.tsv has {rows.Count} topics; at most {MaxTopics} are supported.");
        Topics = [.. rows.Select((r, i) => new Topic(i, r[0], r[1]))];
        var literals = new List<(string Surface, Topic Topic)>();
        var patterns = new List<(Topic, Regex)>();
        foreach (var topic in Topics)
        {
            var alternatives = TopLevelAlternatives(rows[topic.Index][2]);
            literals.AddRange(alternatives.Where(IsLiteral).Distinct().Select(a => (a, topic)));
            var rest = alternatives.Where(a => !IsLiteral(a)).ToList();
            if (rest.Count > 0) patterns.Add((topic, new Regex(string.Join("|", rest.Select(a => $"(?:{a})")), RegexOptions.CultureInvariant)));
        }
        _starts = SearchValues.Create([.. literals.Select(l => l.Surface).Distinct()], StringComparison.Ordinal);
        _byFirstChar = literals
            .GroupBy(l => l.Surface[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(l => l.Surface.Length).ToArray());
        _patterns = [.. patterns];
    }

    public static TopicLexicon Default => Instance.Value;

    public ImmutableArray<Topic> Topics { get; }

    /// <summary>Every mention of every topic inside <paramref name="span"/>, in text order. A wording found inside a longer jieba word
    /// counts (纪律 in 严守纪律); one that starts inside a word and runs past its end does not (民生 in 人民生活). At one position each
    /// topic takes its longest wording; a topic's mentions do not overlap.</summary>
    public List<TopicMention> Find(SourceText text, TokenList tokens, TextSpan span)
    {
        var mentions = new List<TopicMention>();
        Span<int> nextFree = stackalloc int[Topics.Length];
        nextFree.Fill(span.Start);
        var content = text.Content.AsSpan(0, span.End);
        for (int position = span.Start; position < span.End;)
        {
            int found = content[position..].IndexOfAny(_starts);
            if (found < 0) break;
            position += found;
            foreach (var (surface, topic) in _byFirstChar[content[position]])
            {
                if (nextFree[topic.Index] > position || !content[position..].StartsWith(surface, StringComparison.Ordinal)) continue;
                var match = new TextSpan(position, surface.Length);
                if (CrossesWordEnd(tokens, match)) continue;
                mentions.Add(new TopicMention(topic, match, surface));
                nextFree[topic.Index] = match.End;
            }
            position++;
        }
        foreach (var (topic, pattern) in _patterns)
        {
            int position = span.Start;
            while (position < span.End && pattern.Match(text.Content, position, span.End - position) is { Success: true } match)
            {
                var found = new TextSpan(match.Index, match.Length);
                if (found.IsEmpty || CrossesWordEnd(tokens, found))
                {
                    position = match.Index + 1;
                    continue;
                }
                mentions.Add(new TopicMention(topic, found, match.Value));
                position = found.End;
            }
        }
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Topic.Index.CompareTo(b.Topic.Index));
        return mentions;
    }

    private static bool CrossesWordEnd(TokenList tokens, TextSpan found)
    {
        int index = tokens.IndexAt(found.Start);
        if (index >= tokens.Count) return false;
        var word = tokens[index].Span;
        return word.Start < found.Start && found.End > word.End;
    }

    private static bool IsLiteral(string alternative) => alternative.AsSpan().IndexOfAny(RegexSyntax) < 0;

    /// <summary>The alternatives of a pattern split at the <c>|</c> outside parentheses and brackets.</summary>
    private static List<string> TopLevelAlternatives(string pattern)
    {
        var alternatives = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') i++;
            else if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            else if (c == '|' && depth == 0)
            {
                alternatives.Add(pattern[start..i]);
                start = i + 1;
            }
        }
        alternatives.Add(pattern[start..]);
        return [.. alternatives.Where(a => a.Length > 0)];
    }
}
