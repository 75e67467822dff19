using System.Runtime.CompilerServices;

namespace ReviewLint.Tokenization;

/// <summary>
/// Shared string instances for token texts. Reports reuse a small vocabulary, so most tokens find their string here
/// instead of allocating one: single characters in a full table, short words (up to <see cref="MaxInternedLength"/>
/// characters) in a fixed-size hash table that overwrites on collision. Lock-free; a race at worst allocates once more.
/// </summary>
internal static class TokenStrings
{
    public const int MaxInternedLength = 8;
    private const int WordSlots = 1 << 16;

    private static readonly string?[] Characters = new string?[char.MaxValue + 1];
    private static readonly string?[] Words = new string?[WordSlots];

    public static string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 1) return Characters[text[0]] ??= text[0].ToString();
        if (text.Length > MaxInternedLength || text.IsEmpty) return text.ToString();
        ref string? slot = ref Words[Hash(text) & (WordSlots - 1)];
        string? found = slot;
        if (found is not null && text.SequenceEqual(found)) return found;
        return slot = text.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return (int)(hash ^ (hash >> 15));
    }
}
