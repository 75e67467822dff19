using System.Text;

namespace ReviewLint.Corpus;

/// <summary>Where a block sits in a report: decides which defects may be planted in it.</summary>
internal enum BlockRole
{
    Title,
    Header,
    Heading,
    Opening,
    Study,
    Problem,
    Cause,
    Measure,
    Achievement,
    Plan,
    Closing,
}

/// <summary>One paragraph of a report. Numbered headings get their marker (一、 /（一）) when the report is rendered, so
/// removing a block never leaves a gap in the numbering. <see cref="Regenerate"/> writes a fresh variant of the body.</summary>
internal sealed class Block(BlockRole role, int level, string text, string? runIn = null, string? topic = null,
    Func<Random, UnitContext, string>? regenerate = null)
{
    public BlockRole Role { get; } = role;
    public int Level { get; } = level;
    public string Text { get; set; } = text;
    public string? RunIn { get; set; } = runIn;
    public string? Topic { get; } = topic;
    public Func<Random, UnitContext, string>? Regenerate { get; } = regenerate;

    public Block Copy() => new(Role, Level, Text, RunIn, Topic, Regenerate);
}

/// <summary>Writes the paragraphs of a report of each genre from the phrase banks.</summary>
internal static class ReportComposer
{
    private static readonly string[] ReviewTopics = ["theory", "political", "duty", "masses", "style", "discipline", "organization"];

    private static readonly string[] CauseTitles =
        ["理想信念有所弱化", "理论学习不够深入", "宗旨意识有所淡化", "党性修养有所放松", "纪律规矩意识不够强", "担当精神有所减退", "工作标准不够高"];

    public static List<Block> Compose(ReportKind kind, UnitContext context, Random random) => kind switch
    {
        ReportKind.CollectiveReview => Review(context.WithVoice(VoiceOf(kind)), random, personal: false),
        ReportKind.PersonalReview => Review(context.WithVoice(VoiceOf(kind)), random, personal: true),
        ReportKind.DutyReport => Duty(context.WithVoice(VoiceOf(kind)), random),
        _ => Summary(context.WithVoice(VoiceOf(kind)), random),
    };

    /// <summary>Who speaks in a genre: one person in 发言提纲 and 述职报告, the collective otherwise.</summary>
    public static string VoiceOf(ReportKind kind) => kind is ReportKind.PersonalReview or ReportKind.DutyReport ? "personal" : "collective";

    public static string Ordinal(int n) => n switch
    {
        <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        < 20 => "十" + Ordinal(n - 10),
        _ => Ordinal(n / 10) + "十" + (n % 10 == 0 ? "" : Ordinal(n % 10)),
    };

    private static List<Block> Review(UnitContext context, Random random, bool personal)
    {
        var blocks = new List<Block> { new(BlockRole.Title, 0, Pick(personal ? "title.personal" : "title.collective", context, random)) };
        if (personal) blocks.Add(new(BlockRole.Header, 0, $"{context[UnitContext.Slot.Unit]}{context[UnitContext.Slot.Post]}　{context[UnitContext.Slot.Person]}"));
        blocks.Add(Regenerable(BlockRole.Opening, (r, c) => PhraseBank.Pick("opening", c, r), context, random));

        blocks.Add(new(BlockRole.Heading, 1, Pick("study_heading", context, random)));
        for (int i = random.Next(2, 4); i > 0; i--) blocks.Add(Regenerable(BlockRole.Study, (r, c) => PhraseBank.Pick("study_paragraph", c, r), context, random));

        var topics = ReviewTopics.ToArray();
        random.Shuffle(topics);
        topics = topics[..random.Next(4, 8)];

        blocks.Add(new(BlockRole.Heading, 1, Pick("problems_heading", context, random)));
        foreach (string topic in topics)
        {
            string title = Pick($"area.{topic}", context, random) + (random.Next(3) == 0 ? "存在的问题" : "") + "。";
            Func<Random, UnitContext, string> items = (r, c) => Items(topic, r.Next(3, 6), c, r);
            if (random.Next(5) < 2) blocks.Add(new(BlockRole.Problem, 2, title, items(random, context), topic, items));
            else
            {
                blocks.Add(new(BlockRole.Heading, 2, title, topic: topic));
                blocks.Add(Regenerable(BlockRole.Problem, items, context, random, topic));
            }
        }

        blocks.Add(new(BlockRole.Heading, 1, Pick("causes_heading", context, random)));
        if (random.Next(2) == 0)
        {
            var titles = CauseTitles.ToArray();
            random.Shuffle(titles);
            for (int i = 0; i < Math.Min(topics.Length, random.Next(2, 5)); i++)
            {
                string topic = topics[i];
                Func<Random, UnitContext, string> causes = (r, c) => Sentences($"cause.{topic}", r.Next(2, 4), c, r);
                blocks.Add(new(BlockRole.Cause, 2, titles[i] + "。", causes(random, context), topic, causes));
            }
        }
        else
        {
            for (int i = 0; i < topics.Length; i += 2)
            {
                var pair = topics.Skip(i).Take(2).ToArray();
                int first = i + 1;
                blocks.Add(Regenerable(BlockRole.Cause, (r, c) => string.Concat(pair.Select((t, k) => $"{Ordinal(first + k)}是{PhraseBank.Pick($"cause.{t}", c, r)}。")),
                    context, random));
            }
        }

        blocks.Add(new(BlockRole.Heading, 1, Pick("measures_heading", context, random)));
        foreach (string topic in topics)
        {
            Func<Random, UnitContext, string> measures = (r, c) => r.Next(2) == 0
                ? Items($"measure.{topic}", r.Next(3, 5), c, r, core: false)
                : Sentences($"measure.{topic}", r.Next(3, 5), c, r);
            blocks.Add(new(BlockRole.Measure, 2, Pick($"mheading.{topic}", context, random) + "。", measures(random, context), topic, measures));
        }
        blocks.Add(Regenerable(BlockRole.Closing, (r, c) => PhraseBank.Pick("closing", c, r), context, random));
        AddSignature(blocks, context, random, personal);
        return blocks;
    }

