namespace ReviewLint.Analyzers.Wording;

/// <summary>The four-character words a near-miss check can correct to (a rules/data list drawn from jieba's dictionary), indexed by
/// their skeletons: the word with one position blanked out. <see cref="Positions"/> tells at which positions some listed word agrees
/// with a window in every other character, so a check tries the confusable substitutes of a character (about 50, each a dictionary
/// walk) only where a listed word can result, and <see cref="Fills"/> which of them can. Such a word shares the window's first two or
/// last two characters, which two small bit tables answer for most windows, and a bit filter over the skeletons answers most of the
/// rest; the list only narrows the search, the check itself still asks the tokenizer for frequencies and tags.</summary>
internal sealed class NearMissTargets
{
    public const int Length = 4;

    /// <summary>Log2 of the skeleton bit filter's size (128 KB): some 90,000 skeletons leave about 8 % of its bits set.</summary>
    private const int SkeletonFilterBits = 20;

    /// <summary>For each skeleton, the characters that complete it to a listed word.</summary>
    private readonly Dictionary<ulong, string> _fills = [];
    private readonly CharPairFilter _heads = new(), _tails = new();
    private readonly ulong[] _skeletonFilter = new ulong[1 << (SkeletonFilterBits - 6)];

    public NearMissTargets(string dataFile)
    {
        foreach (ulong packed in ReadPacked(dataFile, Length))
        {
            _heads.Add((char)(packed >> 48), (char)(packed >> 32));
            _tails.Add((char)(packed >> 16), (char)packed);
            for (int index = 0; index < Length; index++)
            {
                ulong skeleton = Blank(packed, index);
                char fill = (char)(packed >> (16 * (Length - 1 - index)));
                _fills[skeleton] = _fills.TryGetValue(skeleton, out string? fills) ? fills + fill : fill.ToString();
                ulong bit = FilterBit(skeleton);
                _skeletonFilter[bit >> 6] |= 1UL << (int)bit;
            }
        }
    }

    /// <summary>Bit <c>i</c> set when a listed word equals the four characters of <paramref name="window"/> everywhere but at position <c>i</c>.</summary>
    public int Positions(ReadOnlySpan<char> window)
    {
        int candidates = (_tails.MayContain(window[2], window[3]) ? 0b0011 : 0) | (_heads.MayContain(window[0], window[1]) ? 0b1100 : 0);
        if (candidates == 0) return 0;
        ulong packed = Pack(window);
        int positions = 0;
        for (int index = 0; index < Length; index++)
        {
            if ((candidates & 1 << index) == 0) continue;
            ulong skeleton = Blank(packed, index), bit = FilterBit(skeleton);
            if ((_skeletonFilter[bit >> 6] & 1UL << (int)bit) != 0 && _fills.ContainsKey(skeleton)) positions |= 1 << index;
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

    private static ulong Blank(ulong packed, int index) => packed & ~(0xFFFFUL << (16 * (Length - 1 - index)));

    private static ulong FilterBit(ulong skeleton) => (skeleton * 0x9E3779B97F4A7C15UL) >> (64 - SkeletonFilterBits);
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
