using ReviewLint.Analyzers.Correspondence;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>RL5001 on problem/measure pairs (data/rl5001-pairs.tsv): each pair is set into a short collective report between two
/// answered areas; a neighbour-topic measure should leave the area reported, an answering one should not. Both halves are reported
/// (even-numbered topics tune, odd-numbered ones are held out).</summary>
public sealed class MeasurePairMeasurement : IMeasurement
{
    private const string Opening = "临河镇党委领导班子对照检查材料\n按照县委要求，镇党委班子认真学习，广泛征求意见，现将对照检查情况报告如下：\n一、存在的问题\n"
        + "（一）在理论学习方面。一是集中学习次数偏少，全年只组织6次。\n";
    private const string MiddleArea = "（三）在作风建设方面。一是会议偏多，文件材料层层加码。\n";
    private const string Causes = "二、原因剖析\n一是理论武装抓得不紧。二是宗旨意识有所淡化。\n三、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕发展难题开展研讨。\n";
    private const string LastMeasure = "（三）持续改进作风。精简会议和文件，为基层减负。\n";

    private sealed record Pair(bool IsNeighbour, string Problem, string Item, string Measure, string Body)
    {
        public string Report => $"{Opening}（二）{Problem}。一是{Item}。\n{MiddleArea}{Causes}（二）{Measure}。{Body}。\n{LastMeasure}";
    }

    public string Name => "rl5001-pairs";

    public string Usage => "<benchmarks/ReviewLint.Evaluation/data/rl5001-pairs.tsv> [--show]   RL5001 on problem/measure pairs: neighbour-topic "
        + "measures that leave the area unanswered (found/missed) and answering ones wrongly reported, per half (--show lists the errors)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 1) throw new FormatException("rl5001-pairs: give the path of rl5001-pairs.tsv");
        bool show = arguments.Contains("--show");
        var pairs = Read(arguments[0]);
        var linter = new ReviewLinter([new ProblemWithoutMeasureAnalyzer()], JiebaTokenizer.Shared, new ReviewLintOptions { MaxDegreeOfParallelism = 1 });
        foreach (var (name, half) in new[] { ("tune (even topics)", 0), ("held out (odd topics)", 1) })
        {
            int tp = 0, fp = 0, fn = 0, others = 0;
            foreach (var (pair, index) in pairs.Select((p, i) => (p, i)).Where(x => x.i / 2 % 2 == half))
            {
                var result = await linter.AnalyzeAsync(ReportDocument.FromText($"pair{index}.txt", pair.Report));
                bool reported = false;
                foreach (var diagnostic in result.Diagnostics)
                {
                    if (result.Document.Text.ToString(diagnostic.Location.Span).StartsWith("（二）", StringComparison.Ordinal)) reported = true;
                    else
                    {
                        others++;
                        if (show) Console.WriteLine($"  other\t{pair.Problem} / {pair.Measure}\t{diagnostic.Message}");
                    }
                }
                if (pair.IsNeighbour && reported) tp++;
                else if (pair.IsNeighbour) fn++;
                else if (reported) fp++;
                if (show && pair.IsNeighbour != reported)
                    Console.WriteLine($"  {(pair.IsNeighbour ? "missed" : "false alarm")}\t{pair.Problem}：{pair.Item} / {pair.Measure}：{pair.Body}");
            }
            Console.WriteLine($"{name}: neighbour measures found TP {tp}, missed FN {fn}; answering measures reported FP {fp}; findings on the filler areas {others}; "
                + $"precision {Ratio(tp, tp + fp):F2}, recall {Ratio(tp, tp + fn):F2}");
        }
        return 0;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static List<Pair> Read(string path)
    {
        var pairs = new List<Pair>();
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1))
        {
            string[] cells = line.Split('\t');
            if (cells.Length != 5 || cells[0] is not ("answer" or "neighbour")) throw new FormatException($"rl5001-pairs: bad line “{line}”");
            pairs.Add(new Pair(cells[0] == "neighbour", cells[1], cells[2], cells[3], cells[4]));
        }
        return pairs;
    }
}
