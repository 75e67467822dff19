namespace ReviewLint.Corpus;

/// <summary>Plants the defects ReviewLint looks for into a composed report, and records each one.</summary>
internal static class DefectPlanter
{
    /// <summary>Correct form → wrong form, with a sentence to insert (wrong form as {w}) when the report lacks the correct one.</summary>
    private static readonly (string Right, string Wrong, string Sentence)[] Confusables =
    [
        ("刚性", "钢性", "坚持用{w}制度管人管事，对违反规定的行为严肃处理"),
        ("部署", "布署", "对上级的{w}要求，做到第一时间传达、第一时间落实"),
        ("安排", "按排", "对年度重点任务统筹{w}，倒排工期、挂图作战"),
        ("按部就班", "按步就班", "有的同志满足于{w}，工作缺少主动性"),
        ("再接再厉", "再接再励", "我们将{w}，推动各项工作取得新成效"),
        ("一如既往", "一如继往", "{w}地把群众的冷暖放在心上"),
        ("即使", "既使", "{w}工作任务再重，也要把学习摆在重要位置"),
    ];

    private static readonly string[] Doubled = ["还", "的", "把", "对"];

    /// <summary>Wording of another kind of unit, per category of the report's own unit.</summary>
    private static readonly Dictionary<string, (string Word, string Sentence)[]> Foreign = new()
    {
        ["town"] = [("街道、社区", "推动街道、社区干部下沉一线，帮助解决实际困难"), ("居民", "定期走访辖区居民，了解物业管理方面的诉求")],
        ["village"] = [("街道、社区", "组织街道、社区党员开展志愿服务活动"), ("全盟", "把村里的发展放到全盟大局中来谋划")],
        ["subdistrict"] = [("嘎查", "学习借鉴先进嘎查的发展经验"), ("村民", "引导村民发展庭院经济")],
        ["department"] = [("师生", "组织全体师生开展主题教育活动"), ("患者", "切实维护患者的合法权益")],
        ["school"] = [("患者", "进一步改善患者就医体验"), ("村民", "帮助村民解决生产生活中的难题")],
        ["hospital"] = [("师生", "关心关爱全校师生的身心健康"), ("全旗", "在全旗范围内推广先进经验")],
        ["enterprise"] = [("师生", "为师生提供更加优质的服务"), ("街道、社区", "主动对接街道、社区，了解群众用水需求")],
    };

    private static readonly string[] FirstPerson =
        ["这些问题的存在，我作为班子成员负有不可推卸的责任", "对照这些要求，我深感自己做得还很不够", "这是我今后必须牢牢记住的深刻教训"];

    public static List<PlantedDefect> Plant(List<Block> blocks, ReportKind kind, UnitContext unit, Random random, double rate)
    {
        var planted = new List<PlantedDefect>();
        // First, so no other defect is planted into the measure that disappears.
        if (kind is ReportKind.CollectiveReview or ReportKind.PersonalReview && random.NextDouble() < rate) DropMeasure(blocks, random, planted);
        if (random.NextDouble() < rate) PlantConfusable(blocks, random, planted);
        if (random.NextDouble() < rate) PlantDoubled(blocks, random, planted);
        if (random.NextDouble() < rate) PlantForeign(blocks, unit, random, planted);
        if (kind == ReportKind.CollectiveReview && random.NextDouble() < rate) PlantFirstPerson(blocks, random, planted);
        if (random.NextDouble() < rate) PlantOtherUnitName(blocks, unit, random, planted);
        return planted;
    }

    private static void PlantConfusable(List<Block> blocks, Random random, List<PlantedDefect> planted)
    {
        var (right, wrong, sentence) = Confusables[random.Next(Confusables.Length)];
        var bodies = Bodies(blocks).Where(b => Body(b).Contains(right, StringComparison.Ordinal)).ToList();
        if (bodies.Count > 0)
        {
            var block = bodies[random.Next(bodies.Count)];
            string text = Body(block);
            int at = text.IndexOf(right, StringComparison.Ordinal);
            SetBody(block, string.Concat(text.AsSpan(0, at), wrong, text.AsSpan(at + right.Length)));
        }
        else Append(Pick(blocks.Where(b => b.Role is BlockRole.Problem or BlockRole.Measure or BlockRole.Plan or BlockRole.Achievement), random),
            sentence.Replace("{w}", wrong, StringComparison.Ordinal));
        planted.Add(new PlantedDefect(DefectKind.ConfusableWord, wrong));
    }

