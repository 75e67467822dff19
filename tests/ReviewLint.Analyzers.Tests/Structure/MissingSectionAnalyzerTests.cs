using ReviewLint.Analyzers.Structure;
using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Structure.MissingSectionAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Structure;

public class MissingSectionAnalyzerTests
{
    private const string Intro = "按照上级党组织的通知要求，支部在会前组织党员集中学习，广泛征求意见，现将有关情况报告如下：\n";

    [Fact]
    public async Task Collective_review_without_causes_is_reported_on_the_title()
    {
        await Verifier.VerifyAsync(
            "{|RL1001:东湖村党支部2023年度组织生活会对照检查材料|}\n" + Intro +
            "一、存在的问题\n一是学习不够经常。二是走访农户不够深入。\n" +
            "二、整改措施\n一是每月集中学习一次。二是支委分片走访农户。\n");
    }

    [Fact]
    public async Task Message_names_the_missing_section_and_accepted_headings()
    {
        var result = await Verifier.AnalyzeAsync(
            "东湖村党支部2023年度组织生活会对照检查材料\n" + Intro +
            "一、存在的问题\n一是学习不够经常。\n二、整改措施\n一是每月集中学习一次。\n");
        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Contains("缺少“原因剖析”部分", message);
        Assert.Contains("“原因分析”", message);
        Assert.Contains("“问题产生的根源”", message);
    }

    [Fact]
    public async Task Each_missing_section_gets_its_own_diagnostic()
    {
        var result = await Verifier.AnalyzeAsync(
            "张某同志在2023年度民主生活会上的个人发言提纲\n按照通知要求，我认真查摆了自身存在的问题，现发言如下：\n" +
            "一、存在的问题\n一是理论学习不够系统。二是调查研究不够深入。\n");
        Assert.Equal(["原因剖析", "整改措施"], result.Diagnostics.Select(d => d.Message[3..7]).ToArray());
    }

    [Fact]
    public async Task Duty_report_without_next_plan_is_reported()
    {
        await Verifier.VerifyAsync(
            "{|RL1001:赵某某同志2024年度述职报告|}\n我任县水利局副局长，分管农村供水工作。现将履职情况报告如下：\n" +
            "一、履职情况\n全年完成农村供水工程改造十二处，受益群众三万余人。\n" +
            "二、存在的不足\n一是对工程后期管护重视不够。二是调查研究不够深入。\n");
    }

    [Fact]
    public async Task Work_summary_without_problems_is_reported()
    {
        await Verifier.VerifyAsync(
            "{|RL1001:县市场监管局2024年工作总结|}\n" +
            "一、2024年工作完成情况\n全年检查食品生产经营主体一千二百余家，办结投诉举报三百余件。\n" +
            "二、2025年工作计划\n一是深化食品安全监管。二是优化营商环境。\n");
    }

    [Fact]
    public async Task Clean_government_section_is_required_only_when_the_title_says_so()
    {
        const string body =
            "我担任镇党委副书记，分管党建和纪检工作。现将有关情况报告如下：\n" +
            "一、履职情况\n全年组织党员集中培训四次。\n二、存在的问题\n一是调研不够深入。\n三、下一步打算\n一是加强调查研究。\n";
        await Verifier.VerifyAsync("{|RL1001:孙某某同志2024年度述责述廉报告|}\n" + body);
        await Verifier.VerifyAsync("孙某某同志2024年度述职报告\n" + body);
    }

    [Fact]
    public async Task A_clean_government_subheading_inside_the_work_section_counts_for_it()
    {
        const string head = "孙某某同志2024年度述职述廉报告\n我担任县住建局局长。现将有关情况报告如下：\n一、履职尽责情况\n（一）抓好班子带好队伍。全年主持学习十四次。\n";
        const string tail = "二、存在的问题\n一是调研不够深入。\n三、下一步打算\n一是加强调查研究。\n";
        await Verifier.VerifyAsync(head + "（二）严守廉洁底线，履行“一岗双责”。不插手工程招投标。\n" + tail);
        await Verifier.VerifyAsync(head + "（二）严格廉洁自律，树立良好形象。严格遵守中央八项规定。\n" + tail);
        await Verifier.VerifyAsync("{|RL1001:" + head.Split('\n')[0] + "|}\n" + string.Join("\n", head.Split('\n')[1..]) + "（二）守牢安全底线，防范化解风险。\n" + tail);
    }

