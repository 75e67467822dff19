namespace ReviewLint.Analyzers.Lexicon;

/// <summary>Character classes shared by the lexical rules.</summary>
internal static class HanText
{
    /// <summary>A CJK ideograph (basic block, extension A, compatibility ideographs) or 〇.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '〇';

    public static bool IsHan(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!IsHan(c)) return false;
        return !text.IsEmpty;
    }

    /// <summary>A character that can continue a word: a Han character, a letter or a digit.</summary>
    public static bool IsWordCharacter(char c) => IsHan(c) || char.IsLetterOrDigit(c);

    /// <summary>Four characters in the AABB shape of a reduplicated word (认认真真, 实实在在).</summary>
    public static bool IsAabb(ReadOnlySpan<char> word) => word.Length == 4 && word[0] == word[1] && word[2] == word[3] && word[0] != word[2];

    /// <summary>Ends a sentence for the purpose of a context window.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n' or '\r';
}
