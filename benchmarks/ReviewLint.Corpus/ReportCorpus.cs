namespace ReviewLint.Corpus;

/// <summary>
/// A deterministic corpus of report-shaped documents: 集体对照检查/剖析材料, 个人发言提纲, 述职报告 and 工作总结 of towns,
/// townships, subdistricts, communities, villages, county departments, schools, hospitals and state enterprises, with
/// planted defects. Document <c>i</c> depends only on the options and <c>i</c>, so any batch size sees the same documents.
/// </summary>
public static class ReportCorpus
{
    private static readonly (ReportKind Kind, int Weight)[] KindWeights =
        [(ReportKind.CollectiveReview, 35), (ReportKind.PersonalReview, 25), (ReportKind.DutyReport, 20), (ReportKind.WorkSummary, 20)];

    /// <summary>Documents 0 … <paramref name="count"/>−1, generated lazily (a batch of 10,000 is never held in memory here).</summary>
    public static IEnumerable<GeneratedReport> Generate(int count, CorpusOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        options ??= new CorpusOptions();
        var templates = options.Mode == CorpusMode.TemplateHeavy ? Templates(options) : null;
        for (int i = 0; i < count; i++) yield return Create(i, options, templates);
    }

    /// <summary>Document <paramref name="index"/> of the corpus.</summary>
    public static GeneratedReport GenerateOne(int index, CorpusOptions? options = null)
    {
        options ??= new CorpusOptions();
        return Create(index, options, options.Mode == CorpusMode.TemplateHeavy ? Templates(options) : null);
    }

    private static GeneratedReport Create(int index, CorpusOptions options, Template[]? templates)
    {
        var report = Compose(index, options, templates);
        string text = ReportComposer.Render(report.Blocks, report.Indent, report.Newline);
        return new GeneratedReport(index, report.Path, text, report.Kind, report.Unit.Name, report.Unit.UnitType, report.Defects);
    }

    private static ComposedReport Compose(int index, CorpusOptions options, Template[]? templates)
    {
        var random = new Random(Mix(options.Seed, index));
        List<Block> blocks;
        UnitContext unit;
        ReportKind kind;
        bool indent;
        string newline;
        if (templates is null)
        {
            var countyRandom = new Random(Mix(options.Seed, -1_000_000 - random.Next(40)));
            string county = UnitContext.CountyName(countyRandom);
            kind = PickKind(random);
            unit = UnitContext.Random(random, county, "collective", random.Next(2019, 2025).ToString(System.Globalization.CultureInfo.InvariantCulture));
            blocks = ReportComposer.Compose(kind, unit, random);
            foreach (var block in blocks.Where(b => b.Regenerate is not null)) Reword(block, random);
            indent = random.Next(2) == 0;
            newline = random.Next(5) == 0 ? "\r\n" : "\n";
        }
        else
        {
            var template = templates[random.Next(templates.Length)];
            kind = template.Kind;
            unit = template.Unit.Sibling(random);
            blocks = template.Instantiate(unit, random, options.CustomizedShare);
            indent = template.Indent;
            newline = template.Newline;
        }
        var defects = DefectPlanter.Plant(blocks, kind, unit, random, options.DefectRate);
        var report = new ComposedReport($"{index:D5}_{unit.Name}_{kind}.txt", kind, unit, blocks, indent, newline, defects);
        if (options.CopyRate > 0) CopyPlanter.Plant(index, report, options, source => Compose(source, options, templates));
        return report;
    }

    private static Template[] Templates(CorpusOptions options)
    {
        var countyRandom = new Random(Mix(options.Seed, -1));
        string county = UnitContext.CountyName(countyRandom);
        string year = countyRandom.Next(2019, 2025).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] unitTypes = ["Town", "Village", "Department", "Subdistrict", "School", "Township", "Community", "Hospital"];
        var templates = new Template[Math.Max(1, options.TemplateCount)];
        for (int t = 0; t < templates.Length; t++)
        {
            var random = new Random(Mix(options.Seed, -2 - t));
            var kind = (ReportKind)(t % 4);
            var unit = UnitContext.Create(random, county, unitTypes[t % unitTypes.Length], "collective", year);
            var blocks = ReportComposer.Compose(kind, unit, random);
            foreach (var block in blocks.Where(b => b.Regenerate is not null)) Reword(block, random);
            templates[t] = new Template(kind, unit, blocks, random.Next(2) == 0, random.Next(5) == 0 ? "\r\n" : "\n");
        }
        return templates;
    }

    /// <summary>SplitMix64 of the seed and index: stable across processes (unlike HashCode.Combine).</summary>
    internal static int Mix(int seed, int index)
    {
        ulong z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    private static void Reword(Block block, Random random)
    {
        if (block.RunIn is not null) block.RunIn = Paraphraser.Reword(block.RunIn, random);
        else block.Text = Paraphraser.Reword(block.Text, random);
    }

    private static ReportKind PickKind(Random random)
    {
        int roll = random.Next(KindWeights.Sum(k => k.Weight));
        foreach (var (kind, weight) in KindWeights)
        {
            if (roll < weight) return kind;
            roll -= weight;
        }
        return ReportKind.CollectiveReview;
    }


    /// <summary>A report written once for a county and filled in by many units: their name goes in, a share of paragraphs is rewritten.</summary>
    private sealed record Template(ReportKind Kind, UnitContext Unit, List<Block> Blocks, bool Indent, string Newline)
    {
        public List<Block> Instantiate(UnitContext unit, Random random, double customizedShare)
        {
            string person = Unit[UnitContext.Slot.Person];
            unit = unit.WithVoice(ReportComposer.VoiceOf(Kind));
            var blocks = new List<Block>(Blocks.Count);
            foreach (var original in Blocks)
            {
                var block = original.Copy();
                if (block.Regenerate is not null && random.NextDouble() < customizedShare)
                {
                    string fresh = Paraphraser.Reword(block.Regenerate(random, unit), random);
                    if (block.RunIn is not null) block.RunIn = fresh;
                    else block.Text = fresh;
                }
                block.Text = Fill(block.Text, unit, person);
                if (block.RunIn is not null) block.RunIn = Fill(block.RunIn, unit, person);
                blocks.Add(block);
            }
            return blocks;
        }

        private string Fill(string text, UnitContext unit, string person) =>
            text.Replace(Unit.Name, unit.Name, StringComparison.Ordinal).Replace(person, unit[UnitContext.Slot.Person], StringComparison.Ordinal);
    }
}