    private static List<Block> Duty(UnitContext context, Random random)
    {
        var blocks = new List<Block>
        {
            new(BlockRole.Title, 0, Pick("title.duty", context, random)),
            new(BlockRole.Header, 0, $"{context[UnitContext.Slot.Unit]}{context[UnitContext.Slot.Post]}　{context[UnitContext.Slot.Person]}"),
            Regenerable(BlockRole.Opening, (r, c) => PhraseBank.Pick("duty_opening", c, r), context, random),
            new(BlockRole.Heading, 1, Choose(random, "履职情况", "主要工作及成效", "一年来的主要工作", "履职尽责情况")),
            new(BlockRole.Heading, 2, Choose(random, "加强理论学习，提高政治素养", "坚持学习不放松，筑牢思想根基")),
            Regenerable(BlockRole.Study, (r, c) => PhraseBank.Pick("study_paragraph", c, r), context, random),
        };
        AddAchievements(blocks, context, random);
        blocks.Add(new(BlockRole.Heading, 1, Choose(random, "存在的问题和不足", "存在的不足", "工作中存在的问题")));
        blocks.Add(Regenerable(BlockRole.Problem, (r, c) => Items("duty_problem", r.Next(3, 6), c, r, core: false), context, random));
        blocks.Add(new(BlockRole.Heading, 1, Choose(random, "下一步工作打算", "今后努力方向", "下一步工作计划")));
        blocks.Add(Regenerable(BlockRole.Plan, (r, c) => Items("plan", r.Next(4, 8), c, r, core: false), context, random));
        AddSignature(blocks, context, random, personal: true);
        return blocks;
    }

    private static List<Block> Summary(UnitContext context, Random random)
    {
        string year = context[UnitContext.Slot.Year], next = context[UnitContext.Slot.Next];
        var blocks = new List<Block>
        {
            new(BlockRole.Title, 0, Pick("title.summary", context, random)),
            Regenerable(BlockRole.Opening, (r, c) => PhraseBank.Pick("summary_opening", c, r), context, random),
            new(BlockRole.Heading, 1, Choose(random, $"{year}年工作开展情况", "主要工作成效", $"{year}年主要工作完成情况")),
        };
        AddAchievements(blocks, context, random);
        blocks.Add(new(BlockRole.Heading, 1, Choose(random, "存在的问题", "存在的困难和问题", "存在的问题和不足")));
        blocks.Add(Regenerable(BlockRole.Problem, (r, c) => Items("summary_problem", r.Next(2, 5), c, r, core: false), context, random));
        blocks.Add(new(BlockRole.Heading, 1, Choose(random, $"{next}年工作计划", "下一步工作打算", $"{next}年工作思路和重点")));
        foreach (string heading in PhraseBank.PickDistinct("plan_heading", random.Next(3, 6), context, random))
        {
            Func<Random, UnitContext, string> plans = (r, c) => Sentences("plan", r.Next(3, 5), c, r);
            blocks.Add(new(BlockRole.Plan, 2, heading + "。", plans(random, context), regenerate: plans));
        }
        blocks.Add(Regenerable(BlockRole.Closing, (r, c) => PhraseBank.Pick("closing", c, r), context, random));
        AddSignature(blocks, context, random, personal: false);
        return blocks;
    }

