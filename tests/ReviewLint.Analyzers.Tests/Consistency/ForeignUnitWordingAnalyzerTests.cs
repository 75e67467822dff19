using ReviewLint.Analyzers.Consistency;
using ReviewLint.Testing;

namespace ReviewLint.Analyzers.Tests.Consistency;

public class ForeignUnitWordingAnalyzerTests
{
    private static Task VerifyAsync(string markup, Action<ReviewLintOptions>? configure = null) =>
        AnalyzerVerifier<ForeignUnitWordingAnalyzer>.VerifyAsync(markup, configure);

    private static Action<ReviewLintOptions> Unit(string name, string? province = null) => o =>
    {
        o.Genre = "CollectiveReview";
        o.UnitName = name;
        o.Province = province;
    };

    private static Action<ReviewLintOptions> TypedUnit(string name, string unitType) => o =>
    {
        o.Genre = "CollectiveReview";
        o.UnitName = name;
        o.UnitType = unitType;
    };

    [Theory]
    [InlineData("对辖区[|各街道|]的“门前五包”工作加强督导，镇容镇貌明显改善。", "青山镇")]
    [InlineData("指导[|各街道|]开展环境整治。", "柳塘乡")]
    public async Task Subdistricts_under_a_town_or_township_are_reported(string markup, string name) =>
        await VerifyAsync(markup, Unit(name));

    [Theory]
    [InlineData("集镇各街道的环境卫生实行门前五包。", "青山镇")]
    [InlineData("镇区各街道全部完成路灯改造。", "青山镇")]
    [InlineData("对各街道开展环境整治督导。", "东城区")]
    [InlineData("全镇各村、社区开展环境整治。", "青山镇")]
    public async Task Streets_of_a_town_and_subdistricts_of_a_district_are_not_reported(string text, string name) =>
        await VerifyAsync(text, Unit(name));

    [Fact]
    public async Task Foreign_words_jieba_fused_with_a_marker_before_them_are_reported() =>
        await VerifyAsync("对[|旗委|]反映的问题回应不够及时。对[|居民群众|]反映的问题跟踪不够。", Unit("平安村", "河北省"));

    [Theory]
    [InlineData("红旗委员会", "平安村")]
    [InlineData("对旗帜鲜明讲政治的要求落实不够。", "平安村")]
    [InlineData("对农村居民人均可支配收入增长关注不够。", "平安村")]
    public async Task Words_inside_other_words_are_not_reported_after_a_marker(string text, string name) =>
        await VerifyAsync(text, Unit(name, "河北省"));

    [Fact]
    public async Task County_scope_in_a_district_department_report_is_reported_naming_the_district()
    {
        const string markup = """
            中共东城区发展和改革局党组领导班子民主生活会检视剖析材料

            根据区委统一部署，局党组认真开展会前学习。{|RL4001:全县上下|}形成了抓项目、促发展的浓厚氛围。
            """;
        await VerifyAsync(markup);
        var result = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync(TestMarkup.Parse(markup).Text);
        Assert.Equal("本材料为机关部门（东城区发展和改革局），所在的是区而不是县，“全县上下”疑为从县材料中照搬的表述。", Assert.Single(result.Diagnostics).Message);
    }

    [Theory]
    [InlineData("东城区东华门街道", "Subdistrict")]
    [InlineData("南湖市北塘区青石镇", "Town")]
    [InlineData("东城区第一中学", "School")]
    public async Task County_scope_in_a_unit_whose_name_places_it_in_a_district_is_reported(string name, string unitType) =>
        await VerifyAsync("[|全县|]各项工作稳中有进，[|我县|]营商环境持续优化。", TypedUnit(name, unitType));

    [Fact]
    public async Task County_scope_in_a_unit_without_a_level_in_its_name_is_reported_when_the_text_only_names_the_district() =>
        await VerifyAsync("按照区委、区政府的部署，街道党工委认真落实，[|全县上下|]齐心协力。", TypedUnit("东华门街道", "Subdistrict"));

    [Fact]
    public async Task Own_scope_of_a_higher_level_in_a_county_department_or_below_a_province_is_reported()
    {
        await VerifyAsync("[|全市上下|]齐心协力，[|我市|]水利建设取得新进展。", TypedUnit("县水利局", "Department"));
        await VerifyAsync("[|全省上下|]凝心聚力，奋力开创新局面。", TypedUnit("青石镇", "Town"));
    }

