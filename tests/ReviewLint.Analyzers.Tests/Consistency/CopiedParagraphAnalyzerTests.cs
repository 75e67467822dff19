using ReviewLint.Analyzers.Consistency;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Tests.Consistency;

public class CopiedParagraphAnalyzerTests
{
    private const string Problem =
        "一是理论学习流于形式。支部组织集中学习时照本宣科多、交流研讨少，党员撰写的心得体会大多摘抄报刊文章，结合本村土地流转、人居环境整治等实际谈认识的不多，"
        + "学习成果转化为推动工作的具体办法还不够。";

    private const string OtherProblem =
        "一是理论学习深度不够。个别党员满足于在手机上打卡答题，对条例原文读得不细，遇到征地拆迁中的矛盾纠纷时，"
        + "不善于运用所学政策向群众解释说明，工作方法比较简单。";

    private static string Report(string unit, string paragraph, string date = "2024年1月20日") =>
        $"{unit}党支部2023年度组织生活会对照检查材料\n（{date}）\n一、存在的问题\n{paragraph}\n二、整改措施\n（一）加强学习。每月开展一次专题研讨。\n";

    private static async Task<BatchResult> AnalyzeAsync(Action<ReviewLintOptions>? configure, params (string Path, string Text)[] documents)
    {
        var options = new ReviewLintOptions { MaxDegreeOfParallelism = 2 };
        configure?.Invoke(options);
        var linter = new ReviewLinter([new CopiedParagraphAnalyzer()], JiebaTokenizer.Shared, options);
        return await linter.AnalyzeBatchAsync(documents.Select(d => ReportDocument.FromText(d.Path, d.Text)));
    }

    private static Task<BatchResult> AnalyzeAsync(params (string Path, string Text)[] documents) => AnalyzeAsync(null, documents);

    private static IReadOnlyList<Diagnostics.Diagnostic> Found(BatchResult result, string path) =>
        result.Documents.Where(d => d.Path == path).SelectMany(d => d.Diagnostics).ToList();

    [Fact]
    public async Task A_copied_paragraph_is_reported_on_both_documents_with_the_other_path()
    {
        var result = await AnalyzeAsync(("a/石桥村.txt", Report("石桥村", Problem)), ("b/柳林村.txt", Report("柳林村", Problem)));
        Assert.Equal(["a/石桥村.txt", "b/柳林村.txt"], result.Documents.Select(d => d.Path));
        var first = Assert.Single(Found(result, "a/石桥村.txt"));
        var second = Assert.Single(Found(result, "b/柳林村.txt"));
        Assert.Equal("RL4004", first.Id);
        Assert.Contains("b/柳林村.txt", first.Message);
        Assert.Contains("a/石桥村.txt", second.Message);
        Assert.Equal("b/柳林村.txt", first.Properties["otherPath"]);
        Assert.Equal("1.00", first.Properties["similarity"]);
        Assert.Equal(Problem, result.Documents.First(d => d.Path == "a/石桥村.txt").Document.Text.ToString(first.Location.Span));
    }

    [Fact]
    public async Task A_copy_with_the_unit_name_and_a_few_words_changed_is_still_reported()
    {
        string edited = Problem.Replace("本村土地流转", "本社区老旧小区改造").Replace("具体办法", "具体措施");
        var result = await AnalyzeAsync(("石桥村.txt", Report("石桥村", Problem)), ("柳河社区.txt", Report("柳河社区", edited)));
        var diagnostic = Assert.Single(Found(result, "柳河社区.txt"));
        Assert.InRange(double.Parse(diagnostic.Properties["similarity"], System.Globalization.CultureInfo.InvariantCulture), 0.6, 0.99);
        Assert.Single(Found(result, "石桥村.txt"));
    }

    [Fact]
    public async Task Every_copy_is_named_when_a_paragraph_reappears_in_several_reports()
    {
        var result = await AnalyzeAsync(("1.txt", Report("石桥村", Problem)), ("2.txt", Report("柳林村", Problem)), ("3.txt", Report("王庄村", Problem)));
        var diagnostic = Assert.Single(Found(result, "1.txt"));
        Assert.Contains("“2.txt”", diagnostic.Message);
        Assert.Contains("“3.txt”", diagnostic.Message);
        Assert.Equal("2", diagnostic.Properties["matches"]);
    }

    [Fact]
    public async Task An_unclosed_quotation_mark_does_not_hide_the_rest_of_the_paragraph()
    {
        string unclosed = "一是学习“不够系统。" + Problem[2..];
        var result = await AnalyzeAsync(("石桥村.txt", Report("石桥村", unclosed)), ("柳林村.txt", Report("柳林村", unclosed)));
        Assert.Single(Found(result, "石桥村.txt"));
        Assert.Single(Found(result, "柳林村.txt"));
    }

    [Fact]
    public async Task Reports_of_the_same_unit_are_not_compared()
    {
        var result = await AnalyzeAsync(("2023/石桥村.txt", Report("石桥村", Problem)), ("2024/石桥村.txt", Report("石桥村", Problem, "2025年1月18日")));
        Assert.Empty(result.Documents.SelectMany(d => d.Diagnostics));
    }

    [Fact]
    public async Task Different_paragraphs_on_the_same_topic_are_not_reported()
    {
        var result = await AnalyzeAsync(("石桥村.txt", Report("石桥村", Problem)), ("柳林村.txt", Report("柳林村", OtherProblem)));
        Assert.Empty(result.Documents.SelectMany(d => d.Diagnostics));
    }

