using ReviewLint.Analyzers.Wording;

namespace ReviewLint.Evaluation;

/// <summary>RL2001's idiom check against jieba's own dictionary: every rare four-character word of dict.txt, linted alone, and
/// which of them RL2001 takes for a misspelt idiom (the dictionary holds a few hundred; the list is what
/// rules/data/idiom-legitimate-variants.txt was reviewed from).</summary>
public sealed class DictionaryIdiomMeasurement : IMeasurement
{
    private const int MaxFrequency = 60;

    public string Name => "rl2001-dictionary-idioms";

    public string Usage => "<jieba dict.txt> [--show]   rare four-character words of jieba's dictionary that RL2001 reports as misspelt idioms";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 1) throw new FormatException("rl2001-dictionary-idioms: give the path of jieba's dict.txt");
        var words = File.ReadLines(arguments[0])
            .Select(line => line.Split(' '))
            .Where(cells => cells.Length >= 2 && cells[0].Length == 4 && cells[0].All(c => c is >= '\u4e00' and <= '\u9fff')
                && int.TryParse(cells[1], out int frequency) && frequency <= MaxFrequency)
            .Select(cells => (Word: cells[0], Tag: cells.Length > 2 ? cells[2] : ""))
            .ToList();
        var linter = new SentenceLinter([new ConfusableWordAnalyzer()]);
        var results = await linter.AnalyzeAsync(words.Select(w => w.Word));
        int reported = 0, idioms = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var finding = results[i].Diagnostics.FirstOrDefault(d => d.Location.Span.Length == 4 && d.Message.Contains("成语", StringComparison.Ordinal));
            if (finding is null) continue;
            reported++;
            if (words[i].Tag == "i") idioms++;
            if (arguments.Contains("--show")) Console.WriteLine($"{words[i].Word}\t{words[i].Tag}\t{finding.Fix?.Changes[0].NewText}");
        }
        Console.WriteLine($"{words.Count} four-character words of frequency <= {MaxFrequency}; RL2001 reports {reported} as misspelt idioms ({idioms} tagged i by jieba)");
        return 0;
    }
}
