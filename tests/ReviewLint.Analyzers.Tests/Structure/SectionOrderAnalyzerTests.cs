using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Structure.SectionOrderAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Structure;

public class SectionOrderAnalyzerTests
{
    private const string Title = "东湖村党支部2023年度组织生活会对照检查材料\n按照通知要求，支部认真查摆问题，现将有关情况报告如下：\n";

    [Fact]
    public async Task Measures_before_problems_are_reported_on_the_measures_heading()
    {
        await Verifier.VerifyAsync(Title +
            "一、学习开展情况\n支部集中学习四次。\n{|RL1002:二、整改措施|}\n一是每月集中学习一次。\n" +
            "三、存在的问题\n一是学习不够经常。\n四、原因剖析\n一是思想上重视不够。\n");
    }

    [Fact]
    public async Task Message_says_where_the_section_belongs()
    {
        var result = await Verifier.AnalyzeAsync(Title +
            "一、存在的问题\n一是学习不够经常。\n二、整改措施\n一是每月集中学习一次。\n三、原因分析\n一是思想上重视不够。\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("二、整改措施", result.Document.Text.ToString(diagnostic.Location.Span));
        Assert.Equal("“整改措施”部分位置不当：应放在“原因剖析”部分之后（党支部（领导班子）对照检查材料、剖析材料的通常次序为存在问题→原因剖析→整改措施）。",
            diagnostic.Message);
    }

    [Fact]
    public async Task Next_plan_before_shortcomings_in_a_duty_report_is_reported()
    {
        await Verifier.VerifyAsync(
            "吴某某同志2024年度述职报告\n我担任县统计局局长。现将履职情况报告如下：\n" +
            "一、履职情况\n全年完成各项统计调查任务。\n{|RL1002:二、下一步工作打算|}\n一是提升数据质量。\n" +
            "三、存在的不足\n一是基层统计力量薄弱。\n");
    }

    [Fact]
    public async Task Causes_before_problems_are_reported_on_the_causes_heading()
    {
        await Verifier.VerifyAsync(
            "钱某某同志2023年度民主生活会个人发言提纲\n按照要求，我对照检查了自身问题，现发言如下：\n" +
            "{|RL1002:一、原因剖析|}\n一是放松了主观世界改造。\n二、存在的问题\n一是理论学习不够深入。\n三、整改措施\n一是制定个人学习计划。\n");
    }

    [Fact]
    public async Task Usual_order_is_not_reported()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是学习不够经常。\n二、原因剖析\n一是思想上重视不够。\n三、整改措施\n一是每月集中学习一次。\n");
    }

    [Fact]
    public async Task Optional_sections_may_stand_anywhere()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是学习不够经常。\n二、原因剖析\n一是思想上重视不够。\n三、整改措施\n一是每月集中学习一次。\n" +
            "四、学习体会\n通过学习，党员们进一步坚定了理想信念。\n");
    }

    [Fact]
    public async Task A_combined_heading_is_in_order()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题及原因分析\n一是学习不够经常，根子在于思想上重视不够。\n二、整改措施\n一是每月集中学习一次。\n");
    }

    [Fact]
    public async Task Unnumbered_sections_in_order_are_not_reported()
    {
        await Verifier.VerifyAsync(Title +
            "存在的问题\n一是村务公开不够及时。\n原因分析\n一是制度执行不严。\n整改措施\n一是每季度公开一次村务。\n");
    }

    [Fact]
    public async Task Unknown_genre_is_not_checked()
    {
        await Verifier.VerifyAsync(
            "在全镇安全生产工作会议上的讲话\n同志们：\n一、下一步工作要求\n要压紧压实各方责任。\n二、当前存在的突出问题\n一些企业主体责任落实不到位。\n");
    }

    [Fact]
    public async Task A_missing_section_is_not_an_order_problem()
    {
        await Verifier.VerifyAsync(Title +
            "一、整改措施\n一是每月集中学习一次。\n");
    }
}