    [Fact]
    public async Task Short_paragraphs_headings_quotations_and_set_phrases_do_not_count()
    {
        const string shared =
            "深入学习贯彻习近平新时代中国特色社会主义思想，增强“四个意识”、坚定“四个自信”、做到“两个维护”，"
            + "在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，严格落实“三会一课”制度，"
            + "“坚持读原著、学原文、悟原理，把学习成果转化为推动乡村振兴的强大动力”。";
        string Text(string unit) => $"{unit}党支部剖析材料\n一、学习贯彻党的二十大精神情况\n{shared}\n支部按时召开支委会。\n";
        var result = await AnalyzeAsync(("石桥村.txt", Text("石桥村")), ("柳林村.txt", Text("柳林村")));
        Assert.Empty(result.Documents.SelectMany(d => d.Diagnostics));
    }

    [Fact]
    public async Task Wording_shared_by_more_documents_than_the_limit_is_boilerplate()
    {
        var documents = new[] { "石桥村", "柳林村", "王庄村", "李家村" }.Select(unit => ($"{unit}.txt", Report(unit, Problem))).ToArray();
        var result = await AnalyzeAsync(o => o.RuleOptions["RL4004"] = new() { ["maxDocumentFrequency"] = "3" }, documents);
        Assert.Empty(result.Documents.SelectMany(d => d.Diagnostics));
    }

    [Fact]
    public async Task A_stricter_threshold_lets_an_edited_copy_pass()
    {
        string edited = Problem.Replace("本村土地流转", "本社区老旧小区改造").Replace("具体办法", "具体措施");
        var result = await AnalyzeAsync(o => o.RuleOptions["RL4004"] = new() { ["threshold"] = "0.95" },
            ("石桥村.txt", Report("石桥村", Problem)), ("柳河社区.txt", Report("柳河社区", edited)));
        Assert.Empty(result.Documents.SelectMany(d => d.Diagnostics));
    }

    [Fact]
    public async Task An_inline_suppression_silences_one_side_only()
    {
        string suppressed = "<!-- reviewlint-disable-file RL4004 -->\n" + Report("柳林村", Problem);
        var result = await AnalyzeAsync(("石桥村.txt", Report("石桥村", Problem)), ("柳林村.txt", suppressed));
        Assert.Single(Found(result, "石桥村.txt"));
        Assert.Empty(Found(result, "柳林村.txt"));
    }

    [Fact]
    public async Task A_single_document_is_never_reported()
    {
        var result = await AnalyzeAsync(("石桥村.txt", Report("石桥村", Problem + "\n" + Problem)));
        Assert.Empty(result.Documents.SelectMany(d => d.Diagnostics));
    }

    [Fact]
    public async Task Streaming_delivers_the_findings_after_every_document_as_extra_results()
    {
        string[] units = ["石桥村", "柳林村", "王庄村"];
        var documents = units.Select(unit => ReportDocument.FromText($"{unit}.txt", Report(unit, unit == "柳林村" ? OtherProblem : Problem)));
        var linter = new ReviewLinter([new CopiedParagraphAnalyzer()], JiebaTokenizer.Shared, new ReviewLintOptions { MaxDegreeOfParallelism = 2 });
        var results = new List<DocumentResult>();
        await foreach (var result in linter.AnalyzeStreamAsync(documents)) results.Add(result);
        Assert.Equal(["石桥村.txt", "柳林村.txt", "王庄村.txt", "石桥村.txt", "王庄村.txt"], results.Select(r => r.Path));
        Assert.All(results.Take(3), r => Assert.Empty(r.Diagnostics));
        Assert.All(results.Skip(3), r => Assert.Equal("RL4004", Assert.Single(r.Diagnostics).Id));
        Assert.Equal(Report("石桥村", Problem), results[3].Document.Text.Content);
    }

    [Fact]
    public async Task A_paragraph_copied_by_many_reports_is_reported_in_each_of_them()
    {
        var units = Enumerable.Range(0, 45).Select(i => $"第{i}村").ToArray();
        var result = await AnalyzeAsync(o => o.RuleOptions["RL4004"] = new() { ["maxDocumentFrequency"] = "100" },
            [.. units.Select(unit => ($"{unit}.txt", Report(unit, Problem)))]);
        Assert.Equal(45, result.Documents.Length);
        Assert.All(result.Documents, d => Assert.Equal("RL4004", Assert.Single(d.Diagnostics).Id));
    }

    [Fact]
    public async Task Findings_do_not_depend_on_the_degree_of_parallelism()
    {
        string edited = Problem.Replace("本村土地流转", "本社区老旧小区改造");
        var documents = new[] { "石桥村", "柳林村", "王庄村", "李家村", "张湾村", "河口村" }
            .Select((unit, i) => ($"{unit}.txt", Report(unit, i % 3 == 0 ? Problem : i % 3 == 1 ? edited : OtherProblem))).ToArray();
        async Task<string[]> Run(int parallelism)
        {
            var result = await AnalyzeAsync(o => o.MaxDegreeOfParallelism = parallelism, documents);
            return [.. result.Documents.SelectMany(d => d.Diagnostics.Select(x => $"{d.Path} {x.Location.Span} {x.Message}"))];
        }
        var serial = await Run(1);
        Assert.Equal(6, serial.Length);
        Assert.Equal(serial, await Run(4));
    }
}
