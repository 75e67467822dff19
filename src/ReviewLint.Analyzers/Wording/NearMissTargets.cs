namespace ReviewLint.Analyzers.Wording;

/// <summary>The three- or four-character words a near-miss check can correct to (a rules/data list drawn from jieba's dictionary),
/// indexed by their skeletons: the word with one position blanked out. <see cref="Positions"/> tells at which positions some listed word
/// agrees with a window in every other character, so a check tries the confusable substitutes of a character (about 50, each a
/// dictionary walk) only where a listed word can result, and <see cref="Fills"/> which of them can. For each position, such a word
/// shares two other characters of the window (for four characters the first two or the last two), which a small bit table answers for
/// most windows, and a bit filter over the skeletons answers most of the rest; the list only narrows the search, the check itself still
/// asks the tokenizer for frequencies and tags.</summary>
internal sealed class NearMissTargets
{
    /// <summary>Log2 of the skeleton bit filter's size (256 KB). Each skeleton sets two bits, from two parts of one hash: some 90,000
    /// skeletons leave about 8 % of the bits set, so a window's skeleton passes by accident about once in 150 (one bit: once in 12),
    /// and the dictionary of skeletons is asked little more than for the windows that do have a listed word one character away.</summary>
    private const int SkeletonFilterBits = 21;

    private readonly int _length;

    /// <summary>For each position, the two other positions whose characters a listed word shares with the window.</summary>
    private readonly (int First, int Second)[] _kept;

    /// <summary>For each position, the pairs of characters at <see cref="_kept"/> of the listed words (shared between positions with the same pair).</summary>
    private readonly CharPairFilter[] _pairs;

    /// <summary>For each skeleton, the characters that complete it to a listed word.</summary>
    private readonly Dictionary<ulong, string> _fills = [];
    private readonly ulong[] _skeletonFilter = new ulong[1 << (SkeletonFilterBits - 6)];

    /// <param name="dataFile">One word a line, <c>#</c> comments.</param>
    /// <param name="length">3 or 4: the list's words of other lengths are ignored.</param>
    public NearMissTargets(string dataFile, int length)
    {
        _length = length;
        _kept = length switch
        {
            3 => [(1, 2), (0, 2), (0, 1)],
            4 => [(2, 3), (2, 3), (0, 1), (0, 1)],
            _ => throw new ArgumentOutOfRangeException(nameof(length)),
        };
        var byPair = new Dictionary<(int, int), CharPairFilter>();
        _pairs = [.. _kept.Select(pair => byPair.TryGetValue(pair, out var filter) ? filter : byPair[pair] = new CharPairFilter())];
        foreach (ulong packed in ReadPacked(dataFile, length))
        {
            for (int index = 0; index < length; index++)
            {
                _pairs[index].Add(At(packed, _kept[index].First), At(packed, _kept[index].Second));
                ulong skeleton = Blank(packed, index);
                char fill = At(packed, index);
                _fills[skeleton] = _fills.TryGetValue(skeleton, out string? fills) ? fills.Contains(fill) ? fills : fills + fill : fill.ToString();
                var (first, second) = FilterBits(skeleton);
                _skeletonFilter[first >> 6] |= 1UL << first;
                _skeletonFilter[second >> 6] |= 1UL << second;
            }
        }
    }

    /// <summary>Bit <c>i</c> set when a listed word equals <paramref name="window"/> (of the list's length) everywhere but at position <c>i</c>.</summary>
    public int Positions(ReadOnlySpan<char> window)
    {
        // The kept pairs spelt out: this runs at nearly every character of every paragraph.
        int candidates = _length == 4
            ? (_pairs[0].MayContain(window[2], window[3]) ? 0b0011 : 0) | (_pairs[2].MayContain(window[0], window[1]) ? 0b1100 : 0)
            : (_pairs[0].MayContain(window[1], window[2]) ? 0b001 : 0) | (_pairs[1].MayContain(window[0], window[2]) ? 0b010 : 0)
              | (_pairs[2].MayContain(window[0], window[1]) ? 0b100 : 0);
        if (candidates == 0) return 0;
        ulong packed = Pack(window);
        int positions = 0;
        for (int index = 0; index < _length; index++)
        {
            if ((candidates & 1 << index) == 0) continue;
            ulong skeleton = Blank(packed, index);
            var (first, second) = FilterBits(skeleton);
            if ((_skeletonFilter[first >> 6] & 1UL << first) != 0 && (_skeletonFilter[second >> 6] & 1UL << second) != 0 && _fills.ContainsKey(skeleton))
                positions |= 1 << index;
        }
        return positions;
    }

    /// <summary>The characters that, put at <paramref name="index"/> of <paramref name="window"/>, make a listed word ("" when none).</summary>
    public string Fills(ReadOnlySpan<char> window, int index) => _fills.GetValueOrDefault(Blank(Pack(window), index), "");

    /// <summary>The words of <paramref name="length"/> characters in a rules/data list (one a line, <c>#</c> comments), packed.</summary>
    public static IEnumerable<ulong> ReadPacked(string dataFile, int length)
    {
        foreach (var line in RuleData.ReadText(dataFile).Split('\n'))
        {
            string word = line.Trim();
            if (word.Length == length && word[0] != '#') yield return Pack(word);
        }
    }

    /// <summary>Up to four characters in one number, the first in the highest bits.</summary>
    public static ulong Pack(ReadOnlySpan<char> word)
    {
        ulong packed = 0;
        foreach (char c in word) packed = packed << 16 | c;
        return packed;
    }

    private char At(ulong packed, int index) => (char)(packed >> (16 * (_length - 1 - index)));

    private ulong Blank(ulong packed, int index) => packed & ~(0xFFFFUL << (16 * (_length - 1 - index)));

    /// <summary>Two bit positions of the skeleton filter from the top and the middle bits of one multiplicative hash.</summary>
    private static (int First, int Second) FilterBits(ulong skeleton)
    {
        ulong hash = skeleton * 0x9E3779B97F4A7C15UL;
        const int mask = (1 << SkeletonFilterBits) - 1;
        return ((int)(hash >> (64 - SkeletonFilterBits)), (int)(hash >> 20) & mask);
    }
}

/// <summary>A set of character pairs kept as one bit per hashed pair (32 KB, in the processor's first-level cache): false hits
/// are possible (a few per cent for some 15,000 pairs), misses are not.</summary>
internal sealed class CharPairFilter
{
    private const int Bits = 18;

    private readonly ulong[] _bits = new ulong[1 << (Bits - 6)];

    public void Add(char first, char second)
    {
        uint bit = Hash(first, second);
        _bits[bit >> 6] |= 1UL << (int)bit;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(char first, char second)
    {
        uint bit = Hash(first, second);
        return (_bits[bit >> 6] & 1UL << (int)bit) != 0;
    }

    private static uint Hash(char first, char second) => ((uint)(first << 16 | second) * 0x9E3779B1u) >> (32 - Bits);
}
