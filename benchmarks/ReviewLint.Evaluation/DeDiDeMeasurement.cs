using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>RL2002 (的/地/得) character-level precision and recall on de-di-de.dev.json, by direction and pattern, on the tune
/// and held-out halves, plus false alarms per 1,000 correct sentences of clean-rmrb.dev.json.</summary>
public sealed class DeDiDeMeasurement : IMeasurement
{
    private const string RuleId = "RL2002";
    private const string PatternProperty = "pattern";

    public string Name => "rl2002";

    public string Usage => "<de-di-de.dev.json> <clean-rmrb.dev.json> [--show]   RL2002 precision/recall by direction and pattern on both halves, "
        + "false alarms per 1,000 clean sentences (--show lists tune-half wrong findings, tune-half misses and clean false alarms with their tokens)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 2) throw new FormatException("rl2002: give the paths of de-di-de.dev.json and clean-rmrb.dev.json");
        bool show = arguments.Contains("--show");
        var (tune, heldOut) = CscSentence.Halves(CscSentence.ReadJson(arguments[0]));
        var clean = CscSentence.ReadJson(arguments[1]).Where(s => s.WrongIds.Count == 0).Select(s => s.Original).ToList();
        var linter = new SentenceLinter(SentenceLinter.BuiltIn(RuleId));
        await PrintFirstUseCostAsync(linter);

        Console.WriteLine("RL2002 on de-di-de.dev.json, split by CscSentence.Halves (even positions tune, odd positions held out)");
        var tuneScore = await ScoreAsync(linter, tune);
        tuneScore.Print("tune (even)");
        var heldOutScore = await ScoreAsync(linter, heldOut);
        heldOutScore.Print("held-out (odd)");

        var cleanResults = await linter.AnalyzeAsync(clean);
        var falseAlarms = cleanResults.SelectMany(r => r.Diagnostics.Select(d => (r.Document.Text.ToString(), d))).ToList();
        Console.WriteLine();
        Console.WriteLine($"clean-rmrb.dev.json: {clean.Count} correct sentences, {falseAlarms.Count} findings, "
            + $"{1000.0 * falseAlarms.Count / clean.Count:F2} per 1,000 (warnings {falseAlarms.Count(f => f.d.Severity >= DiagnosticSeverity.Warning)})");

        if (show)
        {
            Console.WriteLine();
            Console.WriteLine("== tune half: wrong findings ==");
            foreach (var (text, d) in tuneScore.Wrong) Console.WriteLine($"{Pattern(d)}\t{Excerpt(text, d.Location.Span.Start)}\t→{NewText(d)}");
            Console.WriteLine("== tune half: missed errors ==");
            foreach (var (text, index, right) in tuneScore.Missed) Console.WriteLine($"{text[index]}→{right}\t{Excerpt(text, index)}");
            Console.WriteLine("== clean: false alarms ==");
            foreach (var (text, d) in falseAlarms) Console.WriteLine($"{Pattern(d)}\t{Excerpt(text, d.Location.Span.Start)}\t→{NewText(d)}");
        }
        return 0;
    }

    /// <summary>What the rule's first document costs beyond the tokenizer's own start-up: loading its word classes (dict.txt tags).</summary>
    private static async Task PrintFirstUseCostAsync(SentenceLinter linter)
    {
        await linter.AnalyzeAsync(["班子成员要认真学习党章党规。"]); // no particle: loads the tokenizer and JITs the pipeline, not the word classes
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await linter.AnalyzeAsync(["班子成员要认真的学习党章党规。"]); // the first particle loads the word classes
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"first use of RL2002 after the tokenizer is loaded: {watch.Elapsed.TotalMilliseconds:F0} ms, "
            + $"{allocated / 1e6:F1} MB allocated, {retained / 1e6:F1} MB retained");
    }

    private static async Task<Score> ScoreAsync(SentenceLinter linter, IReadOnlyList<CscSentence> sentences)
    {
        var results = await linter.AnalyzeAsync(sentences.Select(s => s.Original));
        var score = new Score();
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var wrong = sentence.WrongIds.ToHashSet();
            var caught = new HashSet<int>();
            foreach (var d in results[i].Diagnostics)
            {
                var span = d.Location.Span;
                int hit = sentence.WrongIds.FirstOrDefault(w => w >= span.Start && w < span.End && sentence.Correct[w].ToString() == NewText(d), -1);
                score.Count(Pattern(d), hit >= 0);
                if (hit >= 0) caught.Add(hit);
                else score.Wrong.Add((sentence.Original, d));
            }
            foreach (int w in wrong)
            {
                string direction = $"{sentence.Original[w]}→{sentence.Correct[w]}";
                score.Direction(direction, caught.Contains(w));
                if (!caught.Contains(w)) score.Missed.Add((sentence.Original, w, sentence.Correct[w]));
            }
        }
        return score;
    }

    private static string Pattern(Diagnostic d) => d.Properties.TryGetValue(PatternProperty, out var pattern) ? pattern : "?";

    private static string NewText(Diagnostic d) => d.Fix is { Changes: [var change, ..] } ? change.NewText : "";

    /// <summary>The tokens around a position, separated by spaces, with the particle at that position bracketed.</summary>
    private static string Excerpt(string text, int index)
    {
        var tokens = JiebaTokenizer.Shared.Tokenize(text);
        int at = tokens.IndexAt(index);
        var around = Enumerable.Range(Math.Max(0, at - 4), Math.Min(tokens.Count, at + 5) - Math.Max(0, at - 4))
            .Select(k => k == at ? $"[{tokens[k].Text}]" : tokens[k].Text);
        return string.Join(' ', around);
    }

    private sealed class Score
    {
        private readonly SortedDictionary<string, (int Right, int All)> _patterns = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, (int Caught, int All)> _directions = new(StringComparer.Ordinal);

        public List<(string Text, Diagnostic Diagnostic)> Wrong { get; } = [];

        public List<(string Text, int Index, char Right)> Missed { get; } = [];

        public void Count(string pattern, bool right)
        {
            var (r, a) = _patterns.GetValueOrDefault(pattern);
            _patterns[pattern] = (r + (right ? 1 : 0), a + 1);
        }

        public void Direction(string direction, bool caught)
        {
            var (c, a) = _directions.GetValueOrDefault(direction);
            _directions[direction] = (c + (caught ? 1 : 0), a + 1);
        }

        public void Print(string title)
        {
            int right = _patterns.Values.Sum(p => p.Right), findings = _patterns.Values.Sum(p => p.All);
            int caught = _directions.Values.Sum(d => d.Caught), errors = _directions.Values.Sum(d => d.All);
            Console.WriteLine();
            Console.WriteLine($"{title}: precision {Ratio(right, findings)} ({right}/{findings}), recall {Ratio(caught, errors)} ({caught}/{errors})");
            foreach (var (direction, (c, a)) in _directions)
                Console.WriteLine($"  {direction}\trecall {Ratio(c, a)} ({c}/{a})");
            foreach (var (pattern, (r, a)) in _patterns)
                Console.WriteLine($"  {pattern,-18}\tprecision {Ratio(r, a)} ({r}/{a})");
        }

        private static string Ratio(int part, int whole) => whole == 0 ? "-" : $"{(double)part / whole:F3}";
    }
}