    private static void PlantDoubled(List<Block> blocks, Random random, List<PlantedDefect> planted)
    {
        foreach (string character in Doubled.OrderBy(_ => random.Next()))
        {
            var candidates = Bodies(blocks).Where(b => Body(b).Contains(character, StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0) continue;
            var block = candidates[random.Next(candidates.Count)];
            string text = Body(block);
            int at = text.IndexOf(character, StringComparison.Ordinal);
            SetBody(block, text.Insert(at, character));
            planted.Add(new PlantedDefect(DefectKind.RepeatedCharacter, character + character));
            return;
        }
    }

    private static void PlantForeign(List<Block> blocks, UnitContext unit, Random random, List<PlantedDefect> planted)
    {
        var options = Foreign[unit.Category];
        var (word, sentence) = options[random.Next(options.Length)];
        var targets = blocks.Where(b => b.Role is BlockRole.Measure or BlockRole.Plan or BlockRole.Achievement).ToList();
        if (targets.Count == 0) return;
        Append(Pick(targets, random), sentence);
        planted.Add(new PlantedDefect(DefectKind.ForeignUnitWording, word));
    }

    private static void PlantFirstPerson(List<Block> blocks, Random random, List<PlantedDefect> planted)
    {
        var targets = blocks.Where(b => b.Role is BlockRole.Problem or BlockRole.Cause).ToList();
        if (targets.Count == 0) return;
        string sentence = FirstPerson[random.Next(FirstPerson.Length)];
        Append(Pick(targets, random), sentence);
        planted.Add(new PlantedDefect(DefectKind.PersonInconsistency, sentence));
    }

    private static void PlantOtherUnitName(List<Block> blocks, UnitContext unit, Random random, List<PlantedDefect> planted)
    {
        var targets = blocks.Where(b => b.Role is not (BlockRole.Title or BlockRole.Header) && Body(b).Contains(unit.Name, StringComparison.Ordinal)).ToList();
        if (targets.Count == 0) return;
        string other = unit.Sibling(random).Name;
        if (other == unit.Name) return;
        var block = Pick(targets, random);
        SetBody(block, Body(block).Replace(unit.Name, other, StringComparison.Ordinal));
        planted.Add(new PlantedDefect(DefectKind.UnitNameInconsistency, other));
    }

    private static void DropMeasure(List<Block> blocks, Random random, List<PlantedDefect> planted)
    {
        var measures = blocks.Where(b => b.Role == BlockRole.Measure && b.Topic is not null).ToList();
        if (measures.Count < 3) return;
        var dropped = Pick(measures, random);
        var problem = blocks.FirstOrDefault(b => b.Level == 2 && b.Topic == dropped.Topic && b.Role is BlockRole.Problem or BlockRole.Heading);
        if (problem is null) return;
        blocks.Remove(dropped);
        planted.Add(new PlantedDefect(DefectKind.ProblemWithoutMeasure, problem.Text));
    }

    private static IEnumerable<Block> Bodies(List<Block> blocks) =>
        blocks.Where(b => b.Role is not (BlockRole.Title or BlockRole.Header or BlockRole.Heading));

    private static string Body(Block block) => block.RunIn ?? block.Text;

    private static void SetBody(Block block, string text)
    {
        if (block.RunIn is not null) block.RunIn = text;
        else block.Text = text;
    }

    private static void Append(Block block, string sentence) => SetBody(block, Body(block) + sentence + "。");

    private static Block Pick(IEnumerable<Block> blocks, Random random)
    {
        var list = blocks as IList<Block> ?? [.. blocks];
        return list[random.Next(list.Count)];
    }
}
