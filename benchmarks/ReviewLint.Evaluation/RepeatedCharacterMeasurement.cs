using ReviewLint.Analysis;
using ReviewLint.Analyzers;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>RL3001 recall and precision on doubles injected into correct sentences (clean-rmrb.dev.json), by kind of
/// double, on both halves of the set, plus false alarms on the same sentences left as they are.</summary>
/// <remarks>
/// Each correct sentence gets one injection of each kind, chosen with a random generator seeded by the sentence's
/// position and the kind (the same sentences and positions on every run):
/// <list type="bullet">
/// <item><c>char</c>: a random Han character of the sentence typed twice (落实到 → 落实实到);</item>
/// <item><c>single</c>: a random one-character jieba token typed twice (还 → 还还);</item>
/// <item><c>word</c>: a random jieba token of two or more Han characters typed twice (加快 → 加快加快);</item>
/// <item><c>edge</c>: the first or last character of a random jieba token of two or more Han characters typed twice (推动 → 推推动,
/// 制度 → 制度度). The same exclusions as <c>char</c> apply, except that the doubled character itself (推推, 度度) does not exclude
/// the injection when jieba lists it only at its floor frequency of 3 and reduplication.tsv does not list it: such AA entries are
/// no evidence that the double is meant, and excluding them hid exactly these slips from <c>char</c>.</item>
/// </list>
/// A candidate is not injected when the double could be correct text, so that it is not counted as an error:
/// the unit touches the same character already (it would make a run of three, or sit in 常常/研究研究); the unit is or
/// starts with a Chinese numeral (二〇二二, 一一); for one character X, when any stretch of the injected text of at most
/// six characters that covers both copies is a jieba dictionary word or a line of reduplication.tsv or repeat-contexts.tsv
/// (常常: so 经常常 is not injected either, as 非常常见 is correct; 今年年初, 学习习近平, 工作作风); for a word W, when WW is a
/// dictionary word or a listed reduplication (研究研究). A sentence without a candidate of a kind is left out of that kind.
/// A finding is a hit when its span overlaps the two copies [p, p + 2·length) of the injected unit (for a run of one
/// character the rule marks the run, for a doubled word both copies); every other RL3001 finding on an injected
/// sentence counts against precision. "exact" is the share of injections whose finding has a fix that restores the
/// sentence. False alarms are the findings on the uninjected sentences of the half, per 1,000 sentences.
/// </remarks>
public sealed class RepeatedCharacterMeasurement : IMeasurement
{
    private const int Seed = 3001;
    private const int MaxCoveringLength = 6;
    private const string Numerals = "〇零一二三四五六七八九十百千万亿两";

    private static readonly string[] Kinds = ["char", "single", "word", "edge"];

    /// <summary>The frequency jieba gives to the rarest entries of its dictionary.</summary>
    private const long FloorFrequency = 3;

    public string Name => "rl3001-doubles";

