using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>RL2002 (的/地/得) on official-register text: false alarms on correct sentences that hold a 的/地/得 (the corrected side of
/// ecspell-odw.train, official document writing; clean-rmrb.dev.json; report-register sentences written for this project), and
/// precision and recall on the marked errors of a sentence file (<c>{的|得}</c>: written 的, correct 得).</summary>
public sealed class DeDiDeRegisterMeasurement : IMeasurement
{
    private const string RuleId = "RL2002";

    public string Name => "rl2002-register";

    public string Usage => "<set>… [--show]   RL2002 false alarms on the correct sentences with 的/地/得 of each set (ecspell *.train and CSC *.json: "
        + "the corrected side; *.txt: one sentence a line, errors marked {written|right}) and recall on the marked errors "
        + "(e.g. ecspell-odw.train clean-rmrb.dev.json benchmarks/ReviewLint.Evaluation/data/rl2002-report-register.txt; --show lists them)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        bool show = arguments.Contains("--show");
        string[] paths = [.. arguments.Where(a => a != "--show")];
        if (paths.Length == 0) throw new FormatException("rl2002-register: give the paths of one or more sentence sets");
        var linter = new SentenceLinter(SentenceLinter.BuiltIn(RuleId));
        foreach (string path in paths)
        {
            var sentences = Read(path);
            var correct = sentences.Select(s => s.Correct).Where(HasParticle).Distinct(StringComparer.Ordinal).ToList();
            var results = await linter.AnalyzeAsync(correct);
            var falseAlarms = results.SelectMany(r => r.Diagnostics.Select(d => (Text: r.Document.Text.ToString(), Diagnostic: d))).ToList();
            int particles = correct.Sum(s => s.Count(c => c is '的' or '地' or '得'));
            Console.WriteLine($"{Path.GetFileName(path)}: {correct.Count} correct sentences with 的/地/得 ({particles} of them), "
                + $"{falseAlarms.Count} false alarms in {falseAlarms.Select(f => f.Text).Distinct().Count()} sentences");
            foreach (var group in falseAlarms.GroupBy(f => Pattern(f.Diagnostic)).OrderBy(g => g.Key, StringComparer.Ordinal))
                Console.WriteLine($"  {group.Key,-18}\t{group.Count()}");
            if (show)
                foreach (var (text, d) in falseAlarms)
                    Console.WriteLine($"  FA {Pattern(d)}\t{Around(text, d.Location.Span.Start)}\t→{NewText(d)}");

            // Only the marked sentence files are scored for recall: the errors of the other sets are mostly not 的/地/得.
            var marked = IsMarkedFile(path) ? sentences.Where(s => s.WrongIds.Count > 0).ToList() : [];
            if (marked.Count > 0) await ScoreErrorsAsync(linter, marked, show);
        }
        return 0;
    }

    private static async Task ScoreErrorsAsync(SentenceLinter linter, IReadOnlyList<CscSentence> marked, bool show)
    {
        var results = await linter.AnalyzeAsync(marked.Select(s => s.Original));
        int right = 0, findings = 0, caught = 0, errors = 0;
        var lines = new List<string>();
        for (int i = 0; i < marked.Count; i++)
        {
            var sentence = marked[i];
            var found = new HashSet<int>();
            foreach (var d in results[i].Diagnostics)
            {
                findings++;
                var span = d.Location.Span;
                int hit = sentence.WrongIds.FirstOrDefault(w => w >= span.Start && w < span.End && sentence.Correct[w].ToString() == NewText(d), -1);
                if (hit >= 0) { right++; found.Add(hit); }
                else lines.Add($"  wrong {Pattern(d)}\t{Around(sentence.Original, span.Start)}\t→{NewText(d)}");
            }
            foreach (int w in sentence.WrongIds)
            {
                errors++;
                if (found.Contains(w)) caught++;
                else lines.Add($"  missed {sentence.Original[w]}→{sentence.Correct[w]}\t{Around(sentence.Original, w)}");
            }
        }
        Console.WriteLine($"  marked errors: {errors} in {marked.Count} sentences; findings {findings}, right {right}; "
            + $"precision {Ratio(right, findings)}, recall {Ratio(caught, errors)}");
        if (show) lines.ForEach(Console.WriteLine);
    }

    /// <summary>The sentences of a set: ecspell TSV (*.train, *.tsv), CSC JSON (*.json), or one sentence a line with errors marked
    /// <c>{written|right}</c> and <c>#</c> comment lines.</summary>
    private static IReadOnlyList<CscSentence> Read(string path) => Path.GetExtension(path) switch
    {
        ".json" => CscSentence.ReadJson(path),
        ".train" or ".tsv" => CscSentence.ReadEcspell(path),
        _ => [.. File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse)],
    };

    /// <summary>A line with <c>{的|得}</c> marks: the original has the written character, the correct text the right one.</summary>
    private static CscSentence Parse(string line)
    {
        var original = new System.Text.StringBuilder();
        var correct = new System.Text.StringBuilder();
        var wrong = new List<int>();
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '{' && i + 4 < line.Length && line[i + 2] == '|' && line[i + 4] == '}')
            {
                wrong.Add(original.Length);
                original.Append(line[i + 1]);
                correct.Append(line[i + 3]);
                i += 4;
                continue;
            }
            original.Append(line[i]);
            correct.Append(line[i]);
        }
        return new CscSentence(original.ToString(), correct.ToString(), wrong);
    }

    private static bool HasParticle(string text) => text.AsSpan().IndexOfAny("的地得") >= 0;

    private static bool IsMarkedFile(string path) => Path.GetExtension(path) is not (".json" or ".train" or ".tsv");

    private static string Pattern(Diagnostic d) => d.Properties.TryGetValue(DeDiDePattern, out var pattern) ? pattern : "?";

    private const string DeDiDePattern = "pattern";

    private static string NewText(Diagnostic d) => d.Fix is { Changes: [var change, ..] } ? change.NewText : "";

    /// <summary>Twelve characters either side of a position, the character at it bracketed, then the tokens around it with their
    /// dict.txt tags.</summary>
    private static string Around(string text, int index)
    {
        int start = Math.Max(0, index - 12), end = Math.Min(text.Length, index + 13);
        var tokenizer = JiebaTokenizer.Shared;
        var tokens = tokenizer.Tokenize(text);
        int at = tokens.IndexAt(index);
        var around = Enumerable.Range(Math.Max(0, at - 4), Math.Min(tokens.Count, at + 5) - Math.Max(0, at - 4))
            .Select(k => $"{tokens[k].Text}/{tokenizer.GetWordTag(tokens[k].Text) ?? "-"}");
        return $"{text[start..index]}[{text[index]}]{text[(index + 1)..end]}\t{string.Join(' ', around)}";
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : $"{(double)part / whole:F3}";
}
