using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;

namespace ReviewLint.Tests.Syntax;

public class FactsInferenceTests
{
    private static DocumentFacts Facts(string text) => ReportDocument.FromText("材料.txt", text).Facts;

    [Fact]
    public void Town_committee_leadership_review_is_collective_with_town_unit()
    {
        var facts = Facts("""
            中共青石镇委员会领导班子党史学习教育专题民主生活会对照检查材料
            （2021年12月28日）

            按照县委要求，镇党委班子认真开展学习研讨，现将对照检查情况报告如下。
            """);
        Assert.Equal(ReportGenre.CollectiveReview, facts.Genre);
        Assert.Equal(ReportVoice.Collective, facts.Voice);
        Assert.Equal("青石镇", facts.UnitName);
        Assert.Equal(UnitType.Town, facts.UnitType);
        Assert.Equal(OrganizationType.LeadershipTeam, facts.Organization);
        Assert.Equal(new DateOnly(2021, 12, 28), facts.Date);
    }

    [Fact]
    public void Subdistrict_working_committee_title_gives_subdistrict()
    {
        var facts = Facts("""
            XX街道党工委领导班子主题教育专题民主生活会检视剖析材料

            根据区委统一部署，街道党工委班子认真开展检视剖析，现报告如下。
            """);
        Assert.Equal(ReportGenre.CollectiveReview, facts.Genre);
        Assert.Equal("XX街道", facts.UnitName);
        Assert.Equal(UnitType.Subdistrict, facts.UnitType);
        Assert.Null(facts.Date);
    }

    [Fact]
    public void Duty_report_with_a_name_line_is_personal_and_reads_the_unit_from_that_line()
    {
        var facts = Facts("""
            关于2023年度述职述廉的报告
            县教育局局长　李某某

            2023年，在县委、县政府的正确领导下，我认真履行职责，团结带领全局干部职工推动教育事业发展。
            本人严格遵守中央八项规定精神。
            """);
        Assert.Equal(ReportGenre.DutyReport, facts.Genre);
        Assert.Equal(ReportVoice.Personal, facts.Voice);
        Assert.Equal("县教育局", facts.UnitName);
        Assert.Equal(UnitType.Department, facts.UnitType);
    }

    [Fact]
    public void Duty_report_of_a_leadership_team_is_collective()
    {
        var facts = Facts("""
            中共柳溪镇委员会领导班子2023年度述职述责述廉报告

            一年来，镇党委班子团结带领全镇党员干部群众，扎实推进各项工作，我们始终坚持民主集中制，我们深知责任重大。
            """);
        Assert.Equal(ReportGenre.DutyReport, facts.Genre);
        Assert.Equal(ReportVoice.Collective, facts.Voice);
        Assert.Equal(UnitType.Town, facts.UnitType);
    }

    [Fact]
    public void Bureau_work_summary_is_collective_with_department_unit()
    {
        var facts = Facts("""
            县教育局2024年工作总结

            2024年，县教育局坚持立德树人根本任务，全县教育事业持续健康发展。
            """);
        Assert.Equal(ReportGenre.WorkSummary, facts.Genre);
        Assert.Equal(ReportVoice.Collective, facts.Voice);
        Assert.Equal("县教育局", facts.UnitName);
        Assert.Equal(UnitType.Department, facts.UnitType);
    }

