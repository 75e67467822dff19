using ReviewLint.Analyzers.Lexicon;
using System.Buffers;
using System.Collections.Frozen;
using ReviewLint.Analyzers.Wording;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>Turns a paragraph into hashed character shingles of its own wording: punctuation ignored, quoted text and common boilerplate removed.</summary>
internal sealed class ParagraphShingler(int shingleSize)
{
    private const char Break = '\0';

    /// <summary>Boilerplate phrases by their first two characters (every phrase has at least two), longest first.</summary>
    private static readonly Lazy<FrozenDictionary<int, string[]>> BoilerplateByFirstChars = new(LoadBoilerplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A 65,536-bit filter of the phrases' first two characters (<see cref="PairBit"/>): most positions of a paragraph
    /// start no phrase, and a bit test rules them out faster than a dictionary look-up.</summary>
    private static readonly Lazy<ulong[]> FirstCharsFilter = new(() =>
    {
        var filter = new ulong[1 << 10];
        foreach (int key in BoilerplateByFirstChars.Value.Keys)
        {
            int bit = PairBit((char)(key >> 16), (char)key);
            filter[bit >> 6] |= 1UL << bit;
        }
        return filter;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Calls <paramref name="visit"/> with the hash of every shingle (repeats included); returns how many characters of own wording the paragraph has.</summary>
    public int Visit<TVisitor>(ReadOnlySpan<char> paragraph, ref TVisitor visit) where TVisitor : struct, IShingleVisitor
    {
        char[] rented = ArrayPool<char>.Shared.Rent(paragraph.Length);
        try
        {
            var normalized = rented.AsSpan(0, Normalize(paragraph, rented));
            RemoveBoilerplate(normalized);
            int contentLength = normalized.Length - normalized.Count(Break);
            for (int start = 0; start + shingleSize <= normalized.Length; start++)
            {
                var window = normalized.Slice(start, shingleSize);
                int breakAt = window.LastIndexOf(Break);
                if (breakAt >= 0)
                {
                    start += breakAt;
                    continue;
                }
                visit.Add(Hash(window));
            }
            return contentLength;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }


    /// <summary>Han characters, letters and digits outside quotation marks; quotation marks become breaks. An opening mark
    /// with no closing one in the paragraph is only a break, so that one missing ” does not hide the rest of the paragraph.</summary>
    private static int Normalize(ReadOnlySpan<char> paragraph, Span<char> chars)
    {
        int length = 0;
        for (int i = 0; i < paragraph.Length; i++)
        {
            char c = paragraph[i];
            if (ClosingOf(c) is { } closing)
            {
                chars[length++] = Break;
                int end = paragraph[(i + 1)..].IndexOf(closing);
                if (end >= 0) i += end + 1;
            }
            else if (TokenBoundaries.IsHan(c) || char.IsLetterOrDigit(c))
            {
                chars[length++] = c;
            }
            else if (c is '”' or '》' or '」' or '』')
            {
                chars[length++] = Break;
            }
        }
        return length;
    }

    private static char? ClosingOf(char opening) => opening switch
    {
        '“' => '”',
        '《' => '》',
        '「' => '」',
        '『' => '』',
        _ => null,
    };

    private static void RemoveBoilerplate(Span<char> chars)
    {
        var phrases = BoilerplateByFirstChars.Value;
        var filter = FirstCharsFilter.Value;
        for (int i = 0; i + 1 < chars.Length; i++)
        {
            int bit = PairBit(chars[i], chars[i + 1]);
            if ((filter[bit >> 6] & 1UL << bit) == 0) continue;
            if (!phrases.TryGetValue(Key(chars[i], chars[i + 1]), out var candidates)) continue;
            foreach (var phrase in candidates)
            {
                if (!chars[i..].StartsWith(phrase)) continue;
                chars.Slice(i, phrase.Length).Fill(Break);
                i += phrase.Length - 1;
                break;
            }
        }
    }

    /// <summary>FNV-1a over the window, finished with a SplitMix64 step so that nearby windows spread well.</summary>
    internal static ulong Hash(ReadOnlySpan<char> window)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in window)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return Mix(hash);
    }

    internal static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private static int Key(char first, char second) => first << 16 | second;

    private static int PairBit(char first, char second) => (first * 0x9E37 ^ second) & 0xFFFF;

    private static FrozenDictionary<int, string[]> LoadBoilerplate()
    {
        var listed = RuleData.ReadText("boilerplate-phrases.txt").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
        var formulations = FormulationCatalog.Shared.Formulations
            .SelectMany(f => f.Items.Concat(f.ReplacedItems.Select(r => r.OldText)).Append(string.Concat(f.Items)).Append(f.Name ?? ""));
        return listed.Concat(formulations)
            .Where(phrase => phrase.Length >= 2)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(phrase => Key(phrase[0], phrase[1]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray());
    }
}

/// <summary>Receives shingle hashes from <see cref="ParagraphShingler.Visit{TVisitor}"/> without allocating a delegate per paragraph.</summary>
internal interface IShingleVisitor
{
    void Add(ulong shingle);
}
