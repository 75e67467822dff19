using ReviewLint.Analyzers.Consistency;
using ReviewLint.Testing;

namespace ReviewLint.Analyzers.Tests.Consistency;

public class UnitNameInconsistencyAnalyzerTests
{
    private static Task VerifyAsync(string markup, string unit) =>
        AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(markup, o =>
        {
            o.Genre = "CollectiveReview";
            o.UnitName = unit;
        });

    [Fact]
    public async Task Other_town_speaking_as_the_author_is_reported_with_an_unsafe_fix()
    {
        const string markup = """
            青石镇党委领导班子民主生活会对照检查材料

            （二）聚焦高质量发展。{|RL4003:柳河镇|}党委将坚持项目为王，力争在全县争先进位。
            """;
        await AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(markup);
        var diagnostic = Assert.Single((await AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.AnalyzeAsync(TestMarkup.Parse(markup).Text)).Diagnostics);
        Assert.Equal("本材料的单位是青石镇，此处“柳河镇”疑为套用其他材料后未改的单位名称。", diagnostic.Message);
        Assert.Equal("青石镇", diagnostic.Fix!.Changes[0].NewText);
        Assert.False(diagnostic.Fix.IsSafe);
    }

    [Fact]
    public async Task Other_names_before_organisation_words_are_reported()
    {
        await VerifyAsync("[|柳河镇|]党委班子认真学习。[|柳河镇|]领导班子高度重视。\n[|柳河镇|]党委\n2024年1月18日", "青石镇");
    }

    [Fact]
    public async Task Placeholder_left_from_a_template_is_reported()
    {
        await VerifyAsync("[|XX镇|]党委将持续改进作风。", "青石镇");
    }

    [Fact]
    public async Task Author_introduced_as_secretary_of_another_town_is_reported()
    {
        await VerifyAsync("作为[|柳河镇|]党委书记，我对班子建设负有第一责任。", "青石镇");
    }

    [Fact]
    public async Task Other_school_and_village_names_are_reported()
    {
        await VerifyAsync("（三）改进作风，[|城南小学|]党支部将建立家访制度。", "城关中心小学");
        await VerifyAsync("[|杨庄村|]党支部将组织党员外出学习。", "柳河村");
        await VerifyAsync("[|胜利村|]党支部将组织党员外出学习。", "柳河村");
    }

    [Fact]
    public async Task Mentions_of_other_towns_are_not_reported()
    {
        await VerifyAsync("""
            到邻近的柳河镇学习考察，与柳河镇党委联合开展主题党日，学习借鉴柳河镇党委的经验。
            柳河镇党委书记带队来我镇交流，在柳河镇党委的帮助下完成了项目对接。青石镇、柳河镇党委共同签订协议。
            与相邻的柳河镇党委开展党建联建，向兄弟单位柳河镇党委学习取经。
            """, "青石镇");
    }

    [Fact]
    public async Task Own_name_in_short_or_long_form_and_other_unit_types_are_not_reported()
    {
        await VerifyAsync("青石镇党委认真学习，XX县青石镇党委班子高度重视，县委、柳河村党支部、城关小学党支部都参与了活动。", "XX县青石镇");
        await VerifyAsync("城关小学党支部认真开展学习，城关中心小学党支部委员会按时换届。", "城关中心小学");
    }

    [Fact]
    public async Task Generic_words_before_a_unit_suffix_are_not_reported()
    {
        await VerifyAsync("先进村党支部书记介绍经验，软弱涣散村党组织整顿到位，示范村党支部发挥引领作用，各村党支部都要对标。", "柳河村");
        await VerifyAsync("要理顺地方政府和小城镇政府之间的关系，推进中心镇党委建设。", "青石镇");
        await VerifyAsync("连续3年获县政府嘉奖，多次获县委表彰。", "平安县");
        await VerifyAsync("（一）强化理论武装，落实乡党委理论学习中心组学习制度，健全乡党委议事规则。", "红岩乡");
        await VerifyAsync("（一）加强理论武装，完善公司党委理论学习中心组学习制度。", "国网XX供电公司");
        await VerifyAsync("我认真履行镇长职责，团结带领镇政府一班人推动发展，督促镇党委班子成员落实责任。", "石门镇");
    }

    [Fact]
    public async Task Names_inside_quotes_are_not_reported()
    {
        await VerifyAsync("认真学习《柳河镇党委关于加强作风建设的意见》，查找自身差距。", "青石镇");
    }

    [Fact]
    public async Task Placeholder_own_name_is_not_compared()
    {
        await VerifyAsync("柳河镇党委将持续改进作风。", "XX镇");
    }

    [Fact]
    public async Task Report_without_a_unit_is_not_checked()
    {
        await AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync("柳河镇党委将持续改进作风，青石镇党委也要加强学习。");
    }

