namespace ReviewLint.Corpus;

/// <summary>A report before rendering; <see cref="Original"/> is the paragraph a later report copies, if any.</summary>
internal sealed record ComposedReport(string Path, ReportKind Kind, UnitContext Unit, List<Block> Blocks, bool Indent, string Newline,
    List<PlantedDefect> Defects)
{
    public Block? Original { get; set; }
}

/// <summary>
/// Plants paragraphs copied between reports of different units (<see cref="CorpusOptions.CopyRate"/>). A report chosen as a
/// source gives one long paragraph details of its own (a place, a person, dates and numbers: what makes a real paragraph
/// more than phrase-bank wording) and names one of the next <see cref="Window"/> reports as its copier; that report
/// replaces one of its long paragraphs with the original, its unit name put in and one sentence lightly reworded. Both
/// decisions come from random streams of their own, so documents without copies are the same as with a rate of 0, and
/// document <c>i</c> still depends only on the options and <c>i</c>.
/// </summary>
internal static class CopyPlanter
{
    private const int Window = 64;

    private static readonly string[] Sites = ["农贸市场", "老旧小区", "灌溉水渠", "村道", "卫生室", "小学门口", "集中供热管网", "垃圾中转站", "文化广场", "便民服务中心"];
    private static readonly string[] Issues = ["排水不畅", "路面破损", "照明缺失", "噪声扰民", "停车无序", "供水时断时续", "线路老化", "围墙开裂"];
    private static readonly string[] Actions = ["先后三次上门协调", "牵头召开现场会", "联系施工单位复查", "带队实地踏勘", "协调相关部门会商", "组织党员志愿者排查"];
    private static readonly string[] Results = ["拿出整改方案", "完成修复", "落实维修资金", "明确责任单位", "把问题彻底解决", "给群众一个答复"];
    private static readonly string[] Lessons = ["反映出我们回应群众诉求不够及时", "说明对民生小事重视程度不高", "暴露出跟踪问效机制不健全", "看出工作作风还不够扎实"];

    public static void Plant(int index, ComposedReport report, CorpusOptions options, Func<int, ComposedReport> compose)
    {
        if (TargetOf(index, options, out var random) is not null && Copyable(report).ToList() is { Count: > 0 } originals)
        {
            var original = originals[random.Next(originals.Count)];
            SetBody(original, WithDetails(Body(original), report.Unit, random));
            report.Original = original;
        }
        var edits = new Random(ReportCorpus.Mix(options.Seed ^ 0x4005, index));
        var copies = new List<Block>();
        for (int source = Math.Max(0, index - Window); source < index; source++)
        {
            if (TargetOf(source, options, out _) != index) continue;
            var from = compose(source);
            var targets = Copyable(report).Where(b => !ReferenceEquals(b, report.Original) && !copies.Contains(b)).ToList();
            if (from.Original is null || from.Unit.Name == report.Unit.Name || targets.Count == 0) continue;
            var target = targets[edits.Next(targets.Count)];
            string text = Body(from.Original);
            SetBody(target, Paraphraser.Touch(text.Replace(from.Unit.Name, report.Unit.Name, StringComparison.Ordinal), edits));
            copies.Add(target);
            report.Defects.Add(new PlantedDefect(DefectKind.CopiedParagraph, text, from.Path));
        }
    }

    /// <summary>The report that copies a paragraph of report <paramref name="index"/>, or null; <paramref name="random"/> goes on from there.</summary>
    private static int? TargetOf(int index, CorpusOptions options, out Random random)
    {
        random = new Random(ReportCorpus.Mix(options.Seed ^ 0x4004, index));
        if (random.NextDouble() >= options.CopyRate) return null;
        return index + 1 + random.Next(Window);
    }

    /// <summary>The paragraph with two sentences of specifics after its first sentence.</summary>
    private static string WithDetails(string text, UnitContext unit, Random random)
    {
        int month = random.Next(1, 10);
        string details = $"比如{unit[UnitContext.Slot.Year]}年{month}月，{UnitContext.Place(random)}{Pick(Sites, random)}周边{random.Next(12, 90)}户群众反映"
            + $"{Pick(Issues, random)}，{UnitContext.PersonName(random)}同志{Pick(Actions, random)}，直到{month + random.Next(1, 3)}月才{Pick(Results, random)}。"
            + $"{UnitContext.Place(random)}片区{Pick(Issues, random)}的问题前后拖了{random.Next(40, 200)}天，{Pick(Lessons, random)}。";
        int firstEnd = text.IndexOf('。');
        return firstEnd < 0 ? text + "。" + details : text.Insert(firstEnd + 1, details);
    }

    /// <summary>Body paragraphs long enough that a copy of one is worth reporting.</summary>
    private static IEnumerable<Block> Copyable(ComposedReport report) =>
        report.Blocks.Where(b => b.Role is BlockRole.Study or BlockRole.Problem or BlockRole.Cause or BlockRole.Measure or BlockRole.Plan
            && Body(b).Length >= 80);

    private static string Body(Block block) => block.RunIn ?? block.Text;

    private static void SetBody(Block block, string text)
    {
        if (block.RunIn is not null) block.RunIn = text;
        else block.Text = text;
    }

    private static string Pick(string[] options, Random random) => options[random.Next(options.Length)];
}
