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
        Assert.Equal(Enum.GetValues<DefectKind>().Length, kinds.Count);
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
}