    [Theory]
    [InlineData("组织党员到柳河镇学习考察，参观柳河镇党建示范点。")]
    [InlineData("柳河镇党委的经验值得学习，柳河镇党委书记来我镇交流。")]
    [InlineData("与柳河镇党委联合开展主题党日活动。")]
    [InlineData("县委、县政府高度重视，市委组织部专门调研。")]
    [InlineData("青石镇党委班子团结协作，青石镇人民政府依法行政。")]
    [InlineData("推进小城镇建设，带领镇政府一班人抓落实。")]
    public async Task Look_alike_names_in_a_town_report_are_not_reported(string text)
    {
        await VerifyAsync(text, "青石镇");
    }

    [Theory]
    [InlineData("推动[|青山镇|]各项事业再上新台阶。")]
    [InlineData("一年来，[|青山镇|]经济社会发展取得新成效。")]
    public async Task Name_one_character_off_the_own_name_is_reported_without_an_organisation_word(string markup)
    {
        await VerifyAsync(markup, "青石镇");
    }

    [Theory]
    [InlineData("组织班子成员到青山镇学习考察产业发展经验。")]
    [InlineData("与青山镇结对共建，推动两镇产业协作。")]
    [InlineData("青石镇党委结合青石村实际，推动各项事业再上新台阶。")]
    [InlineData("青山镇的做法值得借鉴，青山镇、柳河镇都走在前列。")]
    public async Task Near_names_as_mentions_and_own_names_are_not_reported(string text)
    {
        await VerifyAsync(text, "青石镇");
    }

    [Fact]
    public async Task Name_split_by_segmentation_that_shares_the_end_of_the_own_name_is_reported()
    {
        await VerifyAsync("[|巴彦诺尔嘎查|]党支部将以这次组织生活会为新的起点，团结带领全嘎查党员群众。", "呼和诺尔嘎查");
    }

    [Theory]
    [InlineData("呼和诺尔嘎查党支部将以这次组织生活会为新的起点。")]
    [InlineData("组织党员到巴彦诺尔嘎查学习舍饲养殖经验。")]
    [InlineData("全体党员与巴彦诺尔嘎查党支部开展联学联建。")]
    public async Task Own_name_and_mentions_of_a_name_sharing_its_end_are_not_reported(string text)
    {
        await VerifyAsync(text, "呼和诺尔嘎查");
    }

    [Theory]
    [InlineData("[|柳塘村|]党支部将把整改任务逐项落实到位。", "杨柳湾村")]
    [InlineData("一年来，[|雨花亭街道|]党工委对基层治理研究不够深入。", "长岭区桐梓坡街道")]
    [InlineData("[|石门岭镇|]党委对产业发展谋划不够。", "青石镇")]
    public async Task Name_split_before_its_last_character_is_reported(string markup, string unit)
    {
        await VerifyAsync(markup, unit);
    }

    [Theory]
    [InlineData("组织党员到柳塘村学习考察乡村治理经验。", "杨柳湾村")]
    [InlineData("杨柳湾村党支部团结带领全村党员群众，柳塘村党支部的做法值得借鉴。", "杨柳湾村")]
    [InlineData("与雨花亭街道党工委结对共建，共享党群服务阵地。", "长岭区桐梓坡街道")]
    [InlineData("在街道党工委的统一领导下，各社区党组织稳步推进工作。", "长岭区桐梓坡街道")]
    [InlineData("支部书记带头抓村党支部自身建设。", "杨柳湾村")]
    [InlineData("班子成员要抓镇党委中心组学习。", "青石镇")]
    public async Task Mentions_and_words_before_a_split_name_are_not_reported(string text, string unit)
    {
        await VerifyAsync(text, unit);
    }

    [Fact]
    public async Task Other_school_with_an_ordinal_name_is_reported()
    {
        await VerifyAsync("临溪县[|第四中学|]党总支将持续加强师德师风建设。", "临溪县第二中学");
    }

    [Theory]
    [InlineData("临溪县第二中学党总支将持续加强师德师风建设。")]
    [InlineData("组织党员教师到第四中学听课交流，学习第四中学党总支的经验。")]
    [InlineData("与临溪县第四中学党总支开展联学共建。")]
    [InlineData("第二中学党总支第一党支部按时召开组织生活会。")]
    public async Task Own_ordinal_school_and_mentions_of_another_are_not_reported(string text)
    {
        await VerifyAsync(text, "临溪县第二中学");
    }

    [Fact]
    public async Task Other_enterprise_sharing_the_end_of_the_own_name_after_the_county_is_reported()
    {
        await VerifyAsync("南岭县[|水务投资集团|]党委将以这次民主生活会为新起点。", "南岭县城乡建设投资集团");
    }

