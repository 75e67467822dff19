namespace ReviewLint.Analyzers.Wording;

/// <summary>A literal that every match of a .NET regular expression contains, read off the pattern: the run of plain
/// characters it starts with (after one leading lookbehind, which consumes nothing). Where that literal does not occur, the
/// pattern cannot match, so it can be looked for before the regex runs. Null when the pattern does not start with a plain
/// character, has an alternation outside any group, or is otherwise beyond this reading: such a pattern always runs.</summary>
public static class RegexRequiredLiteral
{
    public static string? Of(string pattern)
    {
        if (HasTopLevelAlternation(pattern)) return null;
        int start = pattern.StartsWith("(?<!", StringComparison.Ordinal) || pattern.StartsWith("(?<=", StringComparison.Ordinal)
            ? EndOfGroup(pattern, 0)
            : 0;
        if (start < 0) return null;
        int end = start;
        while (end < pattern.Length && !IsSpecial(pattern[end])) end++;
        // A quantifier after the run applies to its last character only (可?, 一{0,2}), which is then not required.
        if (end < pattern.Length && pattern[end] is '?' or '*' or '+' or '{') end--;
        return end > start ? pattern[start..end] : null;
    }

    /// <summary>Characters with a meaning of their own in a pattern without RegexOptions.IgnorePatternWhitespace.</summary>
    private static bool IsSpecial(char c) => c is '\\' or '^' or '$' or '.' or '|' or '?' or '*' or '+' or '(' or ')' or '[' or ']' or '{' or '}';

    /// <summary>The position after the group that opens at <paramref name="open"/>, or -1 when it is not closed or is quantified.</summary>
    private static int EndOfGroup(string pattern, int open)
    {
        int depth = 0;
        for (int i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\': i++; break;
                case '[': i = EndOfClass(pattern, i); if (i < 0) return -1; break;
                case '(': depth++; break;
                case ')':
                    if (--depth > 0) break;
                    return i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '+' or '{' ? -1 : i + 1;
            }
        }
        return -1;
    }

    /// <summary>The position of the <c>]</c> that closes the character class opening at <paramref name="open"/>, or -1.</summary>
    private static int EndOfClass(string pattern, int open)
    {
        int i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++; // a ] right after [ or [^ is a member
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == ']') return i;
        }
        return -1;
    }

    /// <summary>True when a <c>|</c> stands outside every group (or the pattern cannot be read): then no literal is required.</summary>
    private static bool HasTopLevelAlternation(string pattern)
    {
        int depth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\': i++; break;
                case '[': i = EndOfClass(pattern, i); if (i < 0) return true; break;
                case '(': depth++; break;
                case ')': depth--; break;
                case '|' when depth == 0: return true;
            }
        }
        return depth != 0;
    }
}
