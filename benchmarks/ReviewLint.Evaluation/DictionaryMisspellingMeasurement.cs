using ReviewLint.Analyzers.Wording;

namespace ReviewLint.Evaluation;

/// <summary>RL2001's dictionary checks against jieba's own dictionary: every rare three- and four-character word of dict.txt, linted
/// alone, and which of them RL2001 takes for a misspelling of a more frequent word or idiom (the dictionary holds a few hundred;
/// the list is what rules/data/dictionary-legitimate-variants.txt was reviewed from).</summary>
public sealed class DictionaryMisspellingMeasurement : IMeasurement
{
    private const int MaxFrequency = 60;

    public string Name => "rl2001-dictionary";

    public string Usage => "<jieba dict.txt> [--show]   rare three- and four-character words of jieba's dictionary that RL2001 reports as misspellings (misspelt idioms, rare three-character words)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 1) throw new FormatException("rl2001-dictionary: give the path of jieba's dict.txt");
        var words = File.ReadLines(arguments[0])
            .Select(line => line.Split(' '))
            .Where(cells => cells.Length >= 2 && cells[0].Length is 3 or 4 && cells[0].All(c => c is >= '\u4e00' and <= '\u9fff')
                && int.TryParse(cells[1], out int frequency) && frequency <= MaxFrequency)
            .Select(cells => (Word: cells[0], Tag: cells.Length > 2 ? cells[2] : ""))
            .ToList();
        var linter = new SentenceLinter([new ConfusableWordAnalyzer()]);
        var results = await linter.AnalyzeAsync(words.Select(w => w.Word));
        int reported = 0, idioms = 0, threes = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var finding = results[i].Diagnostics.FirstOrDefault(d => d.Location.Span.Length == words[i].Word.Length && d.Fix is { IsSafe: false });
            if (finding is null) continue;
            reported++;
            if (words[i].Word.Length == 3) threes++;
            else if (words[i].Tag == "i") idioms++;
            if (arguments.Contains("--show")) Console.WriteLine($"{words[i].Word}\t{words[i].Tag}\t{finding.Fix?.Changes[0].NewText}");
        }
        Console.WriteLine($"{words.Count} three- and four-character words of frequency <= {MaxFrequency}; RL2001 reports {reported} as misspellings: {reported - threes} of four characters ({idioms} tagged i by jieba), {threes} of three");
        return 0;
    }
}