    [Fact]
    public async Task Require_option_makes_an_optional_section_required()
    {
        await Verifier.VerifyAsync(
            "{|RL1001:东湖村党支部2023年度组织生活会对照检查材料|}\n" + Intro +
            "一、存在的问题\n一是学习不够经常。\n二、原因分析\n一是思想上重视不够。\n三、整改措施\n一是每月集中学习一次。\n",
            o => o.RuleOptions["RL1001"] = new() { ["require"] = "prev_rectification" });
    }

    [Fact]
    public async Task A_measures_topic_heading_inside_problems_does_not_stand_for_the_measures_section()
    {
        await Verifier.VerifyAsync(
            "{|RL1001:东湖村党支部2023年度组织生活会对照检查材料|}\n" + Intro +
            "一、存在的问题\n（一）在落实整改措施方面。上年度查摆问题的整改还有两项没有完成。\n" +
            "二、原因分析\n一是思想上重视不够。\n");
    }

    [Fact]
    public async Task Without_a_title_the_first_line_is_the_anchor()
    {
        await Verifier.VerifyAsync(
            "{|RL1001:一、存在的问题|}\n一是学习不够经常。\n二、整改措施\n一是每月集中学习一次。\n",
            o => o.Genre = "CollectiveReview");
    }

    [Fact]
    public async Task Variant_headings_of_a_collective_review_are_accepted()
    {
        await Verifier.VerifyAsync(
            "西岭社区党支部主题教育专题组织生活会检视剖析材料\n" + Intro +
            "一、会前学习情况\n支部集中学习六次。\n二、查摆出的问题\n一是服务居民不够主动。\n" +
            "三、问题产生的根源\n一是宗旨意识有所淡化。\n四、努力方向和整改措施\n一是建立居民诉求台账。\n");
    }

    [Fact]
    public async Task Personal_review_with_other_variants_is_accepted()
    {
        await Verifier.VerifyAsync(
            "钱某某同志2023年度民主生活会个人对照检查材料\n按照要求，我对照检查了自身问题，现报告如下：\n" +
            "一、检视的问题\n一是理论学习不够深入。\n二、剖析问题根源\n一是放松了主观世界改造。\n" +
            "三、今后努力方向\n一是制定个人学习计划。\n");
    }

    [Fact]
    public async Task A_heading_naming_problems_and_causes_counts_for_both()
    {
        await Verifier.VerifyAsync(
            "钱某某同志2023年度民主生活会个人发言提纲\n按照要求，我对照检查了自身问题，现发言如下：\n" +
            "一、存在的问题及原因分析\n一是理论学习不够深入，根子在于放松了主观世界改造。\n" +
            "二、整改措施\n一是制定个人学习计划。\n");
    }

    [Fact]
    public async Task Sections_found_at_the_second_level_count()
    {
        await Verifier.VerifyAsync(
            "东湖村党支部2023年度组织生活会对照检查材料\n" + Intro +
            "一、对照检查情况\n（一）存在的主要问题\n一是学习不够经常。\n（二）原因剖析\n一是思想上重视不够。\n" +
            "二、下一步整改措施\n一是每月集中学习一次。\n");
    }

    [Fact]
    public async Task Duty_report_with_next_plan_and_practice_headings_is_accepted()
    {
        await Verifier.VerifyAsync(
            "周某某同志2024年度述职报告\n我担任县交通运输局局长。现将一年来的工作述职如下：\n" +
            "一、主要做法和成效\n全年新改建农村公路八十公里。\n二、存在的问题和不足\n一是养护资金保障不足。\n" +
            "三、下一步打算\n一是多渠道筹措养护资金。\n");
    }

    [Fact]
    public async Task Work_summary_with_topical_work_headings_is_accepted()
    {
        await Verifier.VerifyAsync(
            "河口镇2024年工作总结\n2024年，河口镇紧盯年初目标任务，各项工作稳步推进。\n" +
            "一、坚持产业为先，经济运行稳中向好\n全年新招引项目九个。\n二、坚持民生为本，群众生活持续改善\n新建村级养老服务站三处。\n" +
            "三、存在的困难和问题\n一是产业结构比较单一。\n四、2025年工作思路\n一是培育壮大特色产业。\n");
    }

    [Fact]
    public async Task Unknown_genre_gets_no_structure_diagnostics()
    {
        await Verifier.VerifyAsync("请各科室于本周五前报送季度工作安排。");
        await Verifier.VerifyAsync(
            "在全镇安全生产工作会议上的讲话\n同志们：\n一、当前存在的突出问题\n一些企业主体责任落实不到位。\n二、下一步工作要求\n要压紧压实各方责任。\n");
    }