    [Theory]
    [InlineData("南岭县城乡建设投资集团党委将以这次民主生活会为新起点。")]
    [InlineData("县城乡建设投资集团党委班子团结协作。")]
    [InlineData("与南岭县水务投资集团党委开展结对共建。")]
    [InlineData("组织党员到南岭县水务投资集团学习考察。")]
    [InlineData("集团党委统筹推进投资集团党委各项工作。")]
    public async Task Own_enterprise_and_mentions_of_another_after_the_county_are_not_reported(string text)
    {
        await VerifyAsync(text, "南岭县城乡建设投资集团");
    }
    [Theory]
    [InlineData("对照检查中，[|莲黄镇|]领导班子深入查摆问题。", "丰湾营镇")]
    [InlineData("推动[|坪太镇|]各项事业高质量发展的思路还不够开阔。", "槐金镇")]
    [InlineData("今后，我们将团结带领[|竹华镇|]广大党员干部真抓实干。", "新杨镇")]
    [InlineData("[|和岭社区|]党支部坚持把学习贯彻党的创新理论作为首要政治任务。", "和园社区")]
    [InlineData("一是[|图查干嘎查|]党支部理论学习不够系统。", "额尔敦锡林嘎查")]
    [InlineData("[|巴彦阿拉坦旗|]委坚持把学习贯彻党的创新理论作为首要政治任务。", "敖包希拉旗")]
    [InlineData("聚焦[|坪太镇|]高质量发展大局，班子谋划工作的站位还不够高。", "槐金镇")]
    [InlineData("作为银泉县[|文旅发展有限公司|]党支部书记，本人对班子建设负总责。", "银泉县城投建设有限公司")]
    public async Task Names_jieba_splits_or_merges_with_their_neighbours_are_read_whole(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("一是临溪县[|第四中学|]党总支理论学习不够系统。", "临溪县第二中学")]
    [InlineData("近年来，平川县[|中医院|]党委团结带领广大干部群众攻坚克难。", "平川县第一人民医院")]
    [InlineData("下一步，店湾县[|城市建设投资集团|]党委将把整改落实作为重要政治任务。", "店湾县城乡发展投资集团")]
    [InlineData("金杨县[|热力有限公司|]党支部坚持民主集中制。", "金杨县水务有限公司")]
    [InlineData("东湖区[|商务局|]党组坚持民主集中制。", "东湖区住房和城乡建设局")]
    public async Task Units_under_the_own_county_are_read_from_the_county_on(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("班子成员中，有2名同志曾在临溪县第四中学任职。", "临溪县第二中学")]
    [InlineData("完成临溪县第二中学至临溪县第四中学道路改造。", "临溪县第二中学")]
    [InlineData("临溪县教育局要求各中学党组织加强管理。", "临溪县第二中学")]
    [InlineData("完成青石镇至青山镇公路改造提升工程。", "青石镇")]
    [InlineData("与峰庄村党支部开展结对共建，互学互鉴。", "峰门村")]
    [InlineData("组织党员干部赴柳河镇学习考察。", "青石镇")]
    [InlineData("张某某同志曾任柳河镇党委副书记。", "青石镇")]
    [InlineData("2023年获县级文明单位称号，全县各乡镇党委书记参加观摩。", "平安县")]
    [InlineData("推动和屯社区与高屯社区共建共享。", "高屯社区")]
    [InlineData("加强村和社区建设，推进城镇化。", "高屯社区")]
    [InlineData("李某某同志由泉岗竹镇调任本单位，已完成工作交接。", "泉岗石镇")]
    [InlineData("李某某同志由桥湾县第二小学调任本单位。", "桥湾县第十小学")]
    [InlineData("柳河镇党委书记带队来我镇交流，银泉县文旅发展有限公司党支部书记参加。", "青石镇")]
    [InlineData("坚持党建引领医院高质量发展，聚焦镇高质量发展大局。", "平川县第二人民医院")]
    [InlineData("聚焦乡村振兴，示范村广大党员干部带头致富。", "青石村")]
    [InlineData("东湖区住建局党组坚持民主集中制。", "东湖区住房和城乡建设局")]
    [InlineData("县发改局党组坚持民主集中制。", "县发展和改革局")]
    [InlineData("市市场监管局党组班子坚持民主集中制。", "江州市市场监督管理局")]
    [InlineData("江州市城市管理局党组对区局工作提出要求，青岚区城市管理局党组认真落实。", "青岚区城市管理局")]
    [InlineData("北塘区人民医院党委组织医务人员到南湖区人民医院进修。", "北塘区人民医院")]
    public async Task Mentions_posts_roads_and_sentence_words_before_a_suffix_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("[|白沙区城市管理局|]党组班子将以这次民主生活会为新起点。", "青岚区城市管理局")]
    [InlineData("[|青山区人民医院|]党委班子将持续改进作风。", "北塘区人民医院")]
    public async Task Same_kind_of_unit_under_another_place_of_the_same_level_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("（五）推进智慧校园建设。完善[|清源县职业技术学校|]教学管理平台，提高信息化水平。", "清河县职业技术学校")]
    [InlineData("过去[|青峰区司法局|]开展的“法律服务进万家”活动没有坚持下来。", "青山区司法局")]
    [InlineData("过去[|永安县图书馆|]总结的“服务之星”评选办法没有坚持执行。", "永宁县图书馆")]
    [InlineData("有时以“历史遗留问题”为由拖着不办。过去[|河东县水利局|]推行的河道“警长制”经验，我们学习借鉴得不够。", "河西县水利局")]
    [InlineData("过去[|临江市公交集团|]在线网优化中的做法，我们没有坚持下来。", "临川市公共交通集团")]
    [InlineData("近年来，[|乌兰套勒旗林草局|]班子对干部职工的日常教育管理抓得不紧。", "巴彦塔拉旗林业和草原局")]
    public async Task Own_function_under_a_place_one_character_off_or_another_place_is_reported_in_full(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("组织专业带头人赴长丰县职业技术学校学习考察专业群建设经验。", "清河县职业技术学校")]
    [InlineData("过去长丰县职业技术学校总结的校企合作经验值得我们借鉴。", "清河县职业技术学校")]
    [InlineData("组织馆员到永安县图书馆学习考察阅读推广经验。", "永宁县图书馆")]
    [InlineData("学习借鉴永安县图书馆的总分馆制建设经验不够。", "永宁县图书馆")]
    [InlineData("主动与青峰区司法局的同志交流人民调解工作经验。", "青山区司法局")]
    [InlineData("全市图书馆系统开展阅读推广活动，市图书馆的经验值得学习。", "永宁县图书馆")]
    [InlineData("在市司法局的指导下，全区公共法律服务体系进一步完善。", "青山区司法局")]
    [InlineData("按照盟林业和草原局的部署，全旗完成造林任务。", "巴彦塔拉旗林业和草原局")]
    [InlineData("推进全市公交集团线网优化，市公交集团党委坚持公交优先。", "临川市公共交通集团")]
    [InlineData("积极配合临江市公交集团开展城际公交线路对接。", "临川市公共交通集团")]
    [InlineData("永安县图书馆的经验做法值得我们认真学习借鉴。", "永宁县图书馆")]
    [InlineData("组织党员干部赴川梨山县水利局学习考察，借鉴先进经验。", "河西县水利局")]
    [InlineData("借鉴临江市公交集团的经验，推行定制公交服务。", "临川市公共交通集团")]
    public async Task Visits_and_superiors_of_the_own_function_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("班子成员严格执行县委关于厉行节约的各项规定。", "桐岭县")]
    [InlineData("坚决执行县委常委会议定事项，严格遵守县委议事规则。", "桐岭县")]
    [InlineData("（三）改进文风会风，精简镇党委会议，压缩镇政府发文数量。", "柏树镇")]
    [InlineData("精简镇政府会议文件，能合并的会议一律合并。", "柏树镇")]
    public async Task Sentence_words_before_a_short_organ_name_are_not_read_as_names(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("（三）改进文风会风，[|柳河镇|]党委会议一律压缩到一小时以内。", "柏树镇")]
    [InlineData("[|柳河镇|]政府将以这次民主生活会为起点。", "柏树镇")]
    [InlineData("[|白沙县|]委常委班子要带头改进作风。", "桐岭县")]
    [InlineData("[|柏林镇|]政府会议文件一律精简。", "柏树镇")]
    public async Task Place_names_and_near_copies_before_a_short_organ_name_are_still_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("县委巡察反馈的[|白石镇|]部分村低保审核不严问题，整改还未完全到位。", "青峰镇")]
    [InlineData("（三）民生保障持续改善。[|松林镇|]中心小学教学楼维修改造工程顺利完成。", "柏树镇")]
    [InlineData("全年完成[|松林镇|]卫生院改扩建，新建村级养老服务站5个。", "柏树镇")]
    [InlineData("督促[|白石镇|]各村落实“四议两公开”制度。", "青峰镇")]
    public async Task Another_town_named_with_the_own_subordinate_units_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("组织党员到白石镇部分村学习产业发展经验。", "青峰镇")]
    [InlineData("与松林镇中心小学开展结对帮扶，共享优质教学资源。", "柏树镇")]
    [InlineData("松林镇卫生院的医生每月来我镇坐诊一次。", "柏树镇")]
    [InlineData("学习借鉴白石镇各村推行积分制管理的做法。", "青峰镇")]
    [InlineData("青峰镇部分村集体经济薄弱，镇中心小学办学条件有待改善。", "青峰镇")]
    [InlineData("（三）补齐民生短板。新建镇卫生院综合楼一栋，改扩建镇中心小学运动场。", "石门镇")]
    [InlineData("筹建镇敬老院，迁建镇卫生院，新设镇便民服务中心代办点3个。", "石门镇")]
    public async Task Subordinate_units_of_another_town_as_mentions_and_the_own_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("[|材料科学与工程学院|]党委领导班子将以这次民主生活会为契机，抓好整改落实。", "华岳理工大学机械与车辆工程学院")]
    [InlineData("华岳理工大学[|经济与管理学院|]党委将坚持立德树人根本任务。", "华岳理工大学机械与车辆工程学院")]
    [InlineData("[|电气工程学院|]领导班子认真查摆问题。", "江州大学土木工程学院")]
    [InlineData("推动[|公共管理学院|]各项事业高质量发展的思路还不够开阔。", "江州大学土木工程学院")]
    [InlineData("一是[|数学与统计学院|]党委理论学习不够系统。", "江州大学土木工程学院")]
    public async Task Another_school_of_the_own_university_speaking_as_the_author_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("主动与马克思主义学院党委联合开展课程思政集体备课。", "华岳理工大学机械与车辆工程学院")]
    [InlineData("机械与车辆工程学院党委领导班子认真开展对照检查，机械学院党委将抓好整改。", "华岳理工大学机械与车辆工程学院")]
    [InlineData("学校党委、研究生院和马克思主义学院的负责同志到会指导。", "华岳理工大学机械与车辆工程学院")]
    [InlineData("邀请材料科学与工程学院党委书记作专题辅导，学习借鉴外国语学院党委的经验。", "华岳理工大学机械与车辆工程学院")]
    [InlineData("学院党委理论学习中心组全年集中学习12次，为学校建设高水平大学贡献学院力量。", "华岳理工大学机械与车辆工程学院")]
    [InlineData("各二级学院党委和兄弟学院党委都派人参加，本学院党委书记作总结。", "江州大学土木工程学院")]
    public async Task Partner_schools_the_own_school_abbreviated_and_the_university_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("[|城东支行|]党支部将以此次组织生活会为新的起点。", "中国农业银行江州城南支行")]
    [InlineData("[|江北分局|]党支部将对照问题清单逐项整改。", "江州市生态环境局江岸分局")]
    [InlineData("[|城北派出所|]党支部将持续深化“枫桥式派出所”创建。", "临溪县公安局城关派出所")]
    [InlineData("下一步，江州市生态环境局[|江北分局|]党支部将逐项销号。", "江州市生态环境局江岸分局")]
    public async Task Another_branch_of_the_own_bank_or_bureau_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("城南支行党支部认真开展学习，在市分行党委领导下推动我行各项工作。", "中国农业银行江州城南支行")]
    [InlineData("与城西支行党支部开展结对共建，相互学习营销和合规管理经验。", "中国农业银行江州城南支行")]
    [InlineData("江岸分局党支部按照市局党组部署开展检视剖析，学习借鉴江北分局的做法。", "江州市生态环境局江岸分局")]
    [InlineData("城关派出所党支部与城北派出所、交警大队开展联勤联动。", "临溪县公安局城关派出所")]
    [InlineData("班子成员中有2名同志曾在中国农业银行城东支行任职。", "中国农业银行江州城南支行")]
    [InlineData("组织党员到江州市生态环境局江北分局党支部交流学习。", "江州市生态环境局江岸分局")]
    public async Task Own_branch_superiors_and_mentioned_branches_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("（四）监督管理不够到位。[|石门乡|]党委对村级组织的日常监督偏软。", "桃坪乡")]
    [InlineData("本次整改由[|白水县农村商业银行|]党委统一组织实施。", "白沙县农村商业银行")]
    [InlineData("以上述职，请予评议。\n\n[|白龙乡|]人民政府乡长 李某某\n2025年1月10日", "白鹤乡")]
    public async Task Place_nouns_opening_a_clause_own_organs_after_by_and_signatures_are_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("我们学习借鉴了石门乡党委的做法。", "桃坪乡")]
    [InlineData("本次整改由白沙县农村商业银行党委统一组织实施，由黄石县农商行党委协助。", "白沙县农村商业银行")]
    [InlineData("白龙乡人民政府乡长李某某同志来我乡调研。", "白鹤乡")]
    [InlineData("以上述职，请予评议。\n\n白鹤乡人民政府乡长 李某某\n2025年1月10日", "白鹤乡")]
    [InlineData("在石桥乡学习考察茶旅融合时，我也深感白鹤乡在发展思路上还有差距。", "白鹤乡")]
    public async Task Mentions_the_own_signature_and_unrelated_organs_after_by_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    private static Task VerifyPersonalAsync(string markup, string unit) =>
        AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(markup, o =>
        {
            o.Genre = "PersonalReview";
            o.UnitName = unit;
        });

    [Theory]
    [InlineData("班子将以更加务实的作风，推动[|白沙县|]人社工作迈上新台阶。", "桐岭县人力资源和社会保障局")]
    [InlineData("以这次民主生活会为新起点，推动[|白沙县|]生态环境保护工作再上新台阶。", "桐岭县生态环境局")]
    [InlineData("支部将把整改落实做深做实，推动桐岭县[|机关幼儿园|]保教质量再上新台阶。", "桐岭县实验幼儿园")]
    [InlineData("以更加饱满的精神状态，推动[|柳河镇|]乡村振兴工作迈上新台阶。", "青石镇")]
    [InlineData("助推[|田园村|]基层治理水平迈上新台阶。", "金湖村")]
    [InlineData("推动[|白沙县人社局|]各项工作再上新台阶。", "桐岭县人力资源和社会保障局")]
    [InlineData("推动[|水泉村|]人居环境整治工作再上新台阶。", "金湖村")]
    public async Task Another_unit_of_the_same_kind_in_a_pledge_to_reach_a_new_stage_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("以白沙县人社局违纪违法案件为鉴，推动全局作风建设再上新台阶。", "桐岭县人力资源和社会保障局")]
    [InlineData("与相邻的白沙县联合执法，推动跨区域环境问题整改取得新成效。", "桐岭县生态环境局")]
    [InlineData("推动白沙县、桐岭县人社工作协同发展再上新台阶。", "桐岭县人力资源和社会保障局")]
    [InlineData("推动江州市人社工作迈上新台阶，县人社局要主动担当。", "桐岭县人力资源和社会保障局")]
    [InlineData("推动桐岭县人社工作迈上新台阶，是班子的共同心愿。", "桐岭县人力资源和社会保障局")]
    [InlineData("推动老城区人社工作再上新台阶，补齐老旧小区就业服务短板。", "江州市青岚区人力资源和社会保障局")]
    [InlineData("推动老城区各项工作再上新台阶，在老城区的实际工作中补齐短板。", "江州市青岚区")]
    [InlineData("与青峰乡中心幼儿园结对共建，推动两园保教质量再上新台阶。", "桐岭县实验幼儿园")]
    [InlineData("推动柳河镇和青石镇结对共建取得新成效。", "青石镇")]
    [InlineData("以青山镇违纪违法案件为鉴，推动作风建设再上新台阶。", "青石镇")]
    [InlineData("用青山镇党委书记违纪案为戒，班子成员深刻反思。", "青石镇")]
    [InlineData("组织班子到邻近的柳河镇学习考察，推动本镇茶产业迈上新台阶。", "青石镇")]
    public async Task Pledges_naming_partners_superiors_and_the_own_place_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("压紧[|柳河镇|]镇村两级河长责任，确保河道常态化巡查。", "青石镇")]
    [InlineData("在[|柳河街道|]的实际工作中，班子将主动对接区直部门。", "桐华街道")]
    [InlineData("在[|下塘村|]党员群众的监督下，把整改任务一项项落到实处。", "上塘村")]
    [InlineData("在[|洲柳乡|]的实际工作中，班子将主动对接上级部门。", "洲清乡")]
    public async Task Another_unit_with_the_own_structure_work_or_members_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Fact]
    public async Task Another_village_under_the_supervision_of_its_own_members_is_reported_in_a_personal_report() =>
        await VerifyPersonalAsync("今后，我将在[|下塘村|]党员群众的监督下，带头把整改任务落到实处。", "上塘村");

    [Theory]
    [InlineData("组织镇村干部到柳河镇学习镇村两级联动经验。", "青石镇")]
    [InlineData("在柳河街道学习考察时，班子成员深受启发。", "桐华街道")]
    [InlineData("在柳河街道党工委的帮助下，共建项目顺利推进。", "桐华街道")]
    [InlineData("在上级党委的监督下，青石镇镇村两级河长责任全面压实。", "青石镇")]
    [InlineData("在下塘村的帮助下，产业合作社顺利成立。", "上塘村")]
    public async Task Visits_help_and_the_own_structure_after_at_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("在柳河镇的工作中，我积累了一些基层经验。", "青石镇")]
    [InlineData("我在柳河镇工作期间，对群众工作方法掌握较好。", "青石镇")]
    public async Task A_former_post_after_at_in_a_personal_report_is_not_reported(string text, string unit) =>
        await VerifyPersonalAsync(text, unit);

    [Theory]
    [InlineData("担当精神有所欠缺。[|东湖街道|]党工委班子对老旧小区改造存在等靠思想。", "翠屏街道")]
    [InlineData("二是作风不实。[|南湖社区|]党委班子深入居民家中走访不够。", "翠竹社区")]
    [InlineData("[|西山村|]党支部将坚持问题导向，逐项抓好整改。", "杨柳湾村")]
    public async Task A_place_named_by_a_direction_and_a_land_feature_is_read_although_jieba_counts_it_frequent(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("学习借鉴邻区南湖街道“居民议事会”的做法，深化结对共建。", "翠屏街道")]
    [InlineData("组织党员到东湖街道党工委学习考察城市更新经验。", "翠屏街道")]
    [InlineData("担当精神有所欠缺。东湖街道党工委班子对老旧小区改造存在等靠思想。", "东湖街道")]
    [InlineData("与南湖社区党委联合开展志愿服务，城市社区党委班子建设还有差距。", "翠竹社区")]
    public async Task Mentions_of_directional_places_and_the_own_directional_name_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("开展文明停车劝导，在[|桂园社区|]各楼院每季度评选一次“最美楼道”。", "翠竹社区")]
    [InlineData("落实网格化管理，[|金桥社区|]各网格每周开展一次巡查。", "翠湖社区")]
    [InlineData("在[|柳河村|]各村民小组推行积分制管理。", "杨柳湾村")]
    public async Task Another_place_with_all_its_own_subdivisions_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("组织楼栋长在桂园社区各楼院学习考察“最美楼道”评选的做法。", "翠竹社区")]
    [InlineData("与桂园社区各网格结对共建，互学互鉴。", "翠竹社区")]
    [InlineData("学习借鉴先进经验，在桂园社区各楼院参观了“最美楼道”。", "翠竹社区")]
    [InlineData("在翠竹社区各楼院每季度评选一次“最美楼道”。", "翠竹社区")]
    [InlineData("群众在柳河镇卫生院住院治疗时反映报销不便。", "白沙镇")]
    public async Task Visits_pairings_the_own_name_and_other_sub_units_after_zai_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("团结带领全村群众，把[|桃园村|]建设得更加美丽富裕。", "杨柳湾村")]
    [InlineData("凝心聚力，把[|柳河镇|]打造成全县乡村振兴示范镇。", "白沙镇")]
    public async Task A_pledge_to_build_another_place_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("团结带领全村群众，把杨柳湾村建设得更加美丽富裕。", "杨柳湾村")]
    [InlineData("把桃园村的好做法带回来，结合本村实际加以运用。", "杨柳湾村")]
    [InlineData("到柳河镇学习如何把集镇打造成商贸中心。", "白沙镇")]
    public async Task Building_the_own_place_and_carrying_home_another_places_practice_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("帮助解决一线职工吃水难题，[|青松岭林场|]支部将以整改实效取信于职工。", "白桦岭林场")]
    [InlineData("推动驻区单位资源融入社区服务，[|紫藤社区|]支部将依托街道党工委的支持为居民办实事。", "玉兰社区")]
    [InlineData("[|柳河村|]总支部将组织党员外出学习。", "杨庄村")]
    public async Task Another_units_name_before_a_bare_branch_in_the_authors_pledge_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("帮助解决一线职工吃水难题，白桦岭林场支部将以整改实效取信于职工。", "白桦岭林场")]
    [InlineData("与紫藤社区支部签订共建协议，联合开展志愿服务。", "玉兰社区")]
    [InlineData("到青松岭林场支部学习党建经验。", "白桦岭林场")]
    [InlineData("柳河村支部书记到我村交流经验。", "杨庄村")]
    public async Task The_own_branch_and_other_branches_visited_or_paired_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("让守望相助的理念扎根牧区。[|额尔敦都嘎查|]党支部将持续巩固这一成果。", "宝力格嘎查")]
    [InlineData("[|乌兰敖都嘎查|]党支部将带领牧民发展特色产业。", "宝力格嘎查")]
    [InlineData("[|阿拉坦都苏木|]党委将持续改进作风。", "宝力格苏木")]
    public async Task Another_mongolian_name_jieba_split_at_a_function_character_is_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("牧民都嘎查党支部的工作表示满意。", "宝力格嘎查")]
    [InlineData("这些问题在各嘎查都不同程度存在，我们都嘎查党支部将逐一整改。", "宝力格嘎查")]
    [InlineData("额尔敦都嘎查党支部将持续巩固这一成果。", "额尔敦都嘎查")]
    [InlineData("组织党员到额尔敦都嘎查学习党建经验。", "宝力格嘎查")]
    public async Task Sentence_words_before_a_gacha_and_the_own_or_visited_gacha_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("发展壮大嘎查集体经济的办法不多。")]
    [InlineData("用好上级扶持壮大嘎查村级集体经济项目资金。")]
    [InlineData("帮助富裕嘎查牧户拓宽增收渠道，发展壮大嘎查集体经济。")]
    public async Task An_adjective_heading_a_verb_phrase_before_a_gacha_is_no_name(string text) =>
        await VerifyAsync(text, "乌兰嘎查");

    [Theory]
    [InlineData("[|查干嘎查|]党支部将以这次组织生活会为新的起点，发展壮大嘎查集体经济。")]
    [InlineData("会后，[|富裕嘎查|]党支部将认真抓好整改落实。")]
    public async Task A_gacha_name_near_a_verb_phrase_is_still_reported(string markup) =>
        await VerifyAsync(markup, "乌兰嘎查");

    [Theory]
    [InlineData("今后，我们将团结带领[|平松村|]广大党员干部真抓实干。", "隆岭岗村")]
    [InlineData("推动[|浩特阿拉坦嘎查|]各项事业高质量发展的思路还不够开阔。", "宝音阿拉坦嘎查")]
    public async Task A_name_starting_with_a_rare_adjective_after_a_verb_is_still_read(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("中共城南区妇女联合会党组领导班子2024年度民主生活会剖析材料\n\n机关干部教育管理偏松，[|城北区|]妇联党组对此负有主体责任。")]
    [InlineData("桐溪区妇联党组领导班子2024年度民主生活会对照检查材料\n\n[|桐江区妇联|]党组将以这次民主生活会为新的起点。")]
    public async Task A_district_one_character_off_in_a_peoples_organisations_report_is_reported(string markup) =>
        await AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(markup);

    [Theory]
    [InlineData("中共城南区妇女联合会党组领导班子2024年度民主生活会剖析材料\n\n城南区妇联党组对此负有主体责任，与城北区妇联开展结对共建。")]
    [InlineData("中共城南区妇女联合会党组领导班子2024年度民主生活会剖析材料\n\n学习借鉴城北区妇联的经验，到城北区调研巾帼家政项目。")]
    [InlineData("桐溪区妇联党组领导班子2024年度民主生活会对照检查材料\n\n桐溪区妇联党组将以这次民主生活会为新的起点。")]
    public async Task Own_name_and_mentions_of_a_neighbouring_district_are_not_reported(string text) =>
        await AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(text);

    [Theory]
    [InlineData("临江市人民检查院将于会后15日内形成整改清单。", "临江市人民检察院")]
    [InlineData("平川县人民法苑党组将认真抓好整改。", "平川县人民法院")]
    [InlineData("清河县教育具党组将认真抓好整改。", "清河县教育局")]
    public async Task The_own_name_with_a_same_sound_slip_after_its_place_is_left_to_RL2001(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Theory]
    [InlineData("[|临川市人民检察院|]党组将于会后15日内形成整改清单。", "临江市人民检察院")]
    [InlineData("临江市[|人民法院|]党组将于会后15日内形成整改清单。", "临江市人民检察院")]
    [InlineData("[|青山镇|]党委将认真抓好整改。", "青石镇")]
    [InlineData("一是[|洲白镇|]党委理论学习中心组学习不够系统。", "埠槐县洲柏镇")]
    public async Task Another_place_or_function_or_a_slip_in_a_place_name_is_still_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("全年有3名干部获得区级表彰。[|杏坛街道|]机关作风明显转变，办事效率进一步提高。", "桃李街道")]
    [InlineData("一场暴雪后，[|巴音塔拉苏木|]所辖东部3个嘎查的道路中断4天。", "查干淖尔苏木")]
    [InlineData("[|柳河镇|]下辖11个行政村的集体经济收入普遍偏低。", "青石镇")]
    [InlineData("我将接受组织和群众的监督，与[|桃源街道|]全体干部一道，为建设宜居宜业的现代化城区贡献力量。", "临江街道")]
    [InlineData("班子将与[|柳河镇|]广大党员干部一起，奋力推动各项工作。", "青石镇")]
    public async Task Other_names_in_the_own_units_organs_subordinates_or_members_are_reported(string markup, string unit) =>
        await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("城东区所辖锦华社区党委认真开展整改。", "城东区")]
    [InlineData("青石镇下辖柳河村党支部认真开展整改。", "桃园村")]
    [InlineData("全年组织干部到杏坛街道机关学习交流。", "桃李街道")]
    [InlineData("与桃源街道全体干部一道参观学习城市更新项目。", "临江街道")]
    [InlineData("与桃源街道全体干部开展联学联建活动。", "临江街道")]
    [InlineData("与柳河镇党委结对共建，一道开展志愿服务。", "青石镇")]
    [InlineData("与桃李街道全体干部一道，为建设现代化城区贡献力量。", "桃李街道")]
    public async Task Subordinates_visits_and_the_own_name_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);
}