    [Theory]
    [InlineData("平安县2024年工作总结和2025年工作打算", "平安县", UnitType.County)]
    [InlineData("南河镇2024年工作总结", "南河镇", UnitType.Town)]
    [InlineData("城关中心小学党支部2024年度组织生活会对照检查材料", "城关中心小学", UnitType.School)]
    [InlineData("县人民医院党委领导班子2023年度民主生活会对照检查材料", "县人民医院", UnitType.Hospital)]
    [InlineData("XX县青石镇党委2023年度工作总结", "XX县青石镇", UnitType.Town)]
    [InlineData("中共全州县委常委班子民主生活会对照检查材料", "全州县", UnitType.County)]
    [InlineData("广西壮族自治区平乐县青龙乡2024年工作总结", "广西壮族自治区平乐县青龙乡", UnitType.Township)]
    [InlineData("中共南岭县第一中学总支部委员会2024年度组织生活会剖析材料", "南岭县第一中学", UnitType.School)]
    [InlineData("南岭县第二人民医院党委领导班子对照检查材料", "南岭县第二人民医院", UnitType.Hospital)]
    [InlineData("中共南岭县图书馆支部委员会2024年度组织生活会剖析材料", "南岭县图书馆", UnitType.Department)]
    [InlineData("中共桐溪县城乡水务发展有限责任公司支部委员会2024年度民主生活会对照检查材料", "桐溪县城乡水务发展有限责任公司", UnitType.Enterprise)]
    [InlineData("中共桐溪县公共交通运输有限责任公司总支部委员会2024年度组织生活会对照检查材料", "桐溪县公共交通运输有限责任公司", UnitType.Enterprise)]
    [InlineData("中共桐溪县妇幼保健计划生育服务中心支部委员会对照检查材料", "桐溪县妇幼保健计划生育服务中心", UnitType.Department)]
    [InlineData("中共桐溪县国有白桦岭林场支部委员会2024年度组织生活会对照检查材料", "桐溪县国有白桦岭林场", UnitType.Department)]
    [InlineData("中共城东区妇女联合会党组领导班子2024年度民主生活会剖析材料", "城东区妇女联合会", UnitType.Department)]
    [InlineData("桐溪县妇联党组领导班子2024年度民主生活会对照检查材料", "桐溪县妇联", UnitType.Department)]
    [InlineData("中共桐溪县残疾人联合会支部委员会2024年度组织生活会对照检查材料", "桐溪县残疾人联合会", UnitType.Department)]
    [InlineData("东风农场党委领导班子2024年度民主生活会对照检查材料", "东风农场", UnitType.Department)]
    [InlineData("南岭县农贸市场服务中心党支部对照检查材料", "南岭县农贸市场服务中心", UnitType.Department)]
    [InlineData("南岭县博物馆党支部对照检查材料", "南岭县博物馆", UnitType.Department)]
    [InlineData("南岭县第三小学党支部对照检查材料", "南岭县第三小学", UnitType.School)]
    [InlineData("南岭县城乡建设投资集团有限公司党委领导班子2024年度民主生活会对照检查材料", "南岭县城乡建设投资集团", UnitType.Enterprise)]
    [InlineData("南岭县水务投资股份有限公司党支部对照检查材料", "南岭县水务投资股份有限公司", UnitType.Enterprise)]
    [InlineData("平安县委领导班子2024年度民主生活会对照检查材料", "平安县", UnitType.County)]
    [InlineData("锡林宝力旗委班子对照检查材料", "锡林宝力旗", UnitType.Banner)]
    [InlineData("县纪委领导班子对照检查材料", "县纪委", UnitType.Department)]
    [InlineData("平安县人民政府党组领导班子对照检查材料", "平安县", UnitType.County)]
    [InlineData("关于北塘市青山区人民政府党组2024年度民主生活会的对照检查材料", "北塘市青山区", UnitType.District)]
    [InlineData("清河县人民医院内科党支部2024年度组织生活会对照检查材料", "清河县人民医院", UnitType.Hospital)]
    [InlineData("平安县第一中学数学教研组党支部检视剖析材料", "平安县第一中学", UnitType.School)]
    [InlineData("平安县财政局预算科党支部检视剖析材料", "平安县财政局", UnitType.Department)]
    [InlineData("平安县医院外科党支部检视剖析材料", "平安县医院", UnitType.Hospital)]
    [InlineData("桃花坞村村民委员会主任2024年度个人对照检查材料", "桃花坞村", UnitType.Village)]
    [InlineData("新华社区居委会主任2024年度述职报告", "新华社区", UnitType.Community)]
    [InlineData("南山区桃李街道办事处2024年工作总结", "南山区桃李街道", UnitType.Subdistrict)]
    [InlineData("临江街道办事处主任陈某某2024年度述职报告", "临江街道", UnitType.Subdistrict)]
    [InlineData("中共城关街道办事处党工委领导班子对照检查材料", "城关街道", UnitType.Subdistrict)]
    [InlineData("城关办事处2024年工作总结", "城关办事处", UnitType.Subdistrict)]
    [InlineData("青崖镇副镇长刘某某2025年度民主生活会个人对照检查材料", "青崖镇", UnitType.Town)]
    [InlineData("平安县财政局副局长2024年度述职报告", "平安县财政局", UnitType.Department)]
    public void Unit_name_and_type_come_from_the_title(string title, string name, UnitType type)
    {
        var facts = Facts(title + "\n\n现将有关情况报告如下。");
        Assert.Equal(name, facts.UnitName);
        Assert.Equal(type, facts.UnitType);
    }

