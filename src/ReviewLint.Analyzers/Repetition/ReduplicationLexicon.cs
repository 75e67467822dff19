using System.Collections.Frozen;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Repetition;

/// <summary>What RL3001 knows besides jieba's dictionary: legitimate reduplications and same-character contexts
/// (reduplication.tsv, repeat-contexts.tsv) and the words that never reduplicate (repeat-function-words.tsv).</summary>
internal sealed class ReduplicationLexicon
{
    /// <summary>jieba tags of names and numerals: an AA name (丽丽) says nothing about whether a character reduplicates.</summary>
    private static readonly FrozenSet<string> NameTags = FrozenSet.ToFrozenSet(["nr", "nrt", "nrfg", "ns", "nz", "m"], StringComparer.Ordinal);

    // Looked up by span, so callers need not build strings for candidates.
    private readonly FrozenDictionary<string, (string Text, int Offset)[]>.AlternateLookup<ReadOnlySpan<char>> _legitimateByPair;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _reduplicableSingles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _legitimateWords;
    private readonly IReadOnlyList<string> _legitimate;

    private ReduplicationLexicon(IReadOnlyList<string> legitimate, IEnumerable<string> reduplicableSingles, IEnumerable<string[]> functionWords)
    {
        _legitimate = legitimate;
        var byPair = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        foreach (var text in legitimate.Distinct(StringComparer.Ordinal))
        {
            for (int i = 0; i + 1 < text.Length; i++)
            {
                if (text[i] != text[i + 1]) continue;
                string pair = text.Substring(i, 2);
                if (!byPair.TryGetValue(pair, out var list)) byPair[pair] = list = [];
                list.Add((text, i));
            }
        }
        _legitimateByPair = byPair.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _reduplicableSingles = reduplicableSingles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _legitimateWords = legitimate.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var words = functionWords.ToList();
        FunctionCharacters = words.Where(w => w[1] is "虚字" or "虚字+").Select(w => w[0][0]).ToFrozenSet();
        NeverBeforeOwnWord = words.Where(w => w[1] == "虚字+").Select(w => w[0][0]).ToFrozenSet();
        NonReduplicatingWords = words.Where(w => w[1] == "不叠词").Select(w => w[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    public static ReduplicationLexicon Default => DefaultLexicon.Value;

    private static readonly Lazy<ReduplicationLexicon> DefaultLexicon = new(() =>
    {
        var reduplications = RuleData.ReadTable("reduplication.tsv");
        return new ReduplicationLexicon(
            [.. reduplications.Select(r => r[0]), .. RuleData.ReadTable("repeat-contexts.tsv").Select(r => r[0])],
            reduplications.Where(r => r[0].Length == 2 && r[0][0] == r[0][1] && !NameTags.Contains(r[2])).Select(r => r[0]),
            RuleData.ReadTable("repeat-function-words.tsv"));
    });

    /// <summary>Single characters that are never doubled on purpose (还, 的, 在 …).</summary>
    public FrozenSet<char> FunctionCharacters { get; }

    /// <summary>Function characters that never stand before a word starting with themselves (各各自, 这这样, 不不断),
    /// unlike 对对象, 是是否, 和和谐.</summary>
    public FrozenSet<char> NeverBeforeOwnWord { get; }

    /// <summary>Two-character words that never reduplicate as ABAB (我们, 不断, 工作 …): removing a copy is a safe fix.</summary>
    public FrozenSet<string> NonReduplicatingWords { get; }

    /// <summary>This lexicon plus user-listed legitimate words or contexts.</summary>
    public ReduplicationLexicon With(IEnumerable<string> extraLegitimate) => new(
        [.. _legitimate, .. extraLegitimate],
        _reduplicableSingles.Set,
        FunctionCharacters.Select(c => new[] { c.ToString(), NeverBeforeOwnWord.Contains(c) ? "虚字+" : "虚字" })
            .Concat(NonReduplicatingWords.Select(w => new[] { w, "不叠词" })));

    /// <summary>True when <paramref name="word"/> doubled is a listed reduplication or context (研究研究, 一天一天).</summary>
    public bool IsListedDoubled(ReadOnlySpan<char> word)
    {
        if (word.Length > 32) return _legitimateWords.Contains(string.Concat(word, word));
        Span<char> doubled = stackalloc char[2 * word.Length];
        word.CopyTo(doubled);
        word.CopyTo(doubled[word.Length..]);
        return _legitimateWords.Contains(doubled);
    }

    /// <summary>True when <paramref name="text"/> is a listed reduplication or context (帮帮忙, 散散步).</summary>
    public bool IsListed(string text) => _legitimateWords.Contains(text);

    /// <summary>True when <paramref name="c"/> doubled (看看, 走走) is a listed reduplication of a verb, adjective or measure word.</summary>
    public bool IsReduplicableSingle(char c) => _reduplicableSingles.Contains([c, c]);

    /// <summary>True when a listed word or context occurs in <paramref name="text"/> on token boundaries and covers the run [start, end).</summary>
    public bool CoversLegitimately(string text, int start, int end, TokenList tokens)
    {
        if (!_legitimateByPair.TryGetValue(text.AsSpan(start, 2), out var candidates)) return false;
        foreach (var (word, offset) in candidates)
        {
            for (int pairStart = start; pairStart + 2 <= end; pairStart++)
            {
                int from = pairStart - offset;
                int to = from + word.Length;
                if (from < 0 || from > start || to < end || to > text.Length) continue;
                if (IsBoundary(from) && IsBoundary(to) && text.AsSpan(from, word.Length).SequenceEqual(word)) return true;
            }
        }
        return false;

        bool IsBoundary(int position) => position == 0 || position == text.Length || tokens.StartsAt(position) || tokens.EndsAt(position);
    }
}
