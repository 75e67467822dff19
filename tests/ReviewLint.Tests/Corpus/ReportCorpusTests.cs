using ReviewLint.Corpus;
using ReviewLint.Syntax;

namespace ReviewLint.Tests.Corpus;

/// <summary>The benchmark corpus generator: deterministic, varied, with the defects it claims to plant.</summary>
public class ReportCorpusTests
{
    [Fact]
    public void The_same_seed_gives_the_same_documents_whatever_the_batch_size()
    {
        var options = new CorpusOptions(Seed: 42);
        var small = ReportCorpus.Generate(5, options).ToList();
        var large = ReportCorpus.Generate(20, options).Take(5).ToList();
        Assert.Equal(small.Select(r => r.Text), large.Select(r => r.Text));
        Assert.Equal(small[3].Text, ReportCorpus.GenerateOne(3, options).Text);
        Assert.NotEqual(small[0].Text, ReportCorpus.GenerateOne(0, options with { Seed = 43 }).Text);
    }

    [Fact]
    public void Reports_cover_every_genre_and_many_unit_types_and_are_recognized_by_the_parser()
    {
        var reports = ReportCorpus.Generate(80, new CorpusOptions(Seed: 5)).ToList();
        Assert.Equal(Enum.GetValues<ReportKind>().Length, reports.Select(r => r.Kind).Distinct().Count());
        Assert.True(reports.Select(r => r.UnitType).Distinct().Count() >= 6);
        foreach (var report in reports)
        {
            var document = ReportDocument.FromText(report.Path, report.Text);
            Assert.True(document.Syntax.Headings.Length >= 3, report.Path);
            Assert.Equal(report.Kind.ToString(), document.Facts.Genre.ToString());
        }
    }

    [Fact]
    public void Planted_defects_are_in_the_text()
    {
        var reports = ReportCorpus.Generate(60, new CorpusOptions(Seed: 9, DefectRate: 1)).ToList();
        var kinds = reports.SelectMany(r => r.Defects).Select(d => d.Kind).Distinct().ToList();
        Assert.Equal(Enum.GetValues<DefectKind>().Except([DefectKind.CopiedParagraph]), kinds.Order());
        foreach (var report in reports)
            foreach (var defect in report.Defects.Where(d => d.Kind != DefectKind.ProblemWithoutMeasure))
                Assert.Contains(defect.Text, report.Text);
        Assert.Contains(reports, r => r.Text.Contains("钢性") || r.Text.Contains("布署") || r.Text.Contains("按排"));
        Assert.Contains(reports, r => r.UnitType == "Town" && r.Defects.Any(d => d.Text == "街道、社区"));
    }

    [Fact]
    public void A_template_heavy_batch_repeats_far_more_lines_than_a_low_repetition_one()
    {
        static double DistinctShare(CorpusMode mode)
        {
            var lines = ReportCorpus.Generate(60, new CorpusOptions(Seed: 3, Mode: mode)).SelectMany(r => r.Text.Split('\n'))
                .Select(l => l.Trim()).Where(l => l.Length > 40).ToList();
            return (double)lines.Distinct().Count() / lines.Count;
        }
        double low = DistinctShare(CorpusMode.LowRepetition), template = DistinctShare(CorpusMode.TemplateHeavy);
        Assert.True(low > 0.9, $"low-repetition distinct share {low:P0}");
        Assert.True(template < 0.5, $"template-heavy distinct share {template:P0}");
    }

    [Fact]
    public void A_planted_copy_names_an_earlier_report_of_another_unit_that_holds_the_original()
    {
        var options = new CorpusOptions(Seed: 11, CopyRate: 0.2);
        var reports = ReportCorpus.Generate(150, options).ToList();
        var copies = reports.SelectMany(r => r.Defects.Where(d => d.Kind == DefectKind.CopiedParagraph).Select(d => (Report: r, Copy: d))).ToList();
        Assert.True(copies.Count >= 10, $"{copies.Count} copies");
        foreach (var (report, copy) in copies)
        {
            var source = Assert.Single(reports, r => r.Path == copy.Source);
            Assert.True(source.Index < report.Index);
            Assert.NotEqual(source.UnitName, report.UnitName);
            Assert.Contains(copy.Text, source.Text);
            string copied = copy.Text.Replace(source.UnitName, report.UnitName, StringComparison.Ordinal);
            string firstSentence = copied[..(copied.IndexOf('。') + 1)];
            string lastSentence = copied.TrimEnd('。')[(copied.TrimEnd('。').LastIndexOf('。') + 1)..];
            Assert.True(report.Text.Contains(firstSentence) || report.Text.Contains(lastSentence), report.Path);
        }
    }

    [Fact]
    public void Copies_change_only_the_reports_that_take_part()
    {
        var plain = ReportCorpus.Generate(120, new CorpusOptions(Seed: 11)).ToList();
        var withCopies = ReportCorpus.Generate(120, new CorpusOptions(Seed: 11, CopyRate: 0.2)).ToList();
        var involved = withCopies.SelectMany(r => r.Defects.Where(d => d.Kind == DefectKind.CopiedParagraph).SelectMany(d => new[] { r.Path, d.Source! }))
            .ToHashSet();
        for (int i = 0; i < plain.Count; i++)
        {
            if (plain[i].Text == withCopies[i].Text || involved.Contains(withCopies[i].Path)) continue;
            // A source whose copier is past the end of the batch (or of the same unit): only the details were added to it.
            int at = plain[i].Text.AsSpan().CommonPrefixLength(withCopies[i].Text);
            Assert.StartsWith("比如", withCopies[i].Text[at..]);
        }
        Assert.Equal(withCopies[77].Text, ReportCorpus.GenerateOne(77, new CorpusOptions(Seed: 11, CopyRate: 0.2)).Text);
    }
}
