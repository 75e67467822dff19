namespace ReviewLint.Evaluation;

/// <summary>False alarms of the consistency rules RL4001, RL4002 and RL4003 on correct sentences (clean-rmrb.dev.json) set into
/// reports: the sentences, ten to a report, follow the title of a collective material of one of eight kinds of unit, so that the
/// rules that need a report's facts run on them. Every finding is counted against the rule (newspaper sentences name other units
/// as mentions, quote people and speak for the nation: none of it is a leftover of another unit's material).</summary>
/// <remarks>Reports are made from consecutive sentences; even reports tune, odd reports are held out.</remarks>
public sealed class EmbeddedCleanMeasurement : IMeasurement
{
    private const int SentencesPerReport = 10;
    private static readonly string[] RuleIds = ["RL4001", "RL4002", "RL4003"];

    private static readonly string[] Titles =
    [
        "青石镇党委领导班子2024年度民主生活会对照检查材料",
        "河西街道党工委领导班子对照检查材料",
        "杨柳湾村党支部2024年度组织生活会对照检查材料",
        "翠湖社区党委对照检查材料",
        "平安县委常委班子2024年度民主生活会对照检查材料",
        "临溪县水利局党组领导班子对照检查材料",
        "临溪县第二中学党总支对照检查材料",
        "临溪县城乡发展投资集团党委领导班子对照检查材料",
    ];

    public string Name => "rl400x-embedded";

    public string Usage => "<clean-rmrb.dev.json> [--show]   RL4001/RL4002/RL4003 findings per 1,000 correct sentences set into reports of eight kinds of unit, both halves";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 1) throw new FormatException("rl400x-embedded: give the path of clean-rmrb.dev.json");
        bool show = arguments.Contains("--show");
        var sentences = CscSentence.ReadJson(arguments[0]).Where(s => s.WrongIds.Count == 0).Select(s => s.Original).ToList();
        var chunks = sentences.Chunk(SentencesPerReport).ToList();
        var reports = chunks.Select((chunk, i) => Titles[i % Titles.Length] + "\n\n" + string.Join("\n\n", chunk) + "\n").ToList();
        var linter = new SentenceLinter(SentenceLinter.BuiltIn(RuleIds));
        var results = await linter.AnalyzeAsync(reports);
        Console.WriteLine($"{sentences.Count} correct sentences in {reports.Count} reports of {SentencesPerReport}; every finding is a false alarm");
        Console.WriteLine("half\tsentences\t" + string.Join("\t", RuleIds.Select(id => $"{id}\tper 1,000")));
        foreach (var (halfName, parity) in new[] { ("tune (even)", 0), ("held-out (odd)", 1) })
        {
            var half = results.Where((_, i) => i % 2 == parity).ToList();
            int count = chunks.Where((_, i) => i % 2 == parity).Sum(c => c.Length);
            var cells = RuleIds.Select(id => half.Sum(r => r.Diagnostics.Count(d => d.Id == id)))
                .Select(n => $"{n}\t{1000.0 * n / Math.Max(1, count):F2}");
            Console.WriteLine($"{halfName}\t{count}\t{string.Join("\t", cells)}");
            if (!show) continue;
            foreach (var result in half)
                foreach (var d in result.Diagnostics)
                    Console.WriteLine($"FALSE\t{d.Id}\t{result.Document.Text.ToString(d.Location.Span)}\t{LineOf(result.Document.Text.Content, d.Location.Span.Start)}\t{result.Document.Facts.UnitName}");
        }
        return 0;
    }

    private static string LineOf(string text, int position)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        int end = text.IndexOf('\n', position);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
