using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewLint.Evaluation;

/// <summary>One sentence of a spelling-check dev set: the text as written, the corrected text and the wrong character offsets.</summary>
public sealed record CscSentence(
    [property: JsonPropertyName("original_text")] string Original,
    [property: JsonPropertyName("correct_text")] string Correct,
    [property: JsonPropertyName("wrong_ids")] IReadOnlyList<int> WrongIds)
{
    /// <summary>Reads a CSC JSON array file (clean-rmrb.dev.json, de-di-de.dev.json).</summary>
    public static IReadOnlyList<CscSentence> ReadJson(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<CscSentence>>(stream) ?? throw new FormatException($"{path}: not a JSON array of sentences");
    }

    /// <summary>Reads an ECSpell TSV file (label, text as written, corrected text); wrong ids are the differing characters.
    /// Rows whose two texts differ in length (a rewrite, not a character correction: ecspell-odw.train has one) are skipped.</summary>
    public static IReadOnlyList<CscSentence> ReadEcspell(string path)
    {
        var sentences = new List<CscSentence>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            if (cells.Length != 3) throw new FormatException($"{path}: expected three tab-separated columns");
            if (cells[1].Length != cells[2].Length) continue;
            sentences.Add(new CscSentence(cells[1], cells[2], [.. Enumerable.Range(0, cells[1].Length).Where(i => cells[1][i] != cells[2][i])]));
        }
        return sentences;
    }

    /// <summary>Splits a set deterministically: even positions tune, odd positions are held out.</summary>
    public static (IReadOnlyList<CscSentence> Tune, IReadOnlyList<CscSentence> HeldOut) Halves(IReadOnlyList<CscSentence> all) =>
        ([.. all.Where((_, i) => i % 2 == 0)], [.. all.Where((_, i) => i % 2 == 1)]);
}
