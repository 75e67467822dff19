namespace ReviewLint.Evaluation;

/// <summary>False alarms per 1,000 sentences of text with no errors (clean-rmrb.dev.json), rule by rule.</summary>
public sealed class CleanTextMeasurement : IMeasurement
{
    public string Name => "clean";

    public string Usage => "<clean-rmrb.dev.json> [--show] [rule ids…]   findings per 1,000 correct sentences, by rule and severity (--show lists them); default: the wording, repetition and punctuation rules";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 1) throw new FormatException("clean: give the path of clean-rmrb.dev.json");
        bool show = arguments.Contains("--show");
        var sentences = CscSentence.ReadJson(arguments[0]).Where(s => s.WrongIds.Count == 0).Select(s => s.Original).ToList();
        string[] ruleIds = [.. arguments.Skip(1).Where(a => a != "--show")];
        var linter = new SentenceLinter(ruleIds.Length > 0 ? SentenceLinter.BuiltIn(ruleIds) : SentenceLinter.BuiltInSentenceRules());
        var results = await linter.AnalyzeAsync(sentences);
        var findings = results.SelectMany(r => r.Diagnostics).ToList();
        Console.WriteLine($"{sentences.Count} correct sentences, {findings.Count} findings");
        foreach (var group in findings.GroupBy(d => (d.Id, d.Severity)).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
            Console.WriteLine($"{group.Key.Id}\t{group.Key.Severity}\t{group.Count()}\t{1000.0 * group.Count() / sentences.Count:F2} per 1,000");
        if (show)
            foreach (var result in results)
                foreach (var d in result.Diagnostics)
                    Console.WriteLine($"{d.Id}\t{result.Document.Text.ToString(d.Location.Span)}\t{d.Message}\t{result.Document.Text}");
        return 0;
    }
}
