using System.Text.RegularExpressions;
using ReviewLint.Analyzers.Lexicon;

namespace ReviewLint.Analyzers.Wording;

/// <summary>A context condition of a confusable pair (column <c>context</c> of confusables.tsv): what must, or must not,
/// stand right before or after the wrong form, or later in its sentence.</summary>
internal abstract partial class ConfusableCondition
{
    public const string TimeMarker = "@time";
    public const string EndMarker = "@end";

    public abstract bool Holds(string text, int start, int end, TokenBoundaries boundaries);

    /// <summary>A condition naming the words before the match: the match may then start inside a token (严峻形式).</summary>
    public virtual bool AnchorsStart => false;

    /// <summary>A condition naming the words after the match: the match may then end inside a token (度过难关).</summary>
    public virtual bool AnchorsEnd => false;

    /// <summary>Parses <c>prev=甲|乙;!next=@end;!after=又</c>; an empty string gives no conditions.</summary>
    public static IReadOnlyList<ConfusableCondition> ParseAll(string specification, string source)
    {
        var conditions = new List<ConfusableCondition>();
        foreach (var part in specification.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=');
            if (equals <= 0) throw new FormatException($"{source}: 语境条件“{part}”应为“prev=…”“next=…”或“!after=…”。");
            string key = part[..equals];
            bool negated = key.StartsWith('!');
            if (negated) key = key[1..];
            var words = part[(equals + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0) throw new FormatException($"{source}: 语境条件“{part}”没有列出词语。");
            ConfusableCondition condition = key switch
            {
                "prev" => new Before(words),
                "next" => new After(words),
                "after" when negated => new NotLaterInSentence(words),
                _ => throw new FormatException($"{source}: 未知的语境条件“{part}”。"),
            };
            conditions.Add(negated && condition is not NotLaterInSentence ? new Not(condition) : condition);
        }
        return conditions;
    }

    /// <summary>One of the words ends right before the match, on a token boundary.</summary>
    private sealed class Before(string[] words) : ConfusableCondition
    {
        public override bool AnchorsStart => true;

        public override bool Holds(string text, int start, int end, TokenBoundaries boundaries)
        {
            foreach (var word in words)
            {
                int from = start - word.Length;
                if (from >= 0 && boundaries.IsBoundary(from) && text.AsSpan(from, word.Length).SequenceEqual(word)) return true;
            }
            return false;
        }
    }

    /// <summary>One of the words starts right after the match and ends on a token boundary (a word of two or more characters
    /// may also begin a longer token: 坚持 in 坚持原则); @time and @end are classes.</summary>
    private sealed class After(string[] words) : ConfusableCondition
    {
        public override bool AnchorsEnd => words.All(w => w is not (TimeMarker or EndMarker));

        public override bool Holds(string text, int start, int end, TokenBoundaries boundaries)
        {
            foreach (var word in words)
            {
                if (word == EndMarker)
                {
                    if (end == text.Length || !HanText.IsWordCharacter(text[end])) return true;
                }
                else if (word == TimeMarker)
                {
                    if (TimePoint().IsMatch(text.AsSpan(end))) return true;
                }
                else if (end + word.Length <= text.Length && text.AsSpan(end, word.Length).SequenceEqual(word)
                         && (word.Length > 1 || boundaries.IsBoundary(end + word.Length)))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>None of the words occurs between the match and the end of its sentence (excludes 既……又…… patterns).</summary>
    private sealed class NotLaterInSentence(string[] words) : ConfusableCondition
    {
        public override bool Holds(string text, int start, int end, TokenBoundaries boundaries)
        {
            int stop = end;
            while (stop < text.Length && !HanText.IsSentenceEnd(text[stop])) stop++;
            var rest = text.AsSpan(end, stop - end);
            foreach (var word in words)
                if (rest.Contains(word, StringComparison.Ordinal)) return false;
            return true;
        }
    }

    private sealed class Not(ConfusableCondition inner) : ConfusableCondition
    {
        public override bool Holds(string text, int start, int end, TokenBoundaries boundaries) => !inner.Holds(text, start, end, boundaries);
    }

    /// <summary>A point in time: 2023年, 12月31日, 二〇二三年, 目前, 今年, 年底 ….</summary>
    [GeneratedRegex(@"^\s*(?:(?:[0-9０-９]+|[〇零一二三四五六七八九十两]+)\s*(?:年|月|日|号|时|点|季度)|(?:目前|当前|现在|今年|去年|前年|明年|本年|当年|今天|昨天|今日|昨日|本月|上月|当月|本周|上周|年底|年末|年初|月底|月末|上半年|下半年|本季度|上季度|发稿时|记者发稿时|此时|本年度|上年|上年度|报告期末|期末))")]
    private static partial Regex TimePoint();
}