    [Theory]
    [InlineData("东城区东华门街道", "Subdistrict", "全区各街道认真落实区委部署，在全区考核中位列第一。")]
    [InlineData("青山县青石镇", "Town", "全县各乡镇认真落实县委部署，我镇在全县考核中位列第一。")]
    [InlineData("青山县经济开发区管委会", "Department", "按照县委部署，全县上下抓招商，开发区在全县排名第一。")]
    [InlineData("桂花苑社区", "Community", "按照县委、县政府部署，社区在全县率先完成改造。")]
    [InlineData("东华门街道", "Subdistrict", "按照区委和原县委的部署，全县上下一起努力。")]
    [InlineData("东城区发展和改革局", "Department", "按照省市县委的部署，认真学习上级精神。")]
    [InlineData("青石镇", "Town", "我镇在全省排名第一，全省各地都来学习。")]
    [InlineData("县水利局", "Department", "我局在全市考核中排名第三，市水利局给予肯定。")]
    [InlineData("平安市水利局", "Department", "全市上下齐心协力，我市水利建设取得新进展。")]
    [InlineData("青山县", "County", "全县上下凝心聚力，在全省排名第五。")]
    public async Task Scope_words_of_the_own_or_a_superior_level_are_not_reported(string name, string unitType, string text) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Fact]
    public async Task Paired_subdistrict_and_community_in_a_town_report_is_reported_with_the_town_named()
    {
        const string markup = """
            中共青石镇委员会领导班子民主生活会对照检查材料

            二是学用结合不紧，用新思想指导{|RL4001:街道、社区|}工作的办法不多。
            """;
        await VerifyAsync(markup);
        var result = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync(TestMarkup.Parse(markup).Text);
        Assert.Equal("本材料为镇级单位（青石镇），“街道、社区”疑为从街道材料中照搬的表述。", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task Subdistrict_scope_and_bodies_in_a_town_report_are_reported()
    {
        await VerifyAsync("[|全街道|]党员干部积极参与，[|街道党工委|]多次专题研究，[|各街道、社区|]要抓好落实，深入[|街道社区|]走访。", Unit("青石镇"));
    }

    [Fact]
    public async Task Town_wording_in_a_township_or_subdistrict_report_is_reported()
    {
        await VerifyAsync("[|全镇|]上下齐心协力，组织[|镇村干部|]参加培训，结合[|镇情|]抓好落实。", Unit("柳河乡"));
        await VerifyAsync("[|我镇|]在全区考核中位列第一，[|镇党委|]将继续努力。", Unit("东城街道"));
    }

    [Fact]
    public async Task Community_wording_in_a_village_report_and_village_wording_in_a_community_report_are_reported()
    {
        await VerifyAsync("[|社区两委|]成员分片包干，[|居委会|]协助做好服务，[|全社区|]干部群众积极参与。", Unit("柳河村"));
        await VerifyAsync("[|村两委|]班子团结协作，[|全村|]居民满意度明显提升。", Unit("幸福社区"));
    }

    [Fact]
    public async Task League_and_banner_wording_outside_inner_mongolia_is_reported_with_the_evidence()
    {
        const string markup = """
            XX镇党支部组织生活会剖析材料

            按照省市县委的部署，XX镇党支部认真学习。把工作放到全市{|RL4001:全盟|}的大局中去谋划，认真落实{|RL4001:旗委|}的决策部署。
            """;
        await VerifyAsync(markup);
        var result = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync(TestMarkup.Parse(markup).Text);
        Assert.Equal("本材料有“省市县委”等表述，所在地不是内蒙古，“全盟”疑为从内蒙古材料中照搬的表述。", result.Diagnostics[0].Message);
    }

    [Fact]
    public async Task Configured_province_outside_inner_mongolia_reports_gacha_wording()
    {
        await VerifyAsync("[|嘎查|]村两委班子要发挥作用，[|全嘎查|]牧民积极参与。", Unit("青石镇", province: "浙江"));
    }

    [Fact]
    public async Task Province_wording_in_an_inner_mongolia_report_is_reported()
    {
        await VerifyAsync("[|全省|]上下都在推进乡村振兴，按照[|省市县委|]的部署抓好落实。", Unit("青山嘎查"));
    }

    [Fact]
    public async Task Banner_wording_in_an_inner_mongolia_county_report_is_reported()
    {
        await VerifyAsync("[|全旗|]干部群众团结奋斗，全县经济持续向好。", Unit("和林县", province: "内蒙古"));
    }

    [Fact]
    public async Task Autonomous_prefecture_wording_in_a_province_without_one_is_reported()
    {
        await VerifyAsync("认真落实[|州委|]的部署，[|全州|]上下齐抓共管。", Unit("青石镇", province: "浙江省"));
    }

    [Fact]
    public async Task School_wording_in_a_bureau_and_hospital_wording_in_a_school_are_reported()
    {
        await VerifyAsync("[|我校|]在服务基层方面还有差距，要坚持[|以师生为中心|]。", Unit("县财政局"));
        await VerifyAsync("坚持[|以患者为中心|]的服务理念，关心[|医护人员|]成长。", Unit("城关中心小学"));
        await VerifyAsync("坚持[|服务师生|]的理念，[|我校|]行风建设还需加强。", Unit("县人民医院"));
    }

    [Fact]
    public async Task City_self_reference_in_a_county_report_is_reported()
    {
        await VerifyAsync("[|我市|]在全省项目观摩中获得好评，[|全市上下|]干劲十足。", Unit("平安县"));
    }

    [Fact]
    public async Task County_self_reference_in_a_city_bureau_is_reported_but_not_in_a_county_bureau()
    {
        await VerifyAsync("[|我县|]被评为全省保障性住房建设先进单位。", Unit("市住房和城乡建设局"));
        await VerifyAsync("我县被评为全省保障性住房建设先进单位。", Unit("县住房和城乡建设局"));
    }

    [Fact]
    public async Task Other_kinds_of_self_reference_are_reported()
    {
        await VerifyAsync("[|我局|]将加强指导，[|我公司|]也要积极配合，[|我院|]要做好保障。", Unit("青石镇"));
    }

    [Fact]
    public async Task Superior_levels_and_statistics_in_a_town_report_are_not_reported()
    {
        await VerifyAsync("""
            中共青石镇委员会领导班子民主生活会对照检查材料

            按照省市县委的部署，全镇农村居民人均可支配收入增长7%，城镇居民收入稳步提高，在全县考核中位列第一。
            镇区三个社区完成老旧小区改造，社区居民居住条件明显改善，辖区群众满意度提升。我县、全市、全区的各项部署都落实到位。
            要立足本乡本土，推进乡村振兴，发挥镇村两级作用。
            """);
    }

    [Fact]
    public async Task Place_names_containing_scope_characters_are_not_reported()
    {
        await VerifyAsync("赴杭州、全州县学习考察，参观红旗村和国旗广场，学习兴安盟和锡林郭勒盟的经验。", Unit("青石镇", province: "浙江"));
    }

    [Fact]
    public async Task League_words_are_not_reported_when_the_region_is_unknown()
    {
        await VerifyAsync("把工作放到全市全盟的大局中去谋划，认真落实旗委的部署。", Unit("青石镇"));
    }

    [Fact]
    public async Task Inner_mongolia_wording_is_not_reported_in_an_inner_mongolia_report()
    {
        await VerifyAsync("""
            青山嘎查党支部2024年度组织生活会对照检查材料

            按照苏木党委的要求，全嘎查党员认真学习旗委、盟委的部署，在全旗嘎查村集体经济评比中进位明显，全区先进嘎查为我们树立了榜样。
            """);
    }

    [Fact]
    public async Task Superior_and_own_scope_words_are_not_reported_in_subdistrict_village_and_county_reports()
    {
        await VerifyAsync("全区基层治理现场会在我街道召开，全街道走访居民群众4600户，社区、居民、全市的要求都落实到位。", Unit("东城街道"));
        await VerifyAsync("全镇村集体经济评比中我村排名靠后，镇党委要求全村党员发挥作用，镇卫生院在我村设立巡诊点。", Unit("柳河村"));
        await VerifyAsync("全县经济增速在全市排名第二，城区3个街道、15个社区完成便民服务中心改造，全县师生营养改善计划顺利实施。", Unit("平安县"));
        await VerifyAsync("镇中心小学全校师生参加活动，镇卫生院全院职工为大病患者开展义诊。", Unit("青石镇"));
        await VerifyAsync("学校组织志愿者看望患者，开展防溺水教育，全校师生积极参与。", Unit("城关中心小学"));
    }

    [Fact]
    public async Task Education_bureau_may_speak_of_teachers_and_students()
    {
        await VerifyAsync("组织全体教职工开展师德师风专题教育，坚持以师生为中心，全县师生满意度提升。", Unit("县教育局"));
    }

    [Fact]
    public async Task Words_inside_book_titles_are_not_reported()
    {
        await VerifyAsync("认真学习《街道、社区工作手册》，对照《全旗党建工作规范》查找差距。", Unit("青石镇", province: "浙江"));
    }

    [Fact]
    public async Task Report_without_a_known_unit_is_not_checked()
    {
        await VerifyAsync("用新思想指导街道、社区工作，我校、我局都要积极参与。", o => o.Genre = "CollectiveReview");
    }

    [Fact]
    public async Task Text_that_is_not_a_report_is_not_checked()
    {
        await VerifyAsync("青石镇党委用新思想指导街道、社区工作，全街道干部群众积极参与。");
    }

    [Fact]
    public async Task Configured_extra_foreign_words_are_reported_in_any_unit()
    {
        const string markup = "学习借鉴东山经验，推进[|柳河模式|]落地见效，[|全盟|]上下齐心。";
        await VerifyAsync(markup, o =>
        {
            o.Genre = "CollectiveReview";
            o.RuleOptions["RL4001"] = new Dictionary<string, string> { ["extraForeignWords"] = "柳河模式、全盟" };
        });
        var unknownUnit = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync(TestMarkup.Parse(markup).Text, o =>
        {
            o.Genre = "CollectiveReview";
            o.RuleOptions["RL4001"] = new Dictionary<string, string> { ["extraForeignWords"] = "全盟" };
        });
        Assert.Equal("“全盟”疑为从其他单位材料中照搬的表述。", Assert.Single(unknownUnit.Diagnostics).Message);
        var result = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync(TestMarkup.Parse(markup).Text, o =>
        {
            o.Genre = "CollectiveReview";
            o.UnitName = "青石镇";
            o.RuleOptions["RL4001"] = new Dictionary<string, string> { ["extraForeignWords"] = "柳河模式" };
        });
        Assert.Equal("本材料为镇级单位（青石镇），“柳河模式”疑为从其他单位材料中照搬的表述。", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task Configured_ignore_words_are_not_reported()
    {
        await VerifyAsync("深入[|街道社区|]走访，全街道干部群众积极参与。", o =>
        {
            Unit("青石镇")(o);
            o.RuleOptions["RL4001"] = new Dictionary<string, string> { ["ignoreWords"] = "全街道" };
        });
    }

    [Theory]
    [InlineData("青石镇", "在全县、全市、全省的大局中谋划工作，省委巡视组反馈的问题全部整改。")]
    [InlineData("青石镇", "镇区新建两个社区服务中心，社区工作者队伍不断壮大，辖区居民满意。")]
    [InlineData("青石镇", "农村居民和城镇居民人均可支配收入分别增长7%和5%，我县排名靠前。")]
    [InlineData("柳河村", "按照镇党委的统一部署，全镇各村配合做好人口普查。")]
    [InlineData("东城街道", "按照全区、全市的统一部署，社区两委换届顺利完成，居委会作用充分发挥。")]
    [InlineData("平安县", "在全市考核中位列第二，全县上下干劲十足，我县经济稳步增长。")]
    [InlineData("县教育局", "全县中小学师生参加活动，我局指导各校做好开学准备。")]
    [InlineData("县人民医院", "我院坚持以患者为中心，全院医护人员积极参与义诊。")]
    [InlineData("城关中心小学", "我校全体师生参加活动，教书育人是学校的根本任务，全校上下齐心。")]
    [InlineData("青山嘎查", "全旗、全嘎查、苏木党委、盟委的部署全部落实，全区先进嘎查是我们的榜样。")]
    [InlineData("青山嘎查", "学习借鉴云南省委、浙江省委抓党建促乡村振兴的经验。")]
    public async Task Own_and_superior_wording_of_each_unit_type_is_not_reported(string unit, string text)
    {
        await VerifyAsync(text, Unit(unit));
    }

    [Theory]
    [InlineData("县自然资源局", "卫片执法中发现[|全市|]新增违法占用耕地图斑27处，[|全市|]共立案查处12件。")]
    [InlineData("平安县", "[|全市|]累计建成高标准农田8.6万亩。")]
    public async Task City_scope_with_the_own_figures_of_a_county_unit_is_reported(string unit, string markup)
    {
        await VerifyAsync(markup, Unit(unit));
    }

    [Theory]
    [InlineData("县自然资源局", "按照全市统一部署开展专项整治，全市排名第三，低于全市平均水平。")]
    [InlineData("平安县", "在全市考核中位列第二，全市各县区的经验值得学习，全市统一部署的任务全部完成。")]
    [InlineData("县人民医院", "在全市医疗质量考核中排名靠前，全市医共体建设现场会在我院召开。")]
    public async Task City_scope_as_the_superior_of_a_county_unit_is_not_reported(string unit, string text)
    {
        await VerifyAsync(text, Unit(unit));
    }

    [Theory]
    [InlineData("县农业农村局", "开展耕地保护专项整治，确保[|全市|]粮食播种面积稳定在52万亩以上。")]
    [InlineData("平安县", "班子将统筹谋划，推动[|全市|]重点项目早开工、早见效。")]
    [InlineData("县应急管理局", "健全风险分级管控机制，确保[|全市|]安全生产形势持续稳定。")]
    public async Task City_scope_as_the_object_of_a_county_unit_own_work_is_reported(string unit, string markup)
    {
        await VerifyAsync(markup, Unit(unit));
    }

    [Theory]
    [InlineData("县应急管理局", "处罚金额和案件数量在全市排名靠后，执法震慑作用没有充分发挥。")]
    [InlineData("县应急管理局", "确保全市安全生产会议精神在我县落地见效，推动全市统一部署的专项整治按期完成。")]
    [InlineData("平安县", "确保全市下达的目标任务全面完成，推动全市考核排名前移。")]
    [InlineData("县农业农村局", "参加全市安全生产会议，按上级要求确保全县粮食播种面积稳定，农村居民人均可支配收入增长6%。")]
    [InlineData("平安县", "主动服务全市发展大局，保障全市蔬菜供应。")]
    [InlineData("江州市交通运输局", "确保全市交通运输安全形势持续稳定，谋划全市综合交通运输体系。")]
    public async Task City_scope_of_a_superior_meeting_ranking_or_own_city_is_not_reported(string unit, string text)
    {
        await VerifyAsync(text, Unit(unit));
    }

    [Theory]
    [InlineData("江州市交通运输局", "整改落实情况已在[|全县|]交通运输系统通报，接受干部群众监督。")]
    [InlineData("临江市教育局", "组织[|全县|]中小学开展安全隐患排查。")]
    public async Task County_scope_in_a_city_unit_is_reported(string unit, string markup)
    {
        await VerifyAsync(markup, Unit(unit));
    }

    [Theory]
    [InlineData("江州市交通运输局", "指导平川县全县推开农村公路“路长制”，部分县区项目推进缓慢。")]
    [InlineData("江州市平川县交通运输局", "整改落实情况已在全县交通运输系统通报。")]
    [InlineData("平川县交通运输局", "整改落实情况已在全县交通运输系统通报。")]
    public async Task County_scope_of_a_named_county_or_a_county_unit_is_not_reported(string unit, string text)
    {
        await VerifyAsync(text, Unit(unit));
    }

    [Fact]
    public async Task Community_committees_in_a_town_that_lists_only_villages_are_reported()
    {
        await VerifyAsync("整改情况在镇政务公开栏和各村公示。对[|各社区居委会|]和村“两委”干部日常教育管理偏软。", Unit("青峰镇"));
        await VerifyAsync("镇村两级巡林记录不全，[|社区两委|]成员履职培训不够。", Unit("石门乡"));
    }

    [Theory]
    [InlineData("青峰镇", "整改情况在各村（社区）公示。对各社区居委会和村“两委”干部日常教育管理偏软。")]
    [InlineData("青峰镇", "镇区两个社区完成老旧小区改造。对社区居委会和各村“两委”干部教育管理偏软。")]
    [InlineData("青峰镇", "对社区居委会干部教育管理偏软，农村居民人均可支配收入增长6%。")]
    [InlineData("青峰镇", "镇村两级落实网格化管理，镇区社区居民满意度提升。")]
    public async Task Community_committees_of_a_town_that_names_its_communities_are_not_reported(string unit, string text)
    {
        await VerifyAsync(text, Unit(unit));
    }

    [Fact]
    public async Task Urban_residents_wording_in_a_village_and_patient_wording_in_a_school_are_reported()
    {
        await VerifyAsync("支部对困难群众的走访流于形式，对[|辖区居民|]的实际困难掌握不准。", Unit("王家庄村"));
        await VerifyAsync("切实解决[|患者反映|]的急难愁盼问题，认真回应[|患者诉求|]。", Unit("县实验小学"));
        await VerifyAsync("食堂管理制度执行不严，对[|患者和家属|]的合理诉求研究不够。", Unit("启明中学"));
    }

    [Theory]
    [InlineData("王家庄村", "农村居民人均可支配收入增长6%，城乡居民医保参保率达到98%，村民群众满意。")]
    [InlineData("县实验小学", "组织师生志愿者到县医院看望患者，开展急救知识进校园活动。")]
    [InlineData("县中医院", "切实解决患者反映的急难愁盼问题，认真回应患者诉求。")]
    [InlineData("县人民医院", "对患者和家属的合理诉求及时回应，患者家属满意。")]
    [InlineData("县实验小学", "组织学生到县医院慰问患者，给患者送去慰问品。")]
    public async Task Rural_statistics_patients_in_a_school_visit_and_a_hospital_own_wording_are_not_reported(string unit, string text)
    {
        await VerifyAsync(text, Unit(unit));
    }

    [Fact]
    public async Task Sumu_inside_a_compound_in_a_city_with_province_evidence_is_reported()
    {
        await VerifyAsync("对照省定目标查找差距，班子成员带头深入各县区和各[|苏木乡镇|]开展蹲点调研。", Unit("临江市生态环境局"));
    }

    [Theory]
    [InlineData("临江市生态环境局", "班子成员带头深入各县区和各乡镇开展蹲点调研。")]
    [InlineData("锡林浩特市生态环境局", "按照自治区党委部署，深入各苏木乡镇、嘎查开展蹲点调研，全盟生态环境持续向好。")]
    public async Task Sumu_wording_with_no_or_inner_mongolian_region_evidence_is_not_reported(string unit, string text)
    {
        await VerifyAsync(text, Unit(unit));
    }

    [Theory]
    [InlineData("杨柳湾村党支部2024年度组织生活会对照检查材料\n\n支部将带领全村党员群众发展特色产业，学习[|全盟|]先进村的经验。")]
    [InlineData("南岭县城乡建设投资集团有限公司党委领导班子对照检查材料\n\n集团党委将组织党员到[|嘎查|]开展结对帮扶，为乡村振兴贡献国企力量。")]
    public async Task Lone_league_word_in_a_named_unit_outside_inner_mongolia_is_reported(string markup)
    {
        await VerifyAsync(markup);
    }

    [Fact]
    public async Task Lone_league_word_message_says_nothing_else_places_the_report_in_inner_mongolia()
    {
        var result = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync("杨柳湾村党支部对照检查材料\n\n要学习全盟先进村的经验。");
        Assert.Equal("本材料的单位名称和正文别处都没有内蒙古的表述，“全盟”疑为从内蒙古材料中照搬的表述。", Assert.Single(result.Diagnostics).Message);
    }

    [Theory]
    [InlineData("青山嘎查党支部对照检查材料\n\n要学习全盟先进嘎查村的经验。")]
    [InlineData("青山旗教育局党组领导班子对照检查材料\n\n全旗教育系统党员干部认真学习。")]
    [InlineData("柳河村党支部对照检查材料\n\n认真落实旗委的部署，在全旗评比中进位明显。")]
    [InlineData("把工作放到全盟的大局中去谋划。")]
    public async Task League_words_of_inner_mongolian_units_repeated_ones_and_unnamed_reports_are_not_reported(string text)
    {
        await VerifyAsync(text, o => o.Genre = "CollectiveReview");
    }

    [Fact]
    public async Task Patient_satisfaction_is_reported_in_a_school_but_not_in_a_hospital()
    {
        await VerifyAsync("城关中心小学党支部对照检查材料\n\n完善党员教师积分管理，把[|患者满意度|]纳入评议内容。");
        await VerifyAsync("平安县人民医院党委领导班子对照检查材料\n\n把患者满意度作为评价科室的重要指标。");
    }

    [Theory]
    [InlineData("平安县妇幼保健院党委领导班子对照检查材料\n\n我们始终坚持以病人为中心，把孕产妇安全放在首位。")]
    [InlineData("城关社区卫生服务中心党支部对照检查材料\n\n支部坚持以患者为中心，优化家庭医生签约服务。")]
    [InlineData("平安县中医院党委领导班子对照检查材料\n\n院党委坚持以病人为中心，改进门诊流程。")]
    public async Task Patient_wording_in_maternal_and_community_health_centres_is_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("平安县妇幼保健院党委领导班子对照检查材料\n\n面向全院[|教职工|]开展警示教育，签订廉洁承诺书。")]
    [InlineData("临河市城投集团党委领导班子对照检查材料\n\n组织[|教职工|]参加集中学习。")]
    public async Task Teaching_staff_in_a_hospital_or_company_is_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("平安县第一中学党委领导班子对照检查材料\n\n面向全体教职工开展警示教育。")]
    [InlineData("平安县医学院附属医院党委领导班子对照检查材料\n\n组织医护人员和教职工参加集中学习。")]
    [InlineData("平安县教育局党组领导班子对照检查材料\n\n全县教职工工资按时足额发放。")]
    public async Task Teaching_staff_in_schools_teaching_hospitals_and_education_bureaus_is_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("平安县职业技术学校党委领导班子对照检查材料\n\n对[|患者|]和家长的急难愁盼关注不够。")]
    [InlineData("城关中心小学党支部对照检查材料\n\n回应[|患者|]需求不够及时。")]
    public async Task Patients_as_a_schools_own_public_are_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("平安县职业技术学校党委领导班子对照检查材料\n\n组织学生到敬老院慰问，为患者义务理发。")]
    [InlineData("城关中心小学党支部对照检查材料\n\n校医室对发热患者及时送医，做好登记。")]
    [InlineData("平安县人民医院党委领导班子对照检查材料\n\n对患者和家属的急难愁盼关注不够。")]
    public async Task Patients_in_a_schools_health_topics_and_in_hospitals_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("巴彦旗林业和草原局党组领导班子对照检查材料\n\n[|全县|]112名护林员中有9人存在漏巡情况。")]
    [InlineData("巴彦旗第一中学党委领导班子对照检查材料\n\n[|我县|]教育事业发展不平衡。")]
    public async Task County_scope_in_a_banners_department_or_school_is_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("巴彦旗林业和草原局党组领导班子对照检查材料\n\n全旗完成草原修复治理18万亩，旗县两级联动。")]
    [InlineData("平安县林业局党组领导班子对照检查材料\n\n全县112名护林员全部到岗。")]
    [InlineData("巴彦旗林业和草原局党组领导班子对照检查材料\n\n学习借鉴平安县全县推进的经验。")]
    public async Task Banner_scope_county_departments_and_named_counties_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("中共平安县委组织部部务会对照检查材料\n\n全县选派驻村第一书记86名，但[|全区|]后备力量储备不足。")]
    [InlineData("平安县财政局党组领导班子对照检查材料\n\n为[|全区|]经济社会发展提供财力保障。")]
    [InlineData("王某某同志在平安县人民政府党组民主生活会上的个人发言提纲\n\n为[|全区|]经济社会高质量发展贡献力量。")]
    public async Task District_scope_in_a_county_or_county_department_is_reported(string markup) =>
        await VerifyAsync(markup, o => o.Genre = "CollectiveReview");

    [Theory]
    [InlineData("中共东湖区委组织部部务会对照检查材料\n\n全区后备力量储备不足。")]
    [InlineData("中共平安县委组织部部务会对照检查材料\n\n在全区组织工作会议上作交流发言，认真落实自治区党委的部署。")]
    [InlineData("平安县财政局党组领导班子对照检查材料\n\n认真落实区党委的部署，全区财政收入稳步增长。")]
    [InlineData("中共平安县委组织部部务会对照检查材料\n\n学习东湖区全区推进的经验，在全区组织工作会议上作交流发言。")]
    [InlineData("中共平安县委组织部部务会对照检查材料\n\n认真落实地委的部署，全区后备干部队伍建设稳步推进。")]
    public async Task District_scope_in_districts_autonomous_regions_and_superior_meetings_is_not_reported(string text) =>
        await VerifyAsync(text, o => o.Genre = "CollectiveReview");

    [Theory]
    [InlineData("平安县财政局党组领导班子对照检查材料\n\n一年来，[|全市|]一般公共预算收入完成9.2亿元。")]
    [InlineData("平安县水利局党组领导班子对照检查材料\n\n[|全市|]小型水库累计完成43座除险加固。")]
    public async Task City_figures_a_few_words_after_the_scope_in_a_county_department_are_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("平安县财政局党组领导班子对照检查材料\n\n全市一般公共预算收入完成90亿元，其中我县完成9.2亿元。")]
    [InlineData("平安县财政局党组领导班子对照检查材料\n\n全市财政工作会议精神传达不及时，完成9项任务。")]
    [InlineData("临河市财政局党组领导班子对照检查材料\n\n全市一般公共预算收入完成92亿元。")]
    public async Task City_totals_beside_the_countys_share_other_clauses_and_city_departments_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("临河市公共交通集团党委领导班子对照检查材料\n\n整改情况在[|我局|]内网公示。")]
    [InlineData("城关中心小学党支部对照检查材料\n\n整改情况在[|我院|]内网公示。")]
    public async Task Self_references_jieba_joined_with_a_place_word_are_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("中共平安县人民检察院党组对照检查材料\n\n去年[|我局|]办理的审查起诉案件中，部分案件退回补充侦查。")]
    [InlineData("临河市中级人民法院党组领导班子对照检查材料\n\n[|本局|]执行案件结案率不高。")]
    public async Task Bureau_self_references_in_a_procuratorate_or_court_are_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("中共平安县人民检察院党组对照检查材料\n\n去年我院办理的审查起诉案件中，部分案件退回补充侦查。")]
    [InlineData("中共平安县人民检察院党组对照检查材料\n\n与县公安局加强沟通，公安局移送的案件及时审查。")]
    [InlineData("临河市中级人民法院党组领导班子对照检查材料\n\n本院执行案件结案率不高，与市自然资源局协作不够。")]
    [InlineData("平安县市场监督管理局党组领导班子对照检查材料\n\n我局与县人民检察院、县人民法院加强协作。")]
    public async Task Court_and_procuratorate_self_references_and_mentioned_bureaus_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("平安县水利局党组领导班子对照检查材料\n\n整改情况在我局内网公示。")]
    [InlineData("临河市公共交通集团党委领导班子对照检查材料\n\n在局内网站上公示，我们局面开阔。")]
    public async Task Self_references_of_the_own_unit_and_other_words_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("云岭县发展和改革局党组领导班子对照检查材料\n\n抓好[|全镇|]经济运行监测分析。")]
    [InlineData("云岭县发展和改革局党组领导班子对照检查材料\n\n[|全乡|]重点项目推进缓慢。")]
    [InlineData("南湖街道社区卫生服务中心党支部检视剖析材料\n\n支部将按照[|全乡|]统一要求抓好整改。")]
    [InlineData("柳塘乡卫生院党支部检视剖析材料\n\n[|全镇|]家庭医生签约服务覆盖面不足。")]
    [InlineData("临江市自来水有限公司党支部检视剖析材料\n\n推动[|全县|]供水服务水平不断提升。")]
    [InlineData("江州市第一中学党委领导班子对照检查材料\n\n[|全县|]教育质量有待提升。")]
    public async Task Town_and_county_scopes_in_units_above_or_beside_them_are_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("青石镇财政所党支部检视剖析材料\n\n全镇财政收入稳步增长。")]
    [InlineData("柳塘乡农业综合服务中心党支部检视剖析材料\n\n全乡粮食播种面积保持稳定。")]
    [InlineData("云岭县发展和改革局党组领导班子对照检查材料\n\n对口帮扶的青石镇全镇脱贫成果持续巩固。")]
    [InlineData("石桥镇中心小学党支部剖析材料\n\n全镇教育工作会议精神传达及时。")]
    [InlineData("柳塘乡卫生院党支部检视剖析材料\n\n全乡家庭医生签约服务覆盖面不足。")]
    [InlineData("平安县自来水有限公司党支部检视剖析材料\n\n推动全县供水服务水平不断提升。")]
    [InlineData("平安县人民医院内科党支部对照检查材料\n\n内科党支部在院党委领导下，坚持以患者为中心。")]
    public async Task Own_scopes_named_units_and_departments_inside_a_hospital_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("中共江州燃气集团有限公司白河县分公司支部委员会对照检查材料\n\n2024年[|全市|]共发展居民用户4100户。")]
    [InlineData("中共江州燃气集团有限公司白河县分公司支部委员会对照检查材料\n\n分公司将推动[|全市|]燃气安全隐患整治走深走实。")]
    [InlineData("江南电力有限公司青林县供电分公司党支部对照检查材料\n\n[|我市|]农村电网改造任务繁重。")]
    [InlineData("中国农业银行江州分行白河县支行党支部对照检查材料\n\n[|全市上下|]金融服务水平还有差距。")]
    public async Task City_scopes_in_a_county_branch_of_a_city_enterprise_are_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("中共江州燃气集团有限公司白河县分公司支部委员会对照检查材料\n\n全县城区燃气普及率达到93%，全县城区老旧管网总长约46公里。")]
    [InlineData("江南电力有限公司青林县供电分公司党支部对照检查材料\n\n推动全县农村电网改造，在全市排名靠后。")]
    [InlineData("中国农业银行江州分行白河县支行党支部对照检查材料\n\n全县涉农贷款余额增长较快。")]
    [InlineData("江州燃气集团有限公司党委领导班子对照检查材料\n\n2024年全市新发展居民用户4.1万户，推动全市燃气安全隐患整治。")]
    [InlineData("江南省电力有限公司青州市供电分公司党委领导班子对照检查材料\n\n全市供电可靠率在全省排名靠后，推动全市配电网改造。")]
    public async Task Own_scopes_of_enterprise_branches_and_parents_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("中共江州燃气集团有限公司白河县分公司支部委员会对照检查材料\n\n对[|全市|]餐饮用气场所开展“拉网式”排查。")]
    [InlineData("清河县自然资源局党组领导班子对照检查材料\n\n对[|全市|]各乡镇新增违法占地发现晚、处置慢。")]
    public async Task City_scope_as_the_object_of_a_county_units_own_work_is_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("清河县自然资源局党组领导班子对照检查材料\n\n对全市自然资源工作会议精神传达不及时。")]
    [InlineData("中共江州燃气集团有限公司白河县分公司支部委员会对照检查材料\n\n对全市排名靠后的问题重视不够。")]
    [InlineData("清河县自然资源局党组领导班子对照检查材料\n\n对全市平均水平的差距认识不足。")]
    [InlineData("江州市统计局机关党支部对照检查材料\n\n对全市212家调查单位开展了执法检查。")]
    [InlineData("清河县自然资源局党组领导班子对照检查材料\n\n据临江市统计局调查对全市规模以上企业的用地情况进行了摸底。")]
    public async Task City_scope_after_dui_for_the_superior_or_in_city_units_is_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("按照街道党工委的部署，支部服务[|全乡|]发展大局的站位不高。", "桂花社区")]
    [InlineData("根据街道办事处安排，社区带动[|全镇|]群众参与志愿服务的办法不多。", "桂花社区")]
    public async Task Township_scope_in_a_community_under_a_subdistrict_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, TypedUnit(unit, "Community"));

    [Theory]
    [InlineData("社区服务全镇发展大局，按照镇党委要求推进网格化管理。", "桂花社区")]
    [InlineData("按照街道党工委部署，社区在乡党委支持下服务全乡发展大局。", "桂花社区")]
    [InlineData("根据街道党工委安排，社区服务全镇发展大局。", "青石镇桂花社区")]
    [InlineData("按照街道党工委部署，组织居民到青石镇全镇各村参观学习。", "桂花社区")]
    public async Task Township_scope_in_a_community_under_a_town_or_naming_one_is_not_reported(string text, string unit) =>
        await VerifyAsync(text, TypedUnit(unit, "Community"));

    [Fact]
    public async Task Community_residents_in_a_township_that_counts_only_villages_are_reported() =>
        await VerifyAsync("全乡11个行政村全部完成村规民约修订，向[|社区居民|]发放防诈宣传资料2000份。", Unit("石门乡"));

    [Theory]
    [InlineData("石门乡", "全乡10个行政村和1个社区全部完成换届，社区居民满意度明显提升。")]
    [InlineData("石门乡", "全乡11个行政村全部通硬化路，乡驻地社区居民全部用上自来水。")]
    [InlineData("石门乡", "全乡11个行政村全部通硬化路，农村居民人均可支配收入增长7%。")]
    [InlineData("青峰镇", "全镇11个行政村全部通硬化路，向社区居民发放宣传资料2000份。")]
    public async Task Community_residents_of_a_township_seat_or_a_town_are_not_reported(string unit, string text) =>
        await VerifyAsync(text, Unit(unit));

    [Fact]
    public async Task A_city_inspection_that_names_the_own_county_in_a_county_bureau_is_not_reported() =>
        await VerifyAsync("在全市林地执法专项检查中，我县有2起案件被通报，班子深感责任重大。", TypedUnit("岚川县林业局", "Department"));

    [Theory]
    [InlineData("江州市中心血站")]
    [InlineData("清河县疾病预防控制中心")]
    [InlineData("平川县妇幼保健院")]
    public async Task A_bureau_self_reference_in_a_health_institution_is_reported(string name) =>
        await VerifyAsync("班子成员深入采供血一线调研，帮助改进[|我局|]机关作风，[|本局|]干部职工干事热情明显提高。", TypedUnit(name, "Department"));

    [Fact]
    public async Task A_health_institution_is_described_as_an_institution_in_the_message()
    {
        var result = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync("帮助改进我局机关作风。", TypedUnit("江州市中心血站", "Department"));
        Assert.Equal("本材料为事业单位（江州市中心血站），“我局”疑为从机关部门材料中照搬的表述。", Assert.Single(result.Diagnostics).Message);
    }

    [Theory]
    [InlineData("我站班子认真落实整改，我站被评为省级无偿献血先进单位。", "江州市中心血站")]
    [InlineData("按照市卫生健康局的部署，中心班子逐项整改。", "清河县疾病预防控制中心")]
    [InlineData("我局班子带头改进作风。", "清河县卫生健康局")]
    [InlineData("按照县卫健局党组要求，我局系统开展自查。", "平川县卫生监督局")]
    public async Task Own_self_references_and_superior_bureaus_of_health_institutions_are_not_reported(string text, string name) =>
        await VerifyAsync(text, TypedUnit(name, "Department"));

    [Theory]
    [InlineData("公示栏更新不及时，[|全村|]牧民意见较大。")]
    [InlineData("[|村两委|]班子成员分工不明确，[|村委会|]议事规则执行不严。")]
    [InlineData("[|我村|]集体经济收入偏低。")]
    public async Task Village_wording_in_a_gacha_report_is_reported(string markup) =>
        await VerifyAsync(markup, TypedUnit("巴彦塔拉嘎查", "Gacha"));

    [Theory]
    [InlineData("全嘎查86户牧民全部走访到位，嘎查两委班子分工明确。")]
    [InlineData("按照苏木党委统筹推进嘎查村集体经济发展的要求，制定了增收计划。")]
    [InlineData("嘎查委员会按时公开村务财务。")]
    public async Task Gacha_wording_and_the_gacha_village_compound_are_not_reported_in_a_gacha_report(string text) =>
        await VerifyAsync(text, TypedUnit("巴彦塔拉嘎查", "Gacha"));

    [Fact]
    public async Task A_residents_committee_named_once_in_a_township_of_villages_only_is_reported() =>
        await VerifyAsync("深入14个行政村开展调研。提升[|居委会|]和村调解委员会的调解能力，确保全乡社会大局稳定。", TypedUnit("石门乡", "Township"));

    [Theory]
    [InlineData("深入12个行政村和1个社区开展调研。提升居委会和村调解委员会的调解能力。", "石门乡")]
    [InlineData("镇区居委会和各村调解组织作用发挥不够，居委会换届后工作衔接不畅。", "青山镇")]
    [InlineData("提升居委会和村调解委员会的调解能力。", "石门乡")]
    public async Task A_residents_committee_of_a_township_with_communities_is_not_reported(string text, string name) =>
        await VerifyAsync(text, TypedUnit(name, name.EndsWith('乡') ? "Township" : "Town"));

    [Fact]
    public async Task A_remaining_stock_on_the_city_scope_in_a_county_bureau_is_reported() =>
        await VerifyAsync("截至11月底，[|全市|]仍有2800余万元项目资金沉淀在预算单位账户上。", TypedUnit("平川县财政局", "Department"));

    [Theory]
    [InlineData("截至11月底，全县仍有2800余万元项目资金沉淀在预算单位账户上。")]
    [InlineData("我县资金支出进度低于全市平均水平，仍有差距。")]
    [InlineData("按照全市统一部署，全县尚有3个项目未完工。")]
    [InlineData("我县财政改革经验在全市有较大影响。")]
    [InlineData("近年来，全市农村有8万户享受帮扶政策。")]
    public async Task The_own_scope_and_the_citys_average_in_a_county_bureau_are_not_reported(string text) =>
        await VerifyAsync(text, TypedUnit("平川县财政局", "Department"));

    [Theory]
    [InlineData("王某某同志2024年度组织生活会个人对照检查材料\n（县自然资源局耕地保护股股长  2025年1月21日）\n\n全县耕地保护任务重，我将努力为我局各项工作和全县耕地保护大局作出贡献。")]
    [InlineData("李某某同志个人对照检查材料\n（县农业农村局办公室副主任）\n\n全县农业工作中，我局承担的任务较重，本人在全县调研不够。")]
    [InlineData("张某某同志个人发言提纲\n（县水利局水政监察大队队长）\n\n我局在全县河道执法中还有短板，全县河湖长制落实不够。")]
    public async Task A_bureaus_staff_named_in_the_title_block_say_our_bureau(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("王某某同志2024年度组织生活会个人对照检查材料\n（青石镇党政办公室主任  2025年1月21日）\n\n全镇工作中，我协助做好文稿，对[|我局|]各项工作支持不够。")]
    [InlineData("李某某同志个人对照检查材料\n（县人民医院医务科科长）\n\n全县医疗工作中，[|我局|]考核排名靠后，[|我局|]要加强管理。")]
    public async Task A_title_block_post_in_a_unit_without_a_bureau_still_reports_our_bureau(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("平川县中医院党委领导班子对照检查材料\n\n[|全区|]中医药服务网络信息化程度低，远程会诊推进缓慢。")]
    [InlineData("国网宁川县供电分公司党委领导班子对照检查材料\n\n年度投资计划完成率仅为87%，[|全区|]电网网架薄弱的短板仍未补齐。")]
    [InlineData("清河县第二中学党总支对照检查材料\n\n[|我区|]教育质量提升还有差距，师资配置不均衡。")]
    public async Task District_scope_in_a_county_hospital_school_or_enterprise_is_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("东湖区人民医院党委领导班子对照检查材料\n\n全区中医药服务网络信息化程度低。")]
    [InlineData("江州市自来水有限公司领导班子对照检查材料\n\n全区供水管网老化问题突出。")]
    [InlineData("平川县中医院党委领导班子对照检查材料\n\n按照自治区卫生健康委部署，全区中医药服务网络建设加快推进。")]
    [InlineData("平川县中医院党委领导班子对照检查材料\n\n在全区中医药工作会议上，我院作了交流发言。")]
    [InlineData("国网宁川县供电分公司党委领导班子对照检查材料\n\n我们到东湖区全区电网改造现场学习。")]
    public async Task District_scope_in_district_or_city_units_autonomous_regions_and_superior_meetings_is_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("白沙镇党委领导班子对照检查材料\n\n[|镇党工委|]书记与班子成员开展了谈心谈话。")]
    [InlineData("石桥乡党委领导班子对照检查材料\n\n[|乡党工委|]对村级班子的指导不够。")]
    [InlineData("东关街道党工委领导班子对照检查材料\n\n[|镇村两级|]党组织联动机制不健全，小区党支部作用发挥不够。")]
    [InlineData("邮政公司临水县分公司党委领导班子对照检查材料\n\n[|我行|]储蓄余额增速低于全市邮政系统平均水平。")]
    [InlineData("平川县第一中学党委领导班子对照检查材料\n\n[|我行|]业务发展不快。")]
    public async Task Own_wording_of_streets_towns_and_banks_in_other_units_is_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("白沙镇党委领导班子对照检查材料\n\n镇党委书记与班子成员开展了谈心谈话，积极配合开发区党工委做好征地工作。")]
    [InlineData("白沙镇党委领导班子对照检查材料\n\n镇村两级干部包片到户，乡党委书记来我镇交流时给予肯定。")]
    [InlineData("东关街道党工委领导班子对照检查材料\n\n街道社区两级党组织联动不够，学习借鉴邻近乡镇的做法。")]
    [InlineData("中国农业银行平川县支行党委领导班子对照检查材料\n\n我行储蓄存款增速低于全市农行系统平均水平。")]
    [InlineData("平川县农村信用合作联社党委领导班子对照检查材料\n\n我行我素的作风仍然存在，加强与邮储银行县支行的联动。")]
    [InlineData("邮政公司临水县分公司党委领导班子对照检查材料\n\n加强与邮储银行县支行的联动，组织金融服务进村入户。")]
    public async Task Own_wording_of_towns_streets_and_banks_and_mentions_of_them_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Fact]
    public async Task A_county_company_with_a_long_name_in_a_committee_title_reports_the_citys_count_as_its_own() =>
        await VerifyAsync("""
            中共桐溪县城乡水务发展有限责任公司支部委员会2024年度民主生活会对照检查材料

            按照县国资委党委的安排，公司党支部班子认真开展会前学习。{|RL4001:全市|}36处供水站中，有11处管网老化。
            """);

    [Theory]
    [InlineData("中共桐溪县城乡水务发展有限责任公司支部委员会2024年度民主生活会对照检查材料\n\n我公司供水管网老化问题整改不够及时。")]
    [InlineData("中共桐溪县公共交通运输有限责任公司总支部委员会2024年度组织生活会对照检查材料\n\n全公司28条线路中有9条班次偏少，本公司服务意识有待提升。")]
    [InlineData("中共桐溪县公共交通运输有限责任公司支部委员会班子对照检查材料\n\n我司在全县公交服务满意度测评中排名靠后，在全市排名第九。")]
    public async Task A_county_companys_own_words_in_a_committee_title_with_a_long_name_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Fact]
    public async Task Banner_scope_in_a_county_forest_farm_is_reported() =>
        await VerifyAsync("""
            中共桐溪县国有白桦岭林场支部委员会2024年度组织生活会对照检查材料

            按照县林业局党组的部署，林场党支部认真开展会前学习。我们要守好这片林子，为{|RL4001:全旗|}生态建设多作贡献。
            """);

    [Theory]
    [InlineData("中共乌力吉旗国有白桦岭林场支部委员会2024年度组织生活会对照检查材料\n\n按照旗林业和草原局党组的部署，林场党支部认真开展会前学习，为全旗生态建设多作贡献。")]
    [InlineData("中共桐溪县国有白桦岭林场支部委员会2024年度组织生活会对照检查材料\n\n按照县林业局党组的部署，林场党支部认真开展会前学习，为全县生态建设多作贡献。")]
    [InlineData("中共桐溪县国有白桦岭林场支部委员会2024年度组织生活会对照检查材料\n\n按照县林业局党组的部署，林场党支部认真开展会前学习，到内蒙古的林场学习了防火经验，参观了旗县两级的护林站。")]
    public async Task Own_scope_of_forest_farms_and_visits_to_inner_mongolia_are_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("支部将带领[|全县|]牧民群众建设美丽新牧区。", "宝力格嘎查", "Gacha")]
    [InlineData("[|我县|]草原生态保护补助奖励资金发放及时。", "查干敖包苏木", "Sumu")]
    [InlineData("[|全县上下|]形成了保护草原的浓厚氛围。", "宝力格嘎查", "Gacha")]
    public async Task County_scope_in_a_sumu_or_gacha_is_reported(string markup, string name, string unitType) =>
        await VerifyAsync(markup, TypedUnit(name, unitType));

    [Theory]
    [InlineData("支部将带领全嘎查牧民群众建设美丽新牧区，在全旗排名靠前。", "宝力格嘎查", "Gacha")]
    [InlineData("旗县两级工作组多次到嘎查调研。", "宝力格嘎查", "Gacha")]
    [InlineData("带领全县牧民群众建设美丽新牧区。", "托克托县查干敖包苏木", "Sumu")]
    [InlineData("组织牧民到邻近的多伦县全县推广的舍饲养殖基地参观。", "查干敖包苏木", "Sumu")]
    public async Task Banner_scope_words_in_a_sumu_or_gacha_and_a_named_county_are_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Theory]
    [InlineData("对[|全县上下|]疾控体系改革的形势把握不准。", "西湖区疾病预防控制中心")]
    [InlineData("对[|全县上下|]疾控体系改革的形势把握不准。", "江州市南山区卫生健康局")]
    [InlineData("[|我县|]港口货运量稳步增长。", "北港区交通运输局")]
    public async Task County_scope_in_a_department_of_a_district_named_like_a_lake_or_hill_is_reported(string markup, string name) =>
        await VerifyAsync(markup, TypedUnit(name, "Department"));

    [Theory]
    [InlineData("对全县上下疾控体系改革的形势把握不准。", "桐溪县湖区血吸虫病防治站")]
    [InlineData("全县上下形成了保护水源的共识。", "青山县南部山区供水站")]
    [InlineData("我县港口货运量稳步增长。", "桐溪县临港区管理委员会")]
    [InlineData("全县上下形成了保护水源的共识。", "桐溪县东山湖区管理局")]
    public async Task County_scope_in_county_units_whose_names_hold_a_lake_or_hill_zone_is_not_reported(string text, string name) =>
        await VerifyAsync(text, TypedUnit(name, "Department"));

    [Theory]
    [InlineData("打造一支让全市[|师生|]和群众放心的医护队伍。", "江州市儿童医院", "Hospital")]
    [InlineData("对全县[|师生|]诉求回应不够及时。", "桐溪县人民医院", "Hospital")]
    public async Task Teachers_and_students_as_the_constituency_of_a_hospital_or_company_are_reported(string markup, string name, string unitType) =>
        await VerifyAsync(markup, TypedUnit(name, unitType));

    [Theory]
    [InlineData("为全市师生开展健康体检1.2万人次。", "江州市儿童医院", "Hospital")]
    [InlineData("为辖区中小学师生和家长讲授急救知识。", "江州市儿童医院", "Hospital")]
    [InlineData("让全市师生和群众满意。", "江州市教育局", "Department")]
    [InlineData("让全校师生和家长满意。", "桐溪县第二中学", "School")]
    public async Task Health_services_for_teachers_and_students_and_the_wording_of_schools_are_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Theory]
    [InlineData("没有真正树立以学生和[|患者|]为中心的理念。")]
    [InlineData("对家长、[|患者|]的意见回应不及时。")]
    public async Task Patients_listed_with_pupils_or_parents_in_a_school_are_reported(string markup) =>
        await VerifyAsync(markup, TypedUnit("桐溪县第三小学", "School"));

    [Theory]
    [InlineData("组织师生为白血病患者捐款2.3万元。")]
    [InlineData("开展急救培训，教师学会了对心脏骤停患者实施心肺复苏。")]
    [InlineData("联系医院为患病学生开通就医绿色通道，关心患者康复。")]
    public async Task Patients_in_a_schools_health_topics_are_not_reported(string text) =>
        await VerifyAsync(text, TypedUnit("桐溪县第三小学", "School"));

    [Theory]
    [InlineData("引进康复设备，切实为[|患者|]提供更专业的康复服务。")]
    [InlineData("通过委托培养充实康复师队伍，向[|患者|]提供上门服务。")]
    public async Task Patients_as_those_a_school_provides_its_service_for_are_reported(string markup) =>
        await VerifyAsync(markup, TypedUnit("江州市特殊教育学校", "School"));

    [Theory]
    [InlineData("组织师生为患者捐款，为白血病患者提供志愿服务。")]
    [InlineData("联系医院为患病学生提供就医便利，向患者了解病情。")]
    [InlineData("为学生提供康复训练，让家长放心。")]
    public async Task Patients_in_a_schools_charity_or_health_topics_are_still_not_reported(string text) =>
        await VerifyAsync(text, TypedUnit("江州市特殊教育学校", "School"));

    [Theory]
    [InlineData("在[|全镇|]牧区党建中争先进位。", "阿拉坦旗宝力根苏木乌兰嘎查")]
    [InlineData("认真落实[|镇党委|]的部署，[|全乡|]的经验要学习。", "阿拉坦旗宝力根苏木乌兰嘎查")]
    public async Task Town_scope_in_a_gacha_named_under_its_sumu_is_reported(string markup, string name) =>
        await VerifyAsync(markup, TypedUnit(name, "Gacha"));

    [Theory]
    [InlineData("在全镇牧区党建中争先进位。", "阿拉坦旗巴音镇乌兰嘎查")]
    [InlineData("认真落实镇党委的部署，全镇的经验要学习。", "乌兰嘎查")]
    [InlineData("在全苏木牧区党建中争先进位，落实苏木党委的部署。", "阿拉坦旗宝力根苏木乌兰嘎查")]
    public async Task Town_scope_in_a_gacha_under_a_town_or_of_unnamed_superior_is_not_reported(string text, string name) =>
        await VerifyAsync(text, TypedUnit(name, "Gacha"));

    [Theory]
    [InlineData("在镇党委的领导下开展工作，遇到重大险情及时向[|街道|]报告。")]
    [InlineData("根据镇党委的部署，重大事项向[|街道|]请示后实施。")]
    public async Task Reporting_to_a_subdistrict_in_a_village_under_a_town_is_reported(string markup) =>
        await VerifyAsync(markup, TypedUnit("柳湾村", "Village"));

    [Theory]
    [InlineData("在镇党委的领导下，完成村内街道硬化1.2公里，组织党员清扫街道。")]
    [InlineData("在街道党工委的领导下开展工作，遇到重大险情及时向街道报告。")]
    [InlineData("遇到重大险情及时向街道报告，街道的指导很及时。")]
    public async Task Village_streets_and_villages_under_a_subdistrict_are_not_reported(string text) =>
        await VerifyAsync(text, TypedUnit("柳湾村", "Village"));

    [Theory]
    [InlineData("支部委员带头开展批评和自我批评，教育[|全体干警|]守住底线。", "石门县农业发展投资有限公司", "Enterprise")]
    [InlineData("引导[|干警|]树立正确的权力观，[|广大干警|]的纪律意识不强。", "桐溪县第二中学", "School")]
    [InlineData("督促[|干警|]严守工作纪律。", "桐溪县应急管理局", "Department")]
    public async Task Police_and_court_wording_in_other_units_is_reported(string markup, string name, string unitType) =>
        await VerifyAsync(markup, TypedUnit(name, unitType));

    [Theory]
    [InlineData("邀请城关派出所干警来公司开展法治讲座，配合公安干警做好安全保卫。", "石门县农业发展投资有限公司", "Enterprise")]
    [InlineData("教育全体干警守住底线，广大干警纪律意识增强。", "桐溪县公安局", "Department")]
    [InlineData("督促干警严守审判纪律。", "桐溪县人民法院", "Department")]
    [InlineData("引导干警依法履职。", "桐溪县司法局", "Department")]
    public async Task Police_and_court_wording_in_their_own_units_or_about_them_is_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Fact]
    public async Task Overlapping_foreign_wordings_are_one_finding_over_both() =>
        await VerifyAsync("全乡11个行政村全部通硬化路。对辖区[|各社区居民|]反映的饮水诉求回应不够及时。", Unit("杏林乡"));

    [Fact]
    public async Task Overlapping_wordings_report_the_joined_words_in_the_message()
    {
        var result = await AnalyzerVerifier<ForeignUnitWordingAnalyzer>.AnalyzeAsync("全乡11个行政村全部通硬化路。对辖区各社区居民反映的饮水诉求回应不够及时。", Unit("杏林乡"));
        Assert.Contains("“各社区居民”", Assert.Single(result.Diagnostics).Message);
    }

    [Theory]
    [InlineData("中共城东区妇女联合会党组领导班子2024年度民主生活会剖析材料\n\n全区妇联干部要争当表率，在[|全县上下|]形成比学赶超的氛围。")]
    [InlineData("桐溪区妇联党组领导班子2024年度民主生活会对照检查材料\n\n带动[|全县|]妇女群众积极参与基层治理。")]
    public async Task County_scope_in_a_district_peoples_organisation_is_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("中共桐溪县妇女联合会党组领导班子2024年度民主生活会剖析材料\n\n在全县上下形成比学赶超的氛围，带动全县妇女群众参与基层治理。")]
    [InlineData("中共城东区妇女联合会党组领导班子2024年度民主生活会剖析材料\n\n在全区上下形成比学赶超的氛围，全区妇女群众积极参与。")]
    [InlineData("中共城东区残疾人联合会党组领导班子2024年度民主生活会剖析材料\n\n按照全市统一部署，全区残疾人服务工作稳步推进。")]
    public async Task Own_scope_of_a_peoples_organisation_is_not_reported(string text) =>
        await VerifyAsync(text);

    [Theory]
    [InlineData("各村党组织书记要结合本村实际，把乡党委的整改要求传导到位。", "石门乡", "Township")]
    [InlineData("督促各村立足本村资源发展特色产业。", "青石镇", "Town")]
    [InlineData("指导各社区结合本社区实际制定整改清单。", "东城区", "District")]
    public async Task Each_subordinate_units_own_after_its_list_is_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Theory]
    [InlineData("[|本村|]党员要带头，各村也要跟进。", "石门乡", "Township")]
    [InlineData("各社区要结合[|本村|]实际开展整治。", "青石镇", "Town")]
    [InlineData("各村书记会上已作部署。[|本村|]党员带头整改。", "石门乡", "Township")]
    public async Task Own_unit_words_without_an_earlier_list_of_each_are_reported(string markup, string name, string unitType) =>
        await VerifyAsync(markup, TypedUnit(name, unitType));

    [Theory]
    [InlineData("邀请医护人员、交警等进校园开展健康和安全知识讲座。", "石门县第二小学", "School")]
    [InlineData("每学期聘请医务人员为学生体检。", "石门县第二小学", "School")]
    [InlineData("邀请律师、人民调解员、医护人员共同参与。", "石门县第二小学", "School")]
    [InlineData("特邀县人民医院医护人员开展急救培训。", "石门县第一中学", "School")]
    public async Task People_invited_from_another_kind_of_unit_are_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Theory]
    [InlineData("督促[|医护人员|]做好晨午检，邀请交警进校园。", "石门县第二小学", "School")]
    [InlineData("全体[|医务人员|]要关爱学生身心健康。", "石门县第二小学", "School")]
    [InlineData("邀请家长代表参与监督。[|医护人员|]要做好晨检。", "石门县第二小学", "School")]
    [InlineData("邀请专家授课，教育[|全体干警|]守住底线。", "石门县农业发展投资有限公司", "Enterprise")]
    [InlineData("并邀请镇[|居委会|]和村务监督委员会参与整改验收。", "杨柳湾村", "Village")]
    public async Task Other_units_people_not_invited_and_invited_bodies_are_reported(string markup, string name, string unitType) =>
        await VerifyAsync(markup, TypedUnit(name, unitType));

    [Theory]
    [InlineData("以实实在在的整改成效回应[|全市|]广大退役军人的期待。", "青峪县退役军人事务局", "Department")]
    [InlineData("[|全市|]广大党员干部要增强责任感。", "青峪县", "County")]
    public async Task City_wide_people_in_a_county_units_text_are_reported(string markup, string name, string unitType) =>
        await VerifyAsync(markup, TypedUnit(name, unitType));

    [Theory]
    [InlineData("以实实在在的整改成效回应全市广大退役军人的期待。", "云岭市退役军人事务局", "Department")]
    [InlineData("市委号召全市广大党员干部向先进典型学习。", "青峪县退役军人事务局", "Department")]
    [InlineData("向全市广大退役军人发出倡议。", "青峪县", "County")]
    [InlineData("回应全县广大退役军人的期待。", "青峪县退役军人事务局", "Department")]
    public async Task City_wide_people_of_the_city_or_its_call_are_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Theory]
    [InlineData("[|全州|]范围内的价格联动机制也未真正建立。", "云岭市医疗保障局", "Department")]
    [InlineData("推动[|全州|]医保基金监管工作上台阶。", "云岭市", "City")]
    public async Task A_lone_prefecture_scope_without_its_organs_is_reported(string markup, string name, string unitType) =>
        await VerifyAsync(markup, TypedUnit(name, unitType));

    [Theory]
    [InlineData("按照州委部署，全州范围内的价格联动机制逐步建立。", "云岭市医疗保障局", "Department")]
    [InlineData("全州范围内的价格联动机制已建立，全州医保基金运行平稳。", "云岭市医疗保障局", "Department")]
    [InlineData("医保基金监管工作在全州排名靠后。", "云岭市医疗保障局", "Department")]
    [InlineData("全州范围内的价格联动机制也未真正建立。", "江州市医疗保障局", "Department")]
    public async Task A_prefecture_scope_with_its_organs_repeated_or_ranked_is_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Theory]
    [InlineData("一些[|村民小组|]的治安隐患排查不彻底。", "银杏社区")]
    [InlineData("在召开楼栋长、[|村民小组|]长会议时，存在通知多、商量少的情况。", "翠竹社区")]
    public async Task Villager_groups_in_a_community_are_reported(string markup, string name) =>
        await VerifyAsync(markup, TypedUnit(name, "Community"));

    [Theory]
    [InlineData("一些村民小组的治安隐患排查不彻底。", "桃园村社区", "Community")]
    [InlineData("一些村民小组的治安隐患排查不彻底。", "桃园村", "Village")]
    [InlineData("在召开村民小组长会议时，存在通知多、商量少的情况。", "石门镇", "Town")]
    [InlineData("一些居民小组的治安隐患排查不彻底。", "银杏社区", "Community")]
    public async Task Villager_groups_in_villages_towns_or_village_communities_are_not_reported(string text, string name, string unitType) =>
        await VerifyAsync(text, TypedUnit(name, unitType));

    [Theory]
    [InlineData("临江街道办事处主任陈某某2024年度述职报告\n\n在区委的领导下，街道党工委扎实开展安全隐患排查，[|全镇|]未发生较大以上安全事故。")]
    [InlineData("南山区桃李街道办事处2024年工作总结\n\n桃李街道办事处在区委、区政府的领导下统筹推进各项工作。[|全乡|]环境整治的经验被区里推广。")]
    public async Task Town_scope_in_a_subdistrict_office_report_is_reported(string markup) =>
        await VerifyAsync(markup);

    [Theory]
    [InlineData("临江镇人民政府镇长陈某某2024年度述职报告\n\n在县委的领导下，镇党委扎实开展安全隐患排查，全镇未发生较大以上安全事故。")]
    [InlineData("南山区桃李街道办事处2024年工作总结\n\n桃李街道办事处在区委、区政府的领导下统筹推进各项工作。全街道环境整治的经验被区里推广。")]
    public async Task Own_scope_of_a_town_or_subdistrict_office_is_not_reported(string text) =>
        await VerifyAsync(text);
}