    [Theory]
    [InlineData("中共西城区长乐街道银杏社区支部委员会2024年度组织生活会对照检查材料", ReportGenre.CollectiveReview, ReportVoice.Collective)]
    [InlineData("中共东城区长青街道党工委领导班子对照检查材料", ReportGenre.CollectiveReview, ReportVoice.Collective)]
    [InlineData("平安县长岭镇2024年工作总结", ReportGenre.WorkSummary, ReportVoice.Collective)]
    [InlineData("西城区区长2024年度述职报告", ReportGenre.DutyReport, ReportVoice.Personal)]
    [InlineData("平安县县长个人对照检查材料", ReportGenre.PersonalReview, ReportVoice.Personal)]
    [InlineData("青石镇镇长2024年度述职报告", ReportGenre.DutyReport, ReportVoice.Personal)]
    public void Job_titles_are_read_outside_the_unit_name(string title, ReportGenre genre, ReportVoice voice)
    {
        var facts = Facts(title + "\n\n现将有关情况报告如下。");
        Assert.Equal(genre, facts.Genre);
        Assert.Equal(voice, facts.Voice);
    }

    [Fact]
    public void Personal_review_of_a_named_comrade_is_personal()
    {
        var facts = Facts("""
            张某某同志个人对照检查材料

            按照会议要求，我认真学习，深入查摆了自身存在的问题。
            """);
        Assert.Equal(ReportGenre.PersonalReview, facts.Genre);
        Assert.Equal(ReportVoice.Personal, facts.Voice);
        Assert.Null(facts.UnitName);
    }

    [Theory]
    [InlineData("柳河村党支部书记2024年度组织生活会对照检查材料")]
    [InlineData("青石镇党委书记张某某2023年度民主生活会发言提纲")]
    public void Review_of_an_office_holder_is_personal(string title)
    {
        var facts = Facts(title + "\n\n按照会议要求，我认真查摆了自身存在的问题。");
        Assert.Equal(ReportGenre.PersonalReview, facts.Genre);
        Assert.Equal(ReportVoice.Personal, facts.Voice);
    }

    [Fact]
    public void Branch_review_with_the_unit_only_in_the_body_takes_it_from_the_body()
    {
        var facts = Facts("""
            第三党支部组织生活会剖析材料

            2024年以来，县财政局机关第三党支部在局党组的领导下，认真落实“三会一课”制度。
            """);
        Assert.Equal(ReportGenre.CollectiveReview, facts.Genre);
        Assert.Equal(ReportVoice.Collective, facts.Voice);
        Assert.Equal(OrganizationType.Branch, facts.Organization);
        Assert.Equal("县财政局", facts.UnitName);
        Assert.Equal(UnitType.Department, facts.UnitType);
    }

    [Fact]
    public void Organisation_words_are_not_taken_for_a_unit_name()
    {
        var facts = Facts("""
            镇党委领导班子2025年度民主生活会对照检查材料

            根据上级党委的统一部署，**镇党委领导班子紧扣会议主题，扎实开展会前准备工作。
            """);
        Assert.Equal("**镇", facts.UnitName);
        Assert.Equal(UnitType.Town, facts.UnitType);
        Assert.Equal(UnitType.Subdistrict, Facts("街道党工委领导班子对照检查材料\n\n东城街道党工委班子认真查摆问题。").UnitType);
    }

