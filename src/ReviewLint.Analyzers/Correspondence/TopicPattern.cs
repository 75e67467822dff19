namespace ReviewLint.Analyzers.Correspondence;

/// <summary>Reads the wordings column of topics.tsv. Wordings are separated by <c>|</c>; each is a word (<c>理论武装</c>), a group
/// <c>(服务|联系)</c>, or a group and another group a gap apart: <c>(走访|联系)[^，。；]{0,4}(群众|居民)</c>, <c>党中央.{0,8}(决策部署|精神)</c>,
/// <c>(村务|财务)(公开|公示)</c>. A gap never runs over a clause break.</summary>
public static class TopicPattern
{
    private const string Syntax = "()[]{}.|?*+\\^$";

    /// <summary>The wordings of a pattern: split at each <c>|</c> outside parentheses and brackets.</summary>
    public static List<string> Alternatives(string pattern)
    {
        var alternatives = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] is '(' or '[') depth++;
            else if (pattern[i] is ')' or ']') depth--;
            else if (pattern[i] == '|' && depth == 0)
            {
                alternatives.Add(pattern[start..i]);
                start = i + 1;
            }
        }
        alternatives.Add(pattern[start..]);
        return [.. alternatives.Where(a => a.Length > 0)];
    }

    /// <summary>The left words, the widest gap and the right words (none for a plain word or group) of one wording.</summary>
    public static (string[] Left, int Gap, string[] Right) Parse(string wording)
    {
        int position = 0;
        string[] left = ReadGroup(wording, ref position);
        int gap = ReadGap(wording, ref position);
        string[] right = position < wording.Length ? ReadGroup(wording, ref position) : [];
        if (position != wording.Length || left.Length == 0 || gap > 0 && right.Length == 0)
            throw new FormatException($"topic wording “{wording}” is not a word, a (group) or two of them with a gap such as [^，。；]{{0,4}}");
        return (left, gap, right);
    }

    /// <summary>True for the punctuation that ends a clause: a gap stops there.</summary>
    public static bool IsClauseBreak(char c) => c is '，' or '。' or '；' or '！' or '？' or '\n';

    private static string[] ReadGroup(string wording, ref int position)
    {
        if (position < wording.Length && wording[position] == '(')
        {
            int close = wording.IndexOf(')', position);
            if (close < 0) throw new FormatException($"topic wording “{wording}” has an unclosed group");
            string[] words = wording[(position + 1)..close].Split('|');
            position = close + 1;
            return words.Any(w => w.Length == 0 || w.AsSpan().IndexOfAny(Syntax) >= 0) ? [] : words;
        }
        int start = position;
        while (position < wording.Length && !Syntax.Contains(wording[position])) position++;
        return position > start ? [wording[start..position]] : [];
    }

    private static int ReadGap(string wording, ref int position)
    {
        int start = position;
        if (position < wording.Length && wording[position] == '.') position++;
        else if (position < wording.Length && wording[position] == '[')
        {
            int close = wording.IndexOf(']', position);
            if (close < 0) return 0;
            position = close + 1;
        }
        else return 0;
        const string Prefix = "{0,";
        int end = wording.IndexOf('}', position);
        if (!wording.AsSpan(position).StartsWith(Prefix) || end < 0 || !int.TryParse(wording.AsSpan(position + Prefix.Length, end - position - Prefix.Length), out int gap))
        {
            position = start;
            return 0;
        }
        position = end + 1;
        return gap;
    }
}
