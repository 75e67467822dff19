using ReviewLint.Analyzers.Wording;
using ReviewLint.Diagnostics;

namespace ReviewLint.Evaluation;

/// <summary>RL2001 confusable-word on ECSpell official-document writing: findings on the corrected side (false alarms, by
/// severity) and, on the side as written, findings that cover a wrong character (hits) against those that cover none, both halves.</summary>
public sealed class ConfusableEcspellMeasurement : IMeasurement
{
    public string Name => "rl2001-ecspell";

    public string Usage => "<ecspell-odw.train> [--show] [--hits]   RL2001 false alarms on the corrected sentences and hits on the sentences as written (tune = even half, held-out = odd half)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 1) throw new FormatException("rl2001-ecspell: give the path of ecspell-odw.train");
        bool show = arguments.Contains("--show");
        bool showHits = arguments.Contains("--hits");
        var linter = new SentenceLinter([new ConfusableWordAnalyzer()]);
        var (tune, heldOut) = CscSentence.Halves(CscSentence.ReadEcspell(arguments[0]));
        Console.WriteLine("half\tsentences\twrong chars\tcorrected side: warnings\tinfo\twritten side: findings\tcovering a wrong char\twrong chars covered");
        foreach (var (name, sentences) in new[] { ("tune (even)", tune), ("held-out (odd)", heldOut) })
        {
            var corrected = await linter.AnalyzeAsync(sentences.Select(s => s.Correct));
            var falseAlarms = corrected.SelectMany(r => r.Diagnostics).ToList();
            var written = await linter.AnalyzeAsync(sentences.Select(s => s.Original));
            int findings = 0, hits = 0, covered = 0;
            for (int i = 0; i < sentences.Count; i++)
            {
                var wrong = sentences[i].WrongIds;
                var spans = written[i].Diagnostics.Select(d => d.Location.Span).ToList();
                findings += spans.Count;
                hits += spans.Count(span => wrong.Any(id => id >= span.Start && id < span.End));
                covered += wrong.Count(id => spans.Any(span => id >= span.Start && id < span.End));
            }
            int warnings = falseAlarms.Count(d => d.Severity >= DiagnosticSeverity.Warning);
            Console.WriteLine($"{name}\t{sentences.Count}\t{sentences.Sum(s => s.WrongIds.Count)}\t{warnings}\t{falseAlarms.Count - warnings}\t{findings}\t{hits}\t{covered}");
            if (show)
                foreach (var result in corrected)
                    foreach (var d in result.Diagnostics)
                        Console.WriteLine($"  FP\t{d.Severity}\t{d.Message}\t{result.Document.Text}");
            if (showHits)
                foreach (var result in written)
                    foreach (var d in result.Diagnostics)
                        Console.WriteLine($"  found\t{d.Severity}\t{d.Message}\t{result.Document.Text}");
        }
        return 0;
    }
}