    [Theory]
    [InlineData("会议最后，县委书记对全年工作作了总结。")]
    [InlineData("每名党员都要经常对照检查，加强党性锻炼。")]
    [InlineData("他的述职得到了与会同志的肯定。\n大家一致认为工作扎实。")]
    public async Task A_sentence_that_mentions_a_genre_is_not_a_report(string text)
    {
        await Verifier.VerifyAsync(text);
    }

    [Fact]
    public async Task Unnumbered_heading_lines_are_recognised()
    {
        await Verifier.VerifyAsync(
            "南坡村党支部2023年度组织生活会对照检查材料\n" + Intro +
            "存在的问题\n一是村务公开不够及时。二是党员学习不够经常。\n" +
            "原因分析：一是制度执行不严。二是支委带头不够。\n" +
            "整改措施\n一是每季度公开一次村务。二是每月组织一次集中学习。\n");
    }

    [Fact]
    public async Task Optional_option_silences_a_required_section()
    {
        await Verifier.VerifyAsync(
            "东湖村党支部2023年度组织生活会对照检查材料\n" + Intro +
            "一、存在的问题\n一是学习不够经常。\n二、整改措施\n一是每月集中学习一次。\n",
            o => o.RuleOptions["RL1001"] = new() { ["optional"] = "原因剖析" });
    }

    [Theory]
    [InlineData("CollectiveReview")]
    [InlineData("PersonalReview")]
    [InlineData("DutyReport")]
    [InlineData("WorkSummary")]
    public void Every_listed_heading_matches_its_own_pattern(string genre)
    {
        var template = GenreTemplate.For(Enum.Parse<ReviewLint.Syntax.ReportGenre>(genre))!;
        foreach (var section in template.Sections)
            foreach (var heading in section.Headings)
                Assert.True(section.Matches(heading), $"{genre}/{section.Key}: “{heading}” 不能被自身的 pattern 匹配");
    }

    [Theory]
    [InlineData("")]
    [InlineData("一、\n（一）\n1.\n")]
    [InlineData("存在的问题：\n原因分析：\n")]
    [InlineData("东湖村党支部对照检查材料")]
    public async Task Odd_structures_do_not_crash(string text)
    {
        var missing = await Verifier.AnalyzeAsync(text, o => o.Genre = "CollectiveReview");
        var order = await ReviewLint.Testing.AnalyzerVerifier<SectionOrderAnalyzer>.AnalyzeAsync(text, o => o.Genre = "CollectiveReview");
        Assert.DoesNotContain(missing.Diagnostics.Concat(order.Diagnostics), d => d.Id == "RL0001");
    }

    [Theory]
    [InlineData("CollectiveReview", "problems", "对照检查的问题")]
    [InlineData("CollectiveReview", "problems", "四风方面存在的问题")]
    [InlineData("CollectiveReview", "problems", "存在的突出问题和不足")]
    [InlineData("CollectiveReview", "causes", "产生问题的主要原因")]
    [InlineData("CollectiveReview", "causes", "问题根源剖析")]
    [InlineData("CollectiveReview", "measures", "今后努力的方向")]
    [InlineData("CollectiveReview", "measures", "整改落实举措")]
    [InlineData("CollectiveReview", "measures", "整改方向及措施")]
    [InlineData("PersonalReview", "measures", "努力方向和改进措施")]
    [InlineData("DutyReport", "problems", "存在的差距和不足")]
    [InlineData("DutyReport", "next_plan", "下一年度工作计划")]
    [InlineData("DutyReport", "work_done", "一年来的主要工作")]
    [InlineData("WorkSummary", "next_plan", "2025年工作思路")]
    public void Common_heading_variants_are_recognised(string genre, string role, string heading)
    {
        var section = GenreTemplate.For(Enum.Parse<ReviewLint.Syntax.ReportGenre>(genre))!.Find(role)!;
        Assert.True(section.Matches(heading), $"{genre}/{role}: “{heading}”");
    }

    [Theory]
    [InlineData("CollectiveReview", "measures", "在落实整改措施方面")]
    [InlineData("CollectiveReview", "measures", "上年度整改措施落实情况")]
    [InlineData("CollectiveReview", "problems", "聚焦突出问题，狠抓整改落实")]
    [InlineData("WorkSummary", "next_plan", "2024年工作完成情况")]
    public void Headings_that_only_mention_a_section_are_not_taken_for_it(string genre, string role, string heading)
    {
        var section = GenreTemplate.For(Enum.Parse<ReviewLint.Syntax.ReportGenre>(genre))!.Find(role)!;
        Assert.False(section.Matches(heading), $"{genre}/{role}: “{heading}”");
    }
}