    public string Usage => "<clean-rmrb.dev.json> [--show-misses|--show-false] [--kind char|single|word|edge]   RL3001 recall per kind of injected double, precision and false alarms per 1,000, on the tuning (even) and held-out (odd) halves";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 1) throw new FormatException("rl3001-doubles: give the path of clean-rmrb.dev.json");
        bool showMisses = arguments.Contains("--show-misses");
        bool showFalse = arguments.Contains("--show-false");
        int kindArgument = arguments.ToList().IndexOf("--kind");
        string? onlyKind = kindArgument >= 0 && kindArgument + 1 < arguments.Count ? arguments[kindArgument + 1] : null;
        var all = CscSentence.ReadJson(arguments[0]).Where(s => s.WrongIds.Count == 0).Select(s => s.Original).ToList();
        var tokenizer = JiebaTokenizer.Shared;
        var listed = RuleData.ReadTable("reduplication.tsv").Select(r => r[0])
            .Concat(RuleData.ReadTable("repeat-contexts.tsv").Select(r => r[0]))
            .ToHashSet(StringComparer.Ordinal);
        var linter = new SentenceLinter(SentenceLinter.BuiltIn("RL3001"));
        var indexed = all.Select((text, i) => (Text: text, Index: i)).ToList();
        var halves = new[] { ("tune (even)", indexed.Where(s => s.Index % 2 == 0).ToList()), ("held-out (odd)", indexed.Where(s => s.Index % 2 == 1).ToList()) };

        Console.WriteLine($"{all.Count} correct sentences; seed {Seed}; a hit is an RL3001 span overlapping the two copies");
        Console.WriteLine("half\tkind\tinjected\thits\trecall\texact\tfindings\tprecision");
        foreach (var (halfName, sentences) in halves)
        {
            int allFindings = 0, allHits = 0;
            foreach (string kind in Kinds.Where(k => onlyKind is null || k == onlyKind))
            {
                var injections = sentences
                    .Select(s => Inject(s.Text, s.Index, kind, tokenizer, listed))
                    .OfType<Injection>()
                    .ToList();
                var results = await linter.AnalyzeAsync(injections.Select(i => i.Text));
                int hits = 0, exact = 0, findings = 0, trueFindings = 0;
                for (int n = 0; n < injections.Count; n++)
                {
                    var injection = injections[n];
                    var diagnostics = results[n].Diagnostics.Where(d => d.Id == "RL3001").ToList();
                    var hitting = diagnostics.Where(injection.IsHitBy).ToList();
                    findings += diagnostics.Count;
                    trueFindings += hitting.Count;
                    if (hitting.Count > 0) hits++;
                    if (hitting.Any(d => d.Fix is { } fix && Apply(injection.Text, fix) == injection.Original)) exact++;
                    if (showMisses && hitting.Count == 0) Console.WriteLine($"MISS\t{kind}\t{injection.Unit}\t{injection.Segmented(tokenizer)}\t{injection.Text}");
                    if (showFalse)
                        foreach (var d in diagnostics.Except(hitting))
                            Console.WriteLine($"FALSE\t{kind}\t{injection.Text.Substring(d.Location.Span.Start, d.Location.Span.Length)}\t{d.Message}\t{injection.Text}");
                }
                allFindings += findings;
                allHits += trueFindings;
                Console.WriteLine($"{halfName}\t{kind}\t{injections.Count}\t{hits}\t{Ratio(hits, injections.Count)}\t{Ratio(exact, injections.Count)}\t{findings}\t{Ratio(trueFindings, findings)}");
            }
            var clean = await linter.AnalyzeAsync(sentences.Select(s => s.Text));
            int falseAlarms = clean.Sum(r => r.Diagnostics.Count(d => d.Id == "RL3001"));
            if (showFalse)
                foreach (var result in clean)
                    foreach (var d in result.Diagnostics)
                        Console.WriteLine($"FALSE\tclean\t{result.Document.Text.ToString(d.Location.Span)}\t{d.Message}\t{result.Document.Text}");
            Console.WriteLine($"{halfName}\tall kinds\t\t\t\t\t{allFindings}\t{Ratio(allHits, allFindings)}");
            Console.WriteLine($"{halfName}\tclean\t{sentences.Count} sentences\t{falseAlarms} false alarms\t{1000.0 * falseAlarms / sentences.Count:F2} per 1,000");
        }
        return 0;
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : $"{(double)part / whole:F3}";

    private static string Apply(string text, Diagnostics.Fix fix)
    {
        foreach (var change in fix.Changes.OrderByDescending(c => c.Span.Start))
            text = string.Concat(text.AsSpan(0, change.Span.Start), change.NewText, text.AsSpan(change.Span.End));
        return text;
    }

    /// <summary>One injected double, or null when the sentence has no candidate of the kind.</summary>
    private static Injection? Inject(string text, int index, string kind, ITokenizer tokenizer, HashSet<string> listed)
    {
        var candidates = new List<(int Start, int Length)>();
        if (kind == "char")
        {
            for (int i = 0; i < text.Length; i++) candidates.Add((i, 1));
        }
        else if (kind == "edge")
        {
            foreach (var token in tokenizer.Tokenize(text))
                if (token.IsHan && token.Text.Length >= 2)
                {
                    candidates.Add((token.Start, 1));
                    candidates.Add((token.End - 1, 1));
                }
        }
        else
        {
            foreach (var token in tokenizer.Tokenize(text))
                if (token.IsHan && (kind == "single" ? token.Text.Length == 1 : token.Text.Length >= 2))
                    candidates.Add((token.Start, token.Text.Length));
        }
        candidates.RemoveAll(c => !IsErrorWhenDoubled(text, c.Start, c.Length, tokenizer, listed, floorAaIsNoWord: kind == "edge"));
        if (candidates.Count == 0) return null;
        var random = new Random(Seed + index * 3 + Array.IndexOf(Kinds, kind));
        var (start, length) = candidates[random.Next(candidates.Count)];
        string unit = text.Substring(start, length);
        return new Injection(text, text.Insert(start + length, unit), start, unit);
    }

    private static bool IsErrorWhenDoubled(string text, int start, int length, ITokenizer tokenizer, HashSet<string> listed, bool floorAaIsNoWord)
    {
        string unit = text.Substring(start, length);
        if (!unit.All(IsHan) || Numerals.Contains(unit[0])) return false;
        for (int i = 1; i < unit.Length; i++)
            if (unit[i] == unit[i - 1]) return false;
        if (start > 0 && text[start - 1] == unit[^1] || start + length < text.Length && text[start + length] == unit[0]) return false;
        if (length > 1) return !tokenizer.IsWord(unit + unit) && !listed.Contains(unit + unit);
        string injected = text.Insert(start + 1, unit);
        for (int from = Math.Max(0, start + 2 - MaxCoveringLength); from <= start; from++)
            for (int to = start + 2; to <= Math.Min(injected.Length, from + MaxCoveringLength); to++)
            {
                string stretch = injected[from..to];
                bool floorAa = floorAaIsNoWord && stretch.Length == 2 && tokenizer.GetFrequency(stretch) <= FloorFrequency;
                if (tokenizer.IsWord(stretch) && !floorAa || listed.Contains(stretch)) return false;
            }
        return true;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>A sentence with <paramref name="Unit"/> typed twice at <paramref name="Start"/>.</summary>
    private sealed record Injection(string Original, string Text, int Start, string Unit)
    {
        public bool IsHitBy(Diagnostics.Diagnostic diagnostic) =>
            diagnostic.Location.Span.Start < Start + 2 * Unit.Length && Start < diagnostic.Location.Span.End;

        /// <summary>jieba's tokens around the double, separated by '/' (for reading misses).</summary>
        public string Segmented(ITokenizer tokenizer) =>
            string.Join('/', tokenizer.Tokenize(Text).Where(t => t.End > Start - 4 && t.Start < Start + 2 * Unit.Length + 4).Select(t => t.Text));
    }
}