    [Fact]
    public void Province_level_body_named_in_the_text_is_a_superior_not_the_unit()
    {
        var facts = Facts("""
            2024年工作总结

            2024年，在县委的领导下，深入贯彻落实自治区党委和市委、县委各项决策部署，推动经济社会持续健康发展。
            """);
        Assert.Null(facts.UnitName);
    }

    [Fact]
    public void Superior_named_after_按照_is_not_taken_as_the_unit()
    {
        var facts = Facts("""
            党支部组织生活会对照检查材料

            按照青石镇党委的统一安排，柳河村党支部认真组织学习，广泛征求意见。
            """);
        Assert.Equal("柳河村", facts.UnitName);
        Assert.Equal(UnitType.Village, facts.UnitType);
    }

    [Fact]
    public void Gacha_report_is_in_inner_mongolia_and_reads_a_chinese_numeral_date()
    {
        var facts = Facts("""
            青山嘎查党支部2024年度组织生活会对照检查材料
            二〇二五年一月十日

            按照苏木党委的通知要求，嘎查党支部认真查摆问题。
            """);
        Assert.Equal(UnitType.Gacha, facts.UnitType);
        Assert.True(facts.InInnerMongolia);
        Assert.Equal(new DateOnly(2025, 1, 10), facts.Date);
    }

    [Fact]
    public void Sumu_report_is_in_inner_mongolia()
    {
        var facts = Facts("""
            中共XX苏木委员会班子民主生活会对照检查材料

            按照旗委要求，苏木党委班子认真开展对照检查。
            """);
        Assert.Equal(UnitType.Sumu, facts.UnitType);
        Assert.True(facts.InInnerMongolia);
    }

    [Fact]
    public void Province_wording_places_a_town_outside_inner_mongolia_even_with_a_stray_league_word()
    {
        var facts = Facts("""
            XX镇党支部组织生活会剖析材料

            按照省市县委的部署，XX镇党支部认真学习。把工作放到全市全盟的大局中去谋划。
            """);
        Assert.False(facts.InInnerMongolia);
        Assert.Null(facts.Province);
    }

    [Fact]
    public void Province_named_in_the_opening_is_recorded()
    {
        var facts = Facts("""
            XX县2024年工作总结

            2024年，在浙江省委、省政府和市委、市政府的坚强领导下，XX县委团结带领全县干部群众攻坚克难。
            """);
        Assert.Equal("浙江省", facts.Province);
        Assert.False(facts.InInnerMongolia);
    }

    [Theory]
    [InlineData("针对以上问题，逐项抓好整改。\n\n浙江省平阳县青石镇党委\n2024年12月28日", "浙江省")]
    [InlineData("下一步，我们将认真学习浙江省“千万工程”经验，推动整改落实。", null)]
    public void Province_is_read_from_a_signature_line_not_from_a_closing_sentence(string closing, string? province)
    {
        var facts = Facts("青石镇党委领导班子对照检查材料\n\n按照上级部署，青石镇党委班子认真学习。\n\n一、存在的问题\n\n一是理论学习不够深入。\n\n"
            + "二是服务群众不够主动。\n\n二、整改措施\n\n" + closing);
        Assert.Equal(province, facts.Province);
        Assert.Equal(province is null ? null : false, facts.InInnerMongolia);
    }

    [Fact]
    public void Inner_mongolia_named_in_the_text_wins()
    {
        var (inInnerMongolia, evidence) = FactsInference.InferInnerMongolia("在内蒙古自治区党委的领导下，全旗上下……");
        Assert.True(inInnerMongolia);
        Assert.Equal("内蒙古", evidence);
    }

    [Theory]
    [InlineData("空气质量优良天数比例离省定目标还差1.2个百分点，深入各苏木乡镇开展调研。", "省定")]
    [InlineData("对省市重点项目实行环评审批绿色通道。", "省市")]
    public void Provincial_targets_and_projects_place_a_text_outside_inner_mongolia(string text, string evidence)
    {
        Assert.Equal((false, evidence), FactsInference.InferInnerMongolia(text));
    }