    private static void AddAchievements(List<Block> blocks, UnitContext context, Random random)
    {
        foreach (string heading in PhraseBank.PickDistinct("achieve_heading", random.Next(4, 6), context, random))
        {
            Func<Random, UnitContext, string> achievements = (r, c) => Sentences("achievement", r.Next(5, 9), c, r);
            if (random.Next(2) == 0) blocks.Add(new(BlockRole.Achievement, 2, heading + "。", achievements(random, context), regenerate: achievements));
            else
            {
                blocks.Add(new(BlockRole.Heading, 2, heading));
                blocks.Add(Regenerable(BlockRole.Achievement, achievements, context, random));
            }
        }
    }

    private static void AddSignature(List<Block> blocks, UnitContext context, Random random, bool personal)
    {
        if (random.Next(3) == 0) return;
        if (!personal) blocks.Add(new(BlockRole.Header, 0, context[UnitContext.Slot.Unit] + Choose(random, "党委", "党支部", "领导班子", "")));
        blocks.Add(new(BlockRole.Header, 0, $"{context[UnitContext.Slot.Year]}年{random.Next(1, 13)}月{random.Next(1, 29)}日"));
    }

    /// <summary>一是…。二是…。 items of a bank; with <paramref name="core"/>, each item is a core problem plus its detail.</summary>
    private static string Items(string topicOrKey, int count, UnitContext context, Random random, bool core = true)
    {
        var builder = new StringBuilder();
        var firsts = PhraseBank.PickDistinct(core ? $"core.{topicOrKey}" : topicOrKey, count, context, random);
        var details = core ? PhraseBank.PickDistinct($"detail.{topicOrKey}", 2 * count, context, random) : [];
        for (int i = 0; i < firsts.Count; i++)
        {
            builder.Append(Ordinal(i + 1)).Append('是').Append(firsts[i]);
            if (core)
            {
                builder.Append('，').Append(details[(2 * i) % details.Count]);
                if (random.Next(3) > 0) builder.Append('；').Append(details[(2 * i + 1) % details.Count]);
            }
            builder.Append('。');
            if (core && random.Next(2) == 0) builder.Append(PhraseBank.Pick("example", context, random)).Append('。');
            if (core && random.Next(5) == 0) builder.Append(PhraseBank.Pick("filler", context, random)).Append('。');
        }
        return builder.ToString();
    }

    private static string Sentences(string key, int count, UnitContext context, Random random) =>
        string.Concat(PhraseBank.PickDistinct(key, count, context, random).Select(s => s + "。"));

    private static Block Regenerable(BlockRole role, Func<Random, UnitContext, string> write, UnitContext context, Random random, string? topic = null) =>
        new(role, 0, write(random, context), topic: topic, regenerate: write);

    private static string Pick(string key, UnitContext context, Random random) => PhraseBank.Pick(key, context, random);

    private static string Choose(Random random, params string[] options) => options[random.Next(options.Length)];

    /// <summary>The report text: numbered headings, optional full-width indentation, the chosen line break.</summary>
    public static string Render(IReadOnlyList<Block> blocks, bool indent, string newline)
    {
        var builder = new StringBuilder(8192);
        int[] counters = new int[3];
        foreach (var block in blocks)
        {
            if (block.Level == 1)
            {
                counters[1]++;
                counters[2] = 0;
                builder.Append(Ordinal(counters[1])).Append('、');
            }
            else if (block.Level == 2)
            {
                counters[2]++;
                builder.Append('（').Append(Ordinal(counters[2])).Append('）');
            }
            else if (indent && block.Role is not (BlockRole.Title or BlockRole.Header)) builder.Append("　　");
            builder.Append(block.Text);
            if (block.RunIn is not null) builder.Append(block.RunIn);
            builder.Append(newline);
            if (block.Role == BlockRole.Title) builder.Append(newline);
        }
        return builder.ToString();
    }
}
