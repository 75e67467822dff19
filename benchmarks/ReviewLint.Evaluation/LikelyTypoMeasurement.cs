using ReviewLint.Analyzers.Wording;

namespace ReviewLint.Evaluation;

/// <summary>RL2004 likely-typo, character by character: precision and recall on ECSpell official-document writing (both halves)
/// and findings per 1,000 correct sentences of clean-rmrb.dev.json.</summary>
public sealed class LikelyTypoMeasurement : IMeasurement
{
    public string Name => "rl2004";

    public string Usage => "<ecspell-odw.train> <clean-rmrb.dev.json> [--show tune|held-out|clean] [minFrequency]   RL2004 precision/recall per character (tune = even half, held-out = odd half) and false alarms per 1,000 clean sentences";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 2) throw new FormatException("rl2004: give the paths of ecspell-odw.train and clean-rmrb.dev.json");
        var rest = arguments.Skip(2).ToList();
        string? show = Take(rest, "--show");
        var linter = new SentenceLinter([new LikelyTypoAnalyzer()], options =>
        {
            if (rest.Count > 0) options.RuleOptions[LikelyTypoAnalyzer.Rule.Id] = new() { [LikelyTypoAnalyzer.MinimumFrequencyOption] = rest[0] };
        });

        var (tune, heldOut) = CscSentence.Halves(CscSentence.ReadEcspell(arguments[0]));
        Console.WriteLine("half\tsentences\twrong chars\tfindings\tdetected\tcorrected\tprecision (detection)\trecall (detection)\tprecision (correction)\trecall (correction)");
        await ReportHalfAsync("tune (even)", tune, linter, show == "tune");
        await ReportHalfAsync("held-out (odd)", heldOut, linter, show == "held-out");

        var clean = CscSentence.ReadJson(arguments[1]).Where(s => s.WrongIds.Count == 0).Select(s => s.Original).ToList();
        var results = await linter.AnalyzeAsync(clean);
        int alarms = results.Sum(r => r.Diagnostics.Length);
        Console.WriteLine($"clean\t{clean.Count} sentences\t{alarms} findings\t{1000.0 * alarms / clean.Count:F2} per 1,000");
        if (show == "clean")
            foreach (var result in results)
                foreach (var d in result.Diagnostics)
                    Console.WriteLine($"  FP\t{d.Message}\t{result.Document.Text}");
        return 0;
    }

    private static async Task ReportHalfAsync(string name, IReadOnlyList<CscSentence> sentences, SentenceLinter linter, bool show)
    {
        var results = await linter.AnalyzeAsync(sentences.Select(s => s.Original));
        int wrong = 0, findings = 0, detected = 0, corrected = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var wrongIds = sentence.WrongIds.ToHashSet();
            wrong += wrongIds.Count;
            var found = new HashSet<int>();
            foreach (var d in results[i].Diagnostics)
            {
                int position = d.Location.Span.Start;
                string suggestion = d.Fix?.Changes[0].NewText ?? "";
                bool isWrong = wrongIds.Contains(position);
                bool isRight = isWrong && suggestion == sentence.Correct[position].ToString();
                findings++;
                if (isWrong) detected++;
                if (isRight) corrected++;
                found.Add(position);
                if (show && !isRight) Console.WriteLine($"  FP\t{d.Message}\t{(isWrong ? $"should be {sentence.Correct[position]}" : "correct")}\t{sentence.Original}");
            }
            if (show)
                foreach (int id in wrongIds.Where(id => !found.Contains(id)))
                    Console.WriteLine($"  miss\t{sentence.Original[id]}→{sentence.Correct[id]}\t{Context(sentence.Original, id)}");
        }
        Console.WriteLine($"{name}\t{sentences.Count}\t{wrong}\t{findings}\t{detected}\t{corrected}\t{Ratio(detected, findings)}\t{Ratio(detected, wrong)}\t{Ratio(corrected, findings)}\t{Ratio(corrected, wrong)}");
    }

    private static string Context(string text, int position)
    {
        int start = Math.Max(0, position - 4), end = Math.Min(text.Length, position + 5);
        return $"{text[start..position]}[{text[position]}]{text[(position + 1)..end]}";
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : (part / (double)whole).ToString("F3", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Take(List<string> arguments, string name)
    {
        int index = arguments.IndexOf(name);
        if (index < 0 || index + 1 >= arguments.Count) return null;
        string value = arguments[index + 1];
        arguments.RemoveRange(index, 2);
        return value;
    }
}