    [Fact]
    public void Lone_league_word_in_a_named_unit_without_league_or_banner_places_it_outside_inner_mongolia()
    {
        Assert.False(Facts("杨柳湾村党支部对照检查材料\n\n要学习全盟先进村的做法。").InInnerMongolia);
    }

    [Theory]
    [InlineData("青山旗教育局党组领导班子对照检查材料\n\n全旗教育系统认真学习。")]
    [InlineData("柳河村党支部对照检查材料\n\n认真落实旗委部署，在全旗评比中进位。")]
    [InlineData("要学习全盟先进村的做法。")]
    public void League_words_in_a_banner_unit_repeated_or_without_a_named_unit_do_not_place_it_outside_inner_mongolia(string text)
    {
        Assert.NotEqual(false, Facts(text).InInnerMongolia);
    }

    [Fact]
    public void Text_without_region_wording_leaves_the_region_unknown()
    {
        Assert.Null(FactsInference.InferInnerMongolia("全镇党员干部认真学习，扎实推进乡村振兴。").InInnerMongolia);
    }

    [Fact]
    public void Plain_paragraph_without_a_title_is_unknown()
    {
        var facts = Facts("全镇党员干部深入剖析存在问题，认真制定整改措施，我们将对照检查材料逐项整改到位，推动全镇各项工作迈上新台阶。");
        Assert.Equal(ReportGenre.Unknown, facts.Genre);
        Assert.Equal(ReportVoice.Unknown, facts.Voice);
        Assert.Equal(OrganizationType.Unknown, facts.Organization);
        Assert.Null(facts.UnitName);
        Assert.Null(facts.Date);
    }

    [Fact]
    public void Untitled_review_uses_the_body_voice()
    {
        var collective = Facts("""
            2023年度民主生活会对照检查材料

            我们认真学习，我们深入查摆问题。我们将切实整改，我们一定做到。
            """);
        var personal = Facts("""
            2023年度民主生活会对照检查材料

            我认真学习，深入查摆了我自身的问题。本人将切实整改，我一定做到。
            """);
        Assert.Equal(ReportGenre.CollectiveReview, collective.Genre);
        Assert.Equal(ReportGenre.PersonalReview, personal.Genre);
    }

    [Fact]
    public void Town_committee_work_summary_with_slogans_stays_collective()
    {
        var facts = Facts("""
            中共白沙镇委员会2024年度工作总结

            深入开展“我为群众办实事”实践活动，我镇在全县考核中获评优秀。我们将保持时不我待的精神状态。
            """);
        Assert.Equal(ReportGenre.WorkSummary, facts.Genre);
        Assert.Equal(ReportVoice.Collective, facts.Voice);
    }

    [Fact]
    public void Work_situation_report_is_a_work_summary()
    {
        var facts = Facts("关于青石镇2024年工作情况的报告\n\n2024年，青石镇坚持稳中求进。");
        Assert.Equal(ReportGenre.WorkSummary, facts.Genre);
        Assert.Equal("青石镇", facts.UnitName);
    }

    [Fact]
    public void Body_dates_are_not_taken_for_the_document_date()
    {
        var facts = Facts("""
            青石镇党支部组织生活会剖析材料

            2021年7月1日上午，支部组织党员集体观看了大会直播，大家深受鼓舞。
            青石镇党支部
            2021.7.2
            """);
        Assert.Equal(new DateOnly(2021, 7, 2), facts.Date);
    }

    [Fact]
    public void Word_党组织_does_not_make_a_leading_group()
    {
        Assert.Equal(OrganizationType.Unknown, FactsInference.InferOrganization("加强基层党组织建设"));
        Assert.Equal(OrganizationType.LeadingGroup, FactsInference.InferOrganization("县财政局党组"));
    }

