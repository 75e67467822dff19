using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>A subject problems and measures are written about (理论学习, 作风, 廉洁 …) and the wordings that name it.</summary>
public sealed record Topic(string Key, string Name, Regex Pattern);

/// <summary>One place where a topic is named, with the words used.</summary>
public readonly record struct TopicMention(Topic Topic, TextSpan Span, string Surface);

/// <summary>The topic table (rules/data/correspondence/topics.tsv): different wordings of one subject count as the same meaning.</summary>
public sealed class TopicLexicon
{
    private static readonly Lazy<TopicLexicon> Instance = new(() => new TopicLexicon(
        [.. RuleData.ReadTable("correspondence/topics.tsv").Select(r => new Topic(r[0], r[1], new Regex(r[2], RegexOptions.CultureInvariant)))]));

    private TopicLexicon(ImmutableArray<Topic> topics) => Topics = topics;

    public static TopicLexicon Default => Instance.Value;

    public ImmutableArray<Topic> Topics { get; }

    /// <summary>Every mention of every topic inside <paramref name="span"/>, in text order. A wording found inside a longer jieba word
    /// counts (纪律 in 严守纪律); one that starts inside a word and runs past its end does not (民生 in 人民生活).</summary>
    public IReadOnlyList<TopicMention> Find(SourceText text, TokenList tokens, TextSpan span)
    {
        var mentions = new List<TopicMention>();
        foreach (var topic in Topics)
        {
            int position = span.Start;
            while (position < span.End && topic.Pattern.Match(text.Content, position, span.End - position) is { Success: true } match)
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
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    private static bool CrossesWordEnd(TokenList tokens, TextSpan found)
    {
        int index = tokens.IndexAt(found.Start);
        if (index >= tokens.Count) return false;
        var word = tokens[index].Span;
        return word.Start < found.Start && found.End > word.End;
    }
}
