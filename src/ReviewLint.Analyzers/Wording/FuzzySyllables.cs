namespace ReviewLint.Analyzers.Wording;

/// <summary>Whether two characters sound alike under the fuzzy pinyin that input methods offer and southern speakers confuse
/// (致 zhì for 制 zhì is exact; 映 yìng for 印 yìn, 奋 fèn for 风 fēng, 脑 nǎo for 劳 láo are fuzzy): initials zh/z, ch/c, sh/s and
/// n/l, finals en/eng, in/ing and an/ang, tone aside, each character by its first (main) reading in rules/data/character-syllables.tsv.</summary>
internal static class FuzzySyllables
{
    private static readonly Lazy<string?[]> Fuzzy = new(Load);

    /// <summary>True when the main readings of the two characters differ but agree once the fuzzy pairs are merged (yin/ying,
    /// zi/zhi, nao/lao); false for the same reading and for characters outside the table.</summary>
    public static bool AreFuzzyAlike(char written, char substitute) =>
        written != substitute && Fuzzy.Value[written] is { } a && Fuzzy.Value[substitute] is { } b && a == b && !TwoCharacterNearMiss.IsSameSyllable(written, substitute);

    /// <summary>A toneless syllable with the fuzzy pairs merged: zh, ch, sh → z, c, s; n → l; eng, ing, ang → en, in, an.</summary>
    internal static string Merge(string syllable)
    {
        bool retroflex = syllable.Length > 1 && syllable[1] == 'h' && syllable[0] is 'z' or 'c' or 's';
        string initial = syllable[0] == 'n' && syllable.Length > 1 ? "l" : syllable[..1];
        string final = syllable[(retroflex ? 2 : 1)..];
        if (final.EndsWith("ng") && final.Length >= 3 && final[^3] is 'e' or 'i' or 'a') final = final[..^1];
        return initial + final;
    }

    private static string?[] Load()
    {
        var table = new string?[char.MaxValue + 1];
        foreach (var row in RuleData.ReadTable("character-syllables.tsv"))
        {
            if (row.Length < 2 || row[0] == "syllable" || row[0].Length == 0) continue;
            string merged = Merge(row[0]);
            foreach (char c in row[1])
                if (!char.IsSurrogate(c)) table[c] ??= merged;
        }
        return table;
    }
}