    [Fact]
    public void Overrides_replace_inferred_facts_and_set_the_region()
    {
        var resolver = new OptionsResolver([]);
        var options = resolver.Resolve(new ReviewLintOptions { Genre = "CollectiveReview", UnitName = "青石镇", Province = "浙江" });
        var document = ReportDocument.Create("材料.txt", ReviewLint.Text.SourceText.From("全市全盟都在学习。"), options.FactsOverride);

        Assert.Equal(ReportGenre.CollectiveReview, document.Facts.Genre);
        Assert.Equal(ReportVoice.Collective, document.Facts.Voice);
        Assert.Equal(UnitType.Town, document.Facts.UnitType);
        Assert.Equal("浙江省", document.Facts.Province);
        Assert.False(document.Facts.InInnerMongolia);
    }

    [Fact]
    public void Overriding_the_unit_type_to_a_banner_places_the_report_in_inner_mongolia()
    {
        var facts = new DocumentFactsOverride(UnitType: UnitType.Banner).ApplyTo(DocumentFacts.Unknown);
        Assert.True(facts.InInnerMongolia);
    }

    [Fact]
    public void Unknown_province_in_options_is_a_configuration_error()
    {
        var resolver = new OptionsResolver(Array.Empty<DiagnosticDescriptor>());
        var error = Assert.Throws<ConfigurationException>(() => resolver.Resolve(new ReviewLintOptions { Province = "江浙" }));
        Assert.Contains("江浙", error.Message);
    }

    // ---- known edge cases ----

    [Theory]
    [InlineData("石桥村两委班子2024年度组织生活会对照检查材料", "石桥村", UnitType.Village)]
    [InlineData("石桥村两委2024年度工作总结", "石桥村", UnitType.Village)]
    [InlineData("东园社区两委班子对照检查材料", "东园社区", UnitType.Community)]
    public void Village_two_committees_are_a_village_not_a_department(string title, string unit, UnitType type)
    {
        var facts = Facts(title + "\n\n现将有关情况报告如下。");
        Assert.Equal(unit, facts.UnitName);
        Assert.Equal(type, facts.UnitType);
    }

    [Fact]
    public void Two_committees_named_in_the_body_are_the_village()
    {
        var facts = Facts("2024年度组织生活会对照检查材料\n\n今年以来，石桥村两委班子认真查摆问题，现报告如下。");
        Assert.Equal("石桥村", facts.UnitName);
        Assert.Equal(UnitType.Village, facts.UnitType);
        Assert.Equal(UnitType.Village, FactsInference.UnitTypeOfName("石桥村两委"));
    }

    [Fact]
    public void Personal_speech_outline_takes_no_organisation_from_a_body_phrase()
    {
        var facts = Facts("""
            2024年度组织生活会个人发言提纲

            按照支部的安排，我认真学习了有关文件，深入查摆了自身存在的问题，现发言如下。
            """);
        Assert.Equal(ReportGenre.PersonalReview, facts.Genre);
        Assert.Equal(OrganizationType.Unknown, facts.Organization);
    }

    [Fact]
    public void Personal_speech_outline_takes_its_organisation_from_the_author_line()
    {
        var facts = Facts("""
            2024年度组织生活会个人发言提纲
            青石村党支部 张某某

            按照镇党委的安排，我认真查摆了自身存在的问题。
            """);
        Assert.Equal(OrganizationType.Branch, facts.Organization);
        Assert.Equal("青石村", facts.UnitName);
    }

    [Fact]
    public void Collective_review_still_takes_its_organisation_from_its_own_body_words()
    {
        var facts = Facts("2024年度组织生活会对照检查材料\n\n本支部认真查摆问题，现将有关情况报告如下。");
        Assert.Equal(OrganizationType.Branch, facts.Organization);
    }

    [Theory]
    [InlineData("今年以来，按照县委的统一部署，我们认真开展学习。")]
    [InlineData("支部按照青石镇党委的部署，认真开展学习。")]
    [InlineData("我们根据县委组织部的通知要求，认真开展学习。")]
    public void Unit_named_after_anzhao_in_the_body_is_not_the_author(string opening)
    {
        var facts = Facts("2024年度组织生活会对照检查材料\n\n" + opening);
        Assert.Null(facts.UnitName);
    }

