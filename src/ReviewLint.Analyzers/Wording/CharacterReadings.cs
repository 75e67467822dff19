namespace ReviewLint.Analyzers.Wording;

/// <summary>The toneless syllables of every reading of a character (粘 zhan and nian, 莠 you and xiu): the first reading from
/// rules/data/character-syllables.tsv, the others from rules/data/character-readings.tsv. An input method offers a character under
/// each of its readings, so two characters that share any syllable are one slip apart (粘 for 拈, 秀 for 莠).</summary>
internal static class CharacterReadings
{
    private static readonly Lazy<string[]?[]> Syllables = new(Load);

    /// <summary>True when the two characters share a toneless syllable in any of their readings.</summary>
    public static bool ShareSyllable(char written, char substitute)
    {
        if (written == substitute || Syllables.Value[written] is not { } writtenSyllables || Syllables.Value[substitute] is not { } substituteSyllables)
            return false;
        foreach (string syllable in writtenSyllables)
            if (Array.IndexOf(substituteSyllables, syllable) >= 0) return true;
        return false;
    }

    private static string[]?[] Load()
    {
        var table = new string[]?[char.MaxValue + 1];
        foreach (string file in (string[])["character-syllables.tsv", "character-readings.tsv"])
            foreach (var row in RuleData.ReadTable(file))
            {
                if (row.Length < 2 || row[0] == "syllable") continue;
                foreach (char c in row[1])
                    if (!char.IsSurrogate(c) && (table[c] is not { } known || Array.IndexOf(known, row[0]) < 0))
                        table[c] = [.. table[c] ?? [], row[0]];
            }
        return table;
    }
}