    [Fact]
    public void Superior_named_after_anzhao_does_not_hide_the_author_named_later()
    {
        var facts = Facts("2024年度组织生活会对照检查材料\n\n按照县委的统一部署，青石镇党委班子认真查摆问题。");
        Assert.Equal("青石镇", facts.UnitName);
        Assert.Equal(UnitType.Town, facts.UnitType);
    }

    [Theory]
    [InlineData("平安县妇幼保健院", UnitType.Hospital)]
    [InlineData("城关社区卫生服务中心", UnitType.Hospital)]
    [InlineData("平安县中医院", UnitType.Hospital)]
    [InlineData("平安县疾病预防控制中心", UnitType.Department)]
    [InlineData("平安县图书馆", UnitType.Department)]
    [InlineData("平安县文化馆", UnitType.Department)]
    [InlineData("平安县职业技术学校", UnitType.School)]
    [InlineData("临河市公共交通集团", UnitType.Enterprise)]
    public void Health_centres_libraries_and_cultural_centres_have_their_unit_types(string name, UnitType expected) =>
        Assert.Equal(expected, FactsInference.UnitTypeOfName(name));

    [Fact]
    public void A_personal_title_takes_the_unit_after_the_person()
    {
        var facts = Facts("王某某同志在平安县人民政府党组2024年度民主生活会上的个人发言提纲\n\n会前我认真学习。");
        Assert.Equal("平安县", facts.UnitName);
        Assert.Equal(UnitType.County, facts.UnitType);
    }

    [Fact]
    public void A_library_title_names_the_library()
    {
        var facts = Facts("永安县图书馆党支部剖析材料\n\n支部认真查摆问题。");
        Assert.Equal("永安县图书馆", facts.UnitName);
        Assert.Equal(UnitType.Department, facts.UnitType);
    }

    [Fact]
    public void A_branch_followed_by_its_superior_in_the_opening_is_no_unit_name()
    {
        var facts = Facts("组织生活会对照检查材料\n\n一年来，内科党支部在院党委领导下，坚持以患者为中心。");
        Assert.Null(facts.UnitName);
    }

    [Fact]
    public void Suffix_pattern_of_the_title_readers_agrees_with_the_unit_suffix_table()
    {
        string[] alternatives = FactsInference.Suffixes.Split('|');
        var table = FactsInference.UnitSuffixes.Select(entry => entry.Suffix).ToArray();
        Assert.Equal(alternatives.Length, alternatives.Distinct().Count());
        Assert.All(alternatives, alternative => Assert.Contains(alternative, table));
        Assert.All(table, suffix => Assert.Contains(alternatives, alternative => suffix.EndsWith(alternative, StringComparison.Ordinal)));
    }

    [Fact]
    public void Unit_suffix_table_lists_a_longer_suffix_before_the_shorter_one_it_ends_with()
    {
        var table = FactsInference.UnitSuffixes.Select(entry => entry.Suffix).ToList();
        for (int i = 0; i < table.Count; i++)
            for (int j = i + 1; j < table.Count; j++)
                Assert.False(table[j].Length > table[i].Length && table[j].EndsWith(table[i], StringComparison.Ordinal),
                    $"“{table[j]}” comes after “{table[i]}”, which it ends with, so SuffixOf and UnitTypeOfName never reach it.");
    }

    [Theory]
    [InlineData("（县自然资源局耕地保护股股长  2025年1月21日）", "县自然资源局", UnitType.Department)]
    [InlineData("（县人民医院医务科科长）", "县人民医院", UnitType.Hospital)]
    [InlineData("（青石镇党政办公室副主任）", "青石镇", UnitType.Town)]
    [InlineData("（县农业农村局办公室副主任）", "县农业农村局", UnitType.Department)]
    public void A_post_in_an_office_on_a_title_line_gives_the_unit(string postLine, string unit, UnitType type)
    {
        var facts = Facts($"王某某同志2024年度组织生活会个人对照检查材料\n{postLine}\n\n全县全县工作中，我认真学习，本人还有差距。");
        Assert.Equal(unit, facts.UnitName);
        Assert.Equal(type, facts.UnitType);
    }
}
