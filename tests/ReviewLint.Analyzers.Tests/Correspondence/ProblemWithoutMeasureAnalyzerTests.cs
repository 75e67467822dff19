using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Correspondence.ProblemWithoutMeasureAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Correspondence;

public class ProblemWithoutMeasureAnalyzerTests
{
    private const string Title = "柳湾村党支部2023年度组织生活会对照检查材料\n按照镇党委通知要求，支部组织党员认真学习，广泛征求意见，现将对照检查情况报告如下：\n";
    private const string Causes = "三、原因剖析\n一是理论武装抓得不紧。二是宗旨意识有所淡化。\n";

    private const string SchoolTitle = "清溪县实验中学党支部2024年度组织生活会对照检查材料\n按照县教育局党组通知要求，支部认真开展学习，广泛征求意见，现将对照检查情况报告如下：\n";
    private const string SchoolProblems = "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。二是学用结合不紧。\n" +
        "（二）在课堂教学方面。一是部分教师教学方法陈旧。二是课堂效率不高。\n";
    private const string SchoolMeasures = "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕教学难题开展研讨。\n" +
        "（二）提升课堂质量。开展优质课评比，推行集体备课，提高课堂效率。\n";

    [Fact]
    public async Task Area_without_any_measure_is_reported_on_its_heading()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。二是学用结合不紧。\n" +
            "{|RL5001:（二）在厉行勤俭节约方面|}。一是村级办公经费使用把关不严。二是举办活动有铺张现象。\n" +
            "（三）在服务群众方面。一是走访农户不够经常。二是群众办事不够便利。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕村里发展难题开展研讨。\n" +
            "（二）密切联系群众。支委分片包户，每月走访一次，在村委会设立便民代办点。\n");
    }

    [Fact]
    public async Task Message_names_the_closest_measure_and_what_it_leaves_out()
    {
        var result = await Verifier.AnalyzeAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n" +
            "（二）在严守纪律规矩方面。一是个别党员对党纪学习不够。二是有令不行的现象时有发生。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，为党员送学上门。\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("问题（二）“在严守纪律规矩方面”在“整改措施”中没有对应的措施：最接近的是措施（一）“强化理论武装”，但未涉及“严守纪律、规矩”。",
            diagnostic.Message);
    }

    [Fact]
    public async Task Message_says_so_when_no_measure_is_related_at_all()
    {
        var result = await Verifier.AnalyzeAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在意识形态工作方面。一是对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n");
        Assert.EndsWith("没有哪条措施涉及“意识形态”。", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task Di_and_sequence_word_items_are_the_areas_too()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n第一，“三会一课”落实不够严格，党课有时以读文件代替。{|RL5001:第二，村集体经济收入偏低|}，增收渠道单一。第三，走访群众不够经常。\n" + Causes +
            "四、整改措施\n首先，严格落实组织生活制度，支部书记每季度讲一次党课。其次，支委每月走访群众，建立诉求台账。\n");
        var result = await Verifier.AnalyzeAsync(Title +
            "一、存在的问题\n第一，“三会一课”落实不够严格。第二，村集体经济收入偏低，增收渠道单一。\n" + Causes +
            "四、整改措施\n首先，严格落实组织生活制度，支部书记每季度讲一次党课。其次，支委每月走访群众，建立诉求台账。\n");
        Assert.StartsWith("问题“第二，村集体经济收入偏低”在“整改措施”中没有对应的措施", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task A_list_nested_in_an_item_belongs_to_that_item()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是组织生活不够严格：首先，“三会一课”落实不够严格；其次，村集体经济收入偏低，增收渠道单一。二是走访群众不够经常。\n" + Causes +
            "四、整改措施\n一是严格落实组织生活制度，支部书记每季度讲一次党课。二是支委每月走访群众，建立诉求台账。\n");
    }

    [Fact]
    public async Task Items_are_the_areas_when_there_are_no_subsections()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是“三会一课”落实不够严格，党课有时以读文件代替。{|RL5001:二是村集体经济收入偏低|}，增收渠道单一。三是走访群众不够经常。\n" + Causes +
            "四、整改措施\n一是严格落实组织生活制度，支部书记每季度讲一次党课。二是支委每月走访群众，建立诉求台账。\n");
    }

    [Fact]
    public async Task Shared_heading_wording_is_left_out_of_the_message()
    {
        var result = await Verifier.AnalyzeAsync(Title +
            "一、存在的问题\n（一）对照主题教育目标要求，在理论学习方面。一是学习不够系统。\n" +
            "（二）对照主题教育目标要求，在弘扬优良传统方面。一是对革命先辈事迹宣传不够。二是艰苦奋斗精神有所淡化。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。制定学习计划，每月集中学习一次。\n");
        Assert.StartsWith("问题（二）“在弘扬优良传统方面”在“整改措施”中", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task Personal_review_measures_under_another_heading_are_compared()
    {
        await Verifier.VerifyAsync(
            "韩某某同志2023年度民主生活会个人发言提纲\n按照要求，我认真查摆了自身问题，现发言如下：\n" +
            "一、查摆的问题\n{|RL5001:（一）调查研究不够深入|}。到分管的乡镇蹲点时间少，掌握情况多靠听汇报。\n" +
            "（二）工作作风不够扎实。有时满足于开会部署，督促检查跟得不紧。\n" +
            "二、原因分析\n一是宗旨意识有所淡化。\n" +
            "三、今后努力方向\n一是转变工作作风，对部署的工作逐项跟踪问效。\n");
    }

    [Fact]
    public async Task Duty_report_next_plan_is_compared_with_its_shortcomings()
    {
        await Verifier.VerifyAsync(
            "冯某某同志2024年度述职报告\n我担任县住房和城乡建设局副局长。现将履职情况报告如下：\n" +
            "一、履职情况\n全年完成老旧小区改造十二个。\n" +
            "二、存在的不足\n一是对建筑工地安全生产监管不够严格。{|RL5001:二是对物业服务企业的考核不够规范|}。\n" +
            "三、下一步打算\n一是开展建筑工地安全生产专项整治，每月抽查一次。\n");
    }

    [Fact]
    public async Task Unnumbered_sections_are_compared()
    {
        await Verifier.VerifyAsync(
            "南坡村党支部2023年度组织生活会对照检查材料\n按照镇党委安排，支部认真查摆问题，现报告如下：\n" +
            "存在的问题\n一是村务公开不够及时。{|RL5001:二是发展党员工作把关不严|}，个别入党积极分子培养考察流于形式。\n" +
            "原因分析\n一是制度执行不严。\n" +
            "整改措施\n一是每季度在公开栏公示村务、财务。\n");
    }

    [Fact]
    public async Task Work_summary_is_compared_only_when_configured()
    {
        const string summary =
            "县档案馆2024年工作总结\n一、主要工作情况\n全年接收进馆档案八千余卷。\n" +
            "二、存在的问题\n一是馆藏档案数字化进度偏慢。二是档案库房温湿度控制设备老化。\n" +
            "三、2025年工作计划\n一是加快馆藏档案数字化，全年完成三万页扫描。\n";
        await Verifier.VerifyAsync(summary);
        await Verifier.VerifyAsync(summary.Replace("二是档案库房温湿度控制设备老化", "{|RL5001:二是档案库房温湿度控制设备老化|}"),
            o => o.RuleOptions["RL5001"] = new() { ["genres"] = "WorkSummary" });
    }

    [Fact]
    public async Task Paraphrased_measures_answer_their_areas()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是学习满足于读文件，研讨不深。\n" +
            "（二）在担当作为方面。一是面对矛盾纠纷有畏难情绪。二是推动项目建设劲头不足。\n" +
            "（三）在联系服务群众方面。一是入户走访不够经常。二是群众反映的问题办理不够及时。\n" +
            "（四）在纠治形式主义方面。一是有的工作重留痕、轻实效。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。采取专题研讨、现场教学等方式，每月集中学习一次。\n" +
            "（二）敢于较真碰硬。对矛盾纠纷不回避、不推诿，支委分工包联重点项目。\n" +
            "（三）用心用情为民办实事。支委每月入户一次，建立诉求办理台账，做到件件有回音。\n" +
            "（四）持续改进作风。精简会议和材料报送，把精力用在为群众解决实际问题上。\n");
    }

    [Fact]
    public async Task Keyword_paraphrase_without_a_topic_answers_the_area()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是村集体经济收入偏低，增收渠道单一。二是人居环境整治不够彻底，房前屋后仍有杂物乱堆。\n" + Causes +
            "四、整改措施\n一是盘活闲置资产，发展壮大村集体经济。二是开展人居环境整治月活动，清理房前屋后杂物。\n");
    }

    [Fact]
    public async Task Items_answered_by_a_broader_measure_answer_the_area()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在增强历史自觉方面。一是党史理论学习主动性不够。二是党史理论学习不够系统深入。\n" + Causes +
            "四、整改措施\n（一）加强理论学习。端正学习态度，系统学、深入学，坚持学以致用。\n");
    }

    [Fact]
    public async Task Missing_measures_section_is_left_to_the_missing_section_rule()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在勤俭节约方面。一是办公经费把关不严。\n" + Causes);
    }

    [Fact]
    public async Task Unknown_genre_is_not_checked()
    {
        await Verifier.VerifyAsync(
            "在全镇安全生产工作会议上的讲话\n同志们：\n一、存在的问题\n一是一些企业主体责任落实不到位。二是隐患排查不够彻底。\n" +
            "二、整改措施\n一是压紧压实企业主体责任。\n");
    }

    [Fact]
    public async Task Problems_and_measures_under_one_heading_are_not_compared()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题及整改措施\n一是集中学习次数偏少，今后每月集中学习一次。二是办公经费把关不严。\n" + Causes);
    }

    [Fact]
    public async Task Genres_option_can_turn_the_rule_off_for_a_genre()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在勤俭节约方面。一是办公经费把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n",
            o => o.RuleOptions["RL5001"] = new() { ["genres"] = "PersonalReview" });
    }

    [Fact]
    public async Task A_measure_in_the_same_position_answers_a_problem_listed_in_parallel()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是特色农产品同质化严重，缺少叫得响的品牌。二是村级道路年久失修，雨季通行困难。\n" + Causes +
            "四、整改措施\n一是培育精品农产品，申请地理标志。二是争取资金硬化村级道路。\n");
    }

    [Fact]
    public async Task A_measure_already_answering_another_problem_is_not_paired_by_position()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n{|RL5001:（二）在村级事务管理方面|}。一是村务监督委员会作用发挥不够。\n" +
            "（三）在服务群众方面。一是走访农户不够经常。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）密切联系群众。支委每月走访农户，帮助解决村务难题。\n");
    }

    [Fact]
    public async Task An_abstract_lead_is_answered_through_the_rest_of_its_item()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是集中学习次数偏少。二是工作创新不够。组织开展的群众文化活动形式老套，吸引年轻村民参与的办法不多。\n" + Causes +
            "四、整改措施\n一是策划开展年轻村民喜欢的文化活动，提高参与度。二是每月组织一次集中学习。\n");
    }

    [Fact]
    public async Task Two_shared_words_with_one_measure_answer_an_item()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是集中学习次数偏少。二是药品配备不全，村民在家门口买不到常用药。\n" + Causes +
            "四、整改措施\n一是协调镇卫生院定期补充常用药品。二是每月组织一次集中学习。\n");
    }

    [Fact]
    public async Task A_heading_taken_up_by_a_measure_answers_its_area()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在纪律规矩方面。一是个别党员参加组织活动迟到早退。二是请假手续不够规范。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）严明纪律规矩。把遵规守纪情况纳入党员积分管理。\n");
    }

    [Fact]
    public async Task Topic_wording_across_a_word_boundary_does_not_count()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n{|RL5001:（二）在保障民生方面|}。一是对困难家庭的救助不够及时。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，提高党员的理论水平和人民生活常识。\n");
    }

    [Fact]
    public async Task A_domain_subject_answered_out_of_position_in_other_words_is_not_reported()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是学习满足于读文件。\n（二）在产业发展方面。一是特色种植规模小、链条短，附加值低。\n" +
            "（三）在生态环境保护方面。一是河道漂浮物清理不及时。\n（四）在安全生产方面。一是对小作坊的隐患排查不细。\n" +
            "（五）在服务群众方面。一是入户走访不够经常。\n" + Causes +
            "四、整改措施\n（一）守牢安全和生态底线。每月检查作坊，落实河长制，组织保洁员定期打捞河道垃圾。\n" +
            "（二）补齐发展短板。依托合作社建设烘干设施，推动初级产品精深加工。\n（三）用心用情为民办实事。支委每月入户一次，建立诉求台账。\n" +
            "（四）强化理论武装。每月组织一次集中学习。\n");
    }

    [Fact]
    public async Task A_domain_subject_no_measure_takes_up_is_reported()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是学习满足于读文件。\n（二）在产业发展方面。一是特色种植规模小、链条短，附加值低。\n" +
            "{|RL5001:（三）在耕地保护方面|}。一是个别农户占用耕地建房。二是部分山地撂荒。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）补齐发展短板。依托合作社建设烘干设施，推动初级产品精深加工。\n" +
            "（三）密切联系群众。支委每月入户一次，建立诉求台账。\n（四）加强党员教育管理。每季度开展一次党性分析。\n");
    }

    [Fact]
    public async Task A_topic_named_in_most_parts_does_not_answer_an_area_by_itself()
    {
        await Verifier.VerifyAsync(
            "县人民医院党委领导班子2023年度民主生活会对照检查材料\n按照要求，医院党委班子认真查摆问题，现报告如下：\n" +
            "一、存在的问题\n（一）在服务患者方面。一是门诊患者排队时间长。\n（二）在理论学习方面。一是学习不够系统。\n" +
            "{|RL5001:（三）在医疗质量安全方面|}。一是部分科室病历书写不规范。二是院感防控制度执行松懈。\n" +
            "二、原因剖析\n一是以病人为中心的理念树得不牢。\n" +
            "三、整改措施\n（一）改善就医体验。推行诊间结算，减少患者排队。\n（二）深化理论武装。每月组织医务人员集中学习一次。\n" +
            "（三）推进智慧医院建设。上线患者自助服务系统，方便患者查询检查结果。\n");
    }

    [Fact]
    public async Task A_style_problem_answered_by_a_measure_against_passing_the_buck_is_not_reported()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是集中学习次数偏少。二是村干部作风不够扎实，群众办事时有时找不到人。{|RL5001:三是村级道路破损|}。\n" + Causes +
            "四、整改措施\n一是实行村干部坐班值班，群众办事全程代办，对推诿扯皮的严肃问责。二是每月组织一次集中学习。\n");
    }

    [Fact]
    public async Task A_village_clinic_and_a_petition_answered_out_of_position_are_not_reported()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是村卫生室药品配备不全，村民买不到常用药。二是集中学习次数偏少。三是个别信访积案久拖未决。\n" +
            "四是河道垃圾清理不及时。五是发展党员把关不严。\n" + Causes +
            "四、整改措施\n一是落实河长制，每周组织保洁员打捞一次。二是支部书记包案化解重复访。三是协调镇卫生院定期为卫生室补充常用药品。\n" +
            "四是每月组织一次集中学习。五是严把发展党员入口关，逐一开展政治审查。\n");
    }

    [Fact]
    public async Task A_theory_area_answered_by_reading_and_writing_is_not_reported()
    {
        await Verifier.VerifyAsync(
            "刘某某同志2023年度组织生活会个人对照检查材料\n对照会议要求，我认真查摆了自身问题，现报告如下：\n" +
            "一、存在的问题\n一是政治理论学习不够主动，学习笔记多是摘抄。二是对年轻医生的带教不够用心。\n" +
            "二、原因分析\n一是对理论学习重要性认识不足。\n" +
            "三、整改措施\n一是建立科室导师制，每名年轻医生由一名高年资医生负责带教。二是每月精读一篇理论文章，写出心得体会。\n");
    }

    [Fact]
    public async Task A_community_area_answered_by_visiting_households_is_not_reported()
    {
        await Verifier.VerifyAsync(
            "金山社区党委2023年度组织生活会对照检查材料\n按照街道党工委要求，社区党委广泛听取意见，现将对照检查情况报告如下。\n" +
            "一、存在的问题\n一是小区停车难，车辆乱停乱放。二是垃圾分类推进缓慢。三是社区干部联系居民不够紧密，有的居民不认识社区干部。\n" +
            "{|RL5001:四是社区工作者业务能力不强|}，对养老、医保政策解答不清楚。\n" +
            "二、原因分析\n一是服务意识不强。\n" +
            "三、整改措施\n一是每人包联一个网格，每月入户走访不少于二十户。二是协调驻区单位错时开放停车场。三是在每个小区设置垃圾定时定点投放点。\n");
    }

    [Fact]
    public async Task Dispute_resolution_is_not_answered_by_village_self_governance()
    {
        const string problems = "一、存在的问题\n一是村务公开不及时。二是集中学习次数偏少。{|RL5001:三是邻里矛盾纠纷调处不及时|}，有的纠纷拖了几个月。\n";
        const string measures = "四、整改措施\n一是修订村规民约，重大事项严格执行“四议两公开”，村务公开栏每月更新一次。二是每月组织一次集中学习。\n";
        await Verifier.VerifyAsync(Title + problems + Causes + measures);
        await Verifier.VerifyAsync(Title + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures + "三是成立村调解小组，每月排查一次邻里纠纷。\n");
    }

    [Fact]
    public async Task Disclosure_and_democratic_management_are_not_answered_by_financial_discipline()
    {
        const string problems = "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n" +
            "{|RL5001:（二）在党务公开方面|}。一是党务公开栏半年没有更新。二是重大事项没有提交党员大会讨论就定了下来。\n" +
            "（三）在廉洁自律方面。一是报销单据把关不严。\n（四）在服务群众方面。一是走访农户不够经常。\n（五）在产业发展方面。一是特色种植规模小。\n";
        const string measures = "四、整改措施\n（一）强化理论武装。每月集中学习一次。\n（二）管好集体资产。严格执行财务管理制度，报销单据由支委会逐张审核，守住廉洁底线。\n" +
            "（三）密切联系群众。支委分片包户，每月走访一次。\n（四）壮大特色种植。成立种植合作社，统一销售。\n";
        await Verifier.VerifyAsync(Title + problems + Causes + measures);
        string answered = Title + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures;
        await Verifier.VerifyAsync(answered + "（五）推进党务公开。公开栏每月更新，重大事项一律提交党员大会讨论决定。\n");
        await Verifier.VerifyAsync(answered + "（五）让权力在阳光下运行。严格落实“四议两公开”，办理结果在公示栏张贴。\n");
    }

    [Fact]
    public async Task A_broad_end_shared_with_another_thing_of_a_field_does_not_answer()
    {
        const string problems = "一、存在的问题\n一是集中学习次数偏少。二是村级道路硬化项目推进缓慢。{|RL5001:三是农村公路管护不到位|}，管护资金投入不足，群众反映路面坑洼无人修补。" +
            "四是走访农户不够经常。五是报销单据把关不严。\n";
        const string measures = "四、整改措施\n一是每月组织一次集中学习。二是加快村级道路硬化项目建设，统筹上级资金，年内开通农村客运班车。" +
            "三是支委分片包户，每月走访农户一次。四是报销单据由支委会逐张审核。\n";
        await Verifier.VerifyAsync(Title + problems + Causes + measures);
        string answered = Title + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures;
        await Verifier.VerifyAsync(answered + "五是落实路长制，每月巡查一遍农村公路，及时修补坑槽。\n");
        await Verifier.VerifyAsync(answered + "五是组建村道管护小组，雨后及时清理修补路面。\n");
    }

    [Fact]
    public async Task A_gap_or_shortfall_named_after_the_subject_is_a_judgement_not_part_of_it()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是集中学习次数偏少。二是党员管理有短板，流动党员长期不参加活动。{|RL5001:三是困难群众帮扶有差距|}，有的低保户一年没人上门。" +
            "{|RL5001:四是村务公开有漏洞|}，公示栏半年没更新。\n" + Causes +
            "四、整改措施\n一是每月组织一次集中学习。二是建强党员队伍，对流动党员实行线上报到、季度交流。\n");
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n一是集中学习次数偏少。二是党员管理有短板，流动党员长期不参加活动。三是困难群众帮扶有差距，有的低保户一年没人上门。" +
            "四是村务公开有漏洞，公示栏半年没更新。\n" + Causes +
            "四、整改措施\n一是每月组织一次集中学习。二是建强党员队伍，对流动党员实行线上报到。三是支委分片包户，每月上门看望困难群众。四是公示栏每月更新一次。\n");
    }

    [Fact]
    public async Task Examples_repeating_the_lead_word_do_not_make_a_measure_holding_only_that_word_an_answer()
    {
        const string community = "丹桂社区党委2023年度组织生活会对照检查材料\n按照街道党工委要求，社区党委广泛征求意见，现将对照检查情况报告如下。\n";
        const string problems = "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少。\n（二）在养老服务方面。助餐点覆盖不全，独居老人探访不经常。\n" +
            "{|RL5001:（三）物业纠纷调处不力|}。丹桂苑小区物业费收缴率不足一半，业主与物业公司的矛盾长期没有解决，社区只当“传话筒”。\n";
        const string measures = "四、整改措施\n（一）强化理论武装。每月集中学习一次。\n（二）办好社区养老服务。增设老年助餐点，每周探访独居老人，探索“物业+养老”服务。\n";
        await Verifier.VerifyAsync(community + problems + Causes + measures);
        string answered = community + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures;
        await Verifier.VerifyAsync(answered + "（三）化解物业矛盾。由社区牵头，每月召开业主、业委会和物业公司三方协调会，调处物业费纠纷。\n");
        await Verifier.VerifyAsync(answered + "（三）当好小区“调解员”。社区调委会对欠费、换聘等物业纠纷逐一上门调解。\n");
    }

    [Fact]
    public async Task A_canteen_measure_does_not_answer_campus_safety()
    {
        const string school = "城关小学党支部2023年度组织生活会对照检查材料\n按照教育局党委要求，支部广泛征求师生意见，现将对照检查情况报告如下：\n";
        const string problems = "一、存在的问题\n一是集中学习次数偏少。二是课后作业偏多。{|RL5001:三是校园安全巡查不够细致|}，消防器材过期未换。\n";
        const string measures = "四、整改措施\n一是每月组织一次集中学习。二是各科作业统一备案，控制总量。三是改进食堂管理，每周更新菜谱。\n";
        await Verifier.VerifyAsync(school + problems + Causes + measures);
        await Verifier.VerifyAsync(school + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures + "四是每周开展一次校园安全巡查，及时更换消防器材。\n");
    }

    [Fact]
    public async Task Recruiting_party_members_among_prosperous_farmers_does_not_answer_industry()
    {
        const string problems = "一、存在的问题\n一是集中学习次数偏少。二是村务公开不及时。{|RL5001:三是特色种植产业发展缓慢|}，农产品销路窄。\n";
        const string measures = "四、整改措施\n一是每月组织一次集中学习。二是村务公开栏每月更新一次，注重从致富能手中发展党员。\n";
        await Verifier.VerifyAsync(Title + problems + Causes + measures);
        await Verifier.VerifyAsync(Title + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures + "三是成立种植合作社，带领群众增收致富。\n");
    }

    [Fact]
    public async Task An_economy_area_is_answered_by_a_measure_about_tax_sources_and_investment()
    {
        const string street = "东城街道党工委领导班子2023年度民主生活会对照检查材料\n按照区委要求，班子广泛征求意见，现将对照检查情况报告如下：\n";
        const string problems = "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在作风建设方面。一是文山会海现象仍然存在。\n" +
            "{|RL5001:（三）在推动辖区经济发展方面|}。一是街道税收连续两年下降。二是商务楼宇入驻率不高。\n";
        const string measures = "四、整改措施\n（一）强化理论武装。每月集中学习一次。\n（二）改进作风。精简会议和文件。\n";
        await Verifier.VerifyAsync(street + problems + Causes + measures);
        await Verifier.VerifyAsync(street + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures + "（三）稳住税源。开展以商招商，对重点企业上门走访。\n");
    }

    [Fact]
    public async Task Building_a_strong_team_answers_a_team_building_problem()
    {
        const string community = "金山社区党委2023年度组织生活会对照检查材料\n按照街道党工委要求，社区党委广泛听取意见，现将对照检查情况报告如下。\n";
        const string problems = "一、存在的问题\n一是集中学习次数偏少。二是垃圾分类推进缓慢。三是社区工作者队伍建设有差距，新进人员不熟悉情况。\n";
        const string measures = "二是每月组织一次集中学习。三是设置垃圾定时定点投放点。\n";
        await Verifier.VerifyAsync(community + problems.Replace("三是社区工作者队伍建设有差距", "{|RL5001:三是社区工作者队伍建设有差距|}") + Causes +
            "四、整改措施\n一是落实社区干部坐班值班制度。" + measures);
        await Verifier.VerifyAsync(community + problems + Causes + "四、整改措施\n一是建强社区工作者队伍，为新进人员配备导师。" + measures);
    }

    [Fact]
    public async Task Taking_study_to_elderly_members_answers_a_theory_study_problem()
    {
        const string problems = "一、存在的问题\n{|RL5001:一是政治理论学习不够经常|}，老党员参加学习少。二是垃圾分类推进缓慢。\n";
        const string measures = "四、整改措施\n一是设置垃圾定时定点投放点。二是严格落实“三会一课”，每月开展主题党日";
        await Verifier.VerifyAsync(Title + problems + Causes + measures + "。\n");
        await Verifier.VerifyAsync(Title + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures + "，对行动不便的老党员送学上门。\n");
    }

    [Fact]
    public async Task Sharing_only_self_references_and_vague_words_like_district_and_quality_is_no_answer()
    {
        const string street = "东城街道党工委领导班子2023年度民主生活会对照检查材料\n按照区委要求，班子广泛征求意见，现将对照检查情况报告如下：\n";
        const string problems = "一、存在的问题\n一是集中学习次数偏少。二是文山会海现象仍然存在。{|RL5001:三是辖区商务楼宇入驻质量不高|}，空置楼层多。\n";
        const string measures = "四、整改措施\n一是每月集中学习一次。二是精简会议和文件，改进作风。";
        await Verifier.VerifyAsync(street + problems + Causes + measures + "三是提升物业服务质量，及时解决辖区居民反映的问题。\n");
        await Verifier.VerifyAsync(street + problems.Replace("{|RL5001:", "").Replace("|}", "") + Causes + measures + "三是建立商务楼宇招商台账，逐层推介空置楼层。\n");
    }

    private const string Town = "中共青山镇委员会领导班子2024年度民主生活会对照检查材料\n按照县委要求，镇党委班子广泛征求意见，现将对照检查情况报告如下：\n";
    private const string TownCauses = "二、原因剖析\n（一）理论学习不够深入。（二）宗旨意识有所淡化。\n";

    [Fact]
    public async Task A_broad_word_shared_with_the_measure_in_the_same_position_is_no_answer()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在服务群众方面。一是群众反映的问题办理不及时。\n" +
            "{|RL5001:（三）在安全生产方面|}。一是对加油站、烟花爆竹经营点的检查不细。二是自建房隐患排查没有全覆盖。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划，每季度开展一次专题研讨。\n（二）把民生实事办好。建立群众诉求清单，限时办结。\n" +
            "（三）保障农村饮水安全。年内完成三个村的供水管网改造，让群众喝上放心水。\n");
    }

    [Fact]
    public async Task A_measure_taking_up_the_subject_in_other_words_answers_a_safety_area()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在服务群众方面。一是群众反映的问题办理不及时。\n" +
            "（三）在安全生产方面。一是对加油站、烟花爆竹经营点的检查不细。二是自建房隐患排查没有全覆盖。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划，每季度开展一次专题研讨。\n（二）把民生实事办好。建立群众诉求清单，限时办结。\n" +
            "（三）织牢安全防线。班子成员包联加油站和烟花爆竹经营点，每月现场检查一次；自建房隐患排查做到全覆盖。\n");
    }

    [Fact]
    public async Task Message_names_the_broad_word_the_closest_measure_shares()
    {
        var result = await Verifier.AnalyzeAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在城市精细化管理方面。一是占道经营反弹。二是数字化城管平台用得少。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划。\n（二）推进城市更新。年内改造三条背街小巷，新建两个口袋公园。\n");
        Assert.Equal("问题（二）“在城市精细化管理方面”在“整改措施”中没有对应的措施：最接近的是措施（二）“推进城市更新”，二者只共有“城市”，但未涉及“精细化、管理”。",
            Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public async Task A_measure_sharing_the_telling_word_of_the_lead_answers_a_fire_prevention_area()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在森林防火方面。一是野外用火屡禁不止。二是扑火队装备老旧。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划。\n（二）筑牢护林防火屏障。在进山路口设卡值守，为扑火队更新风力灭火机。\n");
    }

    [Fact]
    public async Task A_specific_term_of_the_lead_answers_although_the_examples_name_other_matters()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。二是贯彻上级决策部署有时打折扣，秸秆禁烧、垃圾清运等任务推进时紧时松。三是联系群众不够经常。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨。二是班子成员每月到分包村走访群众。三是狠抓决策部署落地见效，重点任务建立台账、挂图作战。\n");
    }

    [Fact]
    public async Task A_long_word_is_answered_by_a_measure_holding_both_its_ends()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。二是基层党组织建设存在短板，个别村书记年龄偏大。三是联系群众不够经常。\n" + TownCauses +
            "三、整改措施\n一是把基层组织建强，年内调整不胜任的村书记。二是每季度开展一次专题研讨。三是班子成员每月到分包村走访群众。\n");
    }

    [Fact]
    public async Task The_judging_words_of_a_lead_are_not_its_subject()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。二是项目谋划的前瞻性不够，个别项目前期工作不扎实。三是联系群众不够经常。\n" + TownCauses +
            "三、整改措施\n一是超前谋划项目，建立项目储备库。二是每季度开展一次专题研讨。三是班子成员每月到分包村走访群众。\n");
    }

    [Fact]
    public async Task The_closing_paragraph_does_not_answer_for_the_last_measure()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n{|RL5001:（二）在老旧小区改造方面|}。一是改造进度滞后。二是居民参与不够。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划。\n（二）提升物业服务。对群众投诉多的物业企业约谈整改。\n" +
            "以上对照检查，请批评指正。班子将把老旧小区改造进度滞后、居民参与不够等问题列入整改清单。\n");
    }

    [Fact]
    public async Task An_area_with_two_subjects_is_answered_by_the_measures_taking_them_up()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n" +
            "（二）在密切联系群众、力戒形式主义官僚主义方面。一是班子成员到村调研少，听汇报多，对困难群众的实际情况掌握不细。二是对上级关注的事抓得紧，群众身边的小事拖着办。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划。\n（二）强化责任担当。班子成员每月到村调研，少听汇报，逐户掌握困难群众的实际情况，群众身边的小事限时办结。\n" +
            "（三）持续纠治官僚主义和形式主义。精简会议文件，不搞唯上，把精力用在抓落实上。\n");
    }

    private const string School = "城关小学党支部2024年度组织生活会对照检查材料\n按照教育局党委要求，支部广泛征求师生意见，现将对照检查情况报告如下：\n";

    [Fact]
    public async Task A_long_subject_whose_ends_stand_far_apart_in_a_measure_is_not_taken_up()
    {
        await Verifier.VerifyAsync(School +
            "一、存在的问题\n一是集中学习次数偏少。{|RL5001:二是校园安全管理存在漏洞|}，部分消防器材过期未换。三是课后作业偏多，学生负担较重。四是党员示范岗作用发挥不够。\n" + Causes +
            "四、整改措施\n一是每月组织一次集中学习，统一控制各科课后作业总量。二是守牢校园意识形态安全阵地，设立党员示范岗。\n");
    }

    [Theory]
    [InlineData("二是守牢校园周边安全底线，设立党员示范岗。")]
    [InlineData("二是筑牢校园的安全防线，设立党员示范岗。")]
    public async Task A_long_subject_whose_ends_stand_together_in_a_measure_is_taken_up(string measure)
    {
        await Verifier.VerifyAsync(School +
            "一、存在的问题\n一是集中学习次数偏少。二是校园安全管理存在漏洞，部分消防器材过期未换。三是课后作业偏多，学生负担较重。四是党员示范岗作用发挥不够。\n" + Causes +
            "四、整改措施\n一是每月组织一次集中学习，统一控制各科课后作业总量。" + measure + "\n");
    }

    [Fact]
    public async Task A_topic_named_by_one_broad_word_and_generic_words_is_one_term()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。{|RL5001:二是抓基层党组织建设有差距|}，个别村书记年龄偏大。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨，发展壮大集体经济。二是推进基层治理现代化，健全网格管理体系，班子成员每月到分包村走访群众。\n");
    }

    [Theory]
    [InlineData("二是把基层党组织建强，年内调整不胜任的村书记，班子成员每月到分包村走访群众。")]
    [InlineData("二是推进基层党组织规范化建设，班子成员每月到分包村走访群众。")]
    public async Task A_topic_named_by_one_broad_word_is_answered_by_its_own_wording(string measure)
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。二是抓基层党组织建设有差距，个别村书记年龄偏大。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨，发展壮大集体经济。" + measure + "\n");
    }

    private const string Bureau = "城北区市场监管局党组领导班子2024年度民主生活会对照检查材料\n按照区委要求，局党组广泛征求意见，现将对照检查情况报告如下：\n";

    [Fact]
    public async Task Of_two_overlapping_topic_wordings_the_first_names_the_subject()
    {
        await Verifier.VerifyAsync(Bureau +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在执法办案方面。一是部分案件取证不充分。\n" +
            "{|RL5001:（三）在食品安全监管方面|}。一是小餐饮登记率偏低。二是农贸市场快检流于形式。\n（四）在干部队伍建设方面。一是年轻干部偏少。\n" + TownCauses +
            "三、整改措施\n（一）深化理论武装，建强干部队伍。每季度开展一次专题研讨，加大年轻干部招录力度，规范执法办案。\n（二）守牢特种设备和燃气安全底线。深化电梯、气瓶隐患排查整治。\n");
    }

    [Fact]
    public async Task A_measure_with_the_whole_wording_answers_overlapping_topic_wordings()
    {
        await Verifier.VerifyAsync(Bureau +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在执法办案方面。一是部分案件取证不充分。\n" +
            "（三）在食品安全监管方面。一是小餐饮登记率偏低。二是农贸市场快检流于形式。\n（四）在干部队伍建设方面。一是年轻干部偏少。\n" + TownCauses +
            "三、整改措施\n（一）深化理论武装，建强干部队伍。每季度开展一次专题研讨，加大年轻干部招录力度，规范执法办案。\n（二）织密食品安全监管网。深化电梯、气瓶隐患排查整治。\n");
    }

    [Fact]
    public async Task A_quality_heading_no_measure_names_is_answered_by_the_measures_on_its_items()
    {
        await Verifier.VerifyAsync(Bureau +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在担当作为方面。一是服务企业主动性不强，对企业反映的融资难问题多是转交。二是攻坚克难的劲头不足，征收遗留问题久拖未决。\n" +
            "（三）在干部队伍建设方面。一是年轻干部偏少。\n" + TownCauses +
            "三、整改措施\n（一）深化理论武装。每季度开展一次专题研讨。\n（二）建强干部队伍。加大年轻干部招录力度。\n（三）优化营商环境。建立联系重点企业制度，对企业诉求闭环办理。成立专班攻坚征收遗留问题。\n");
    }

    [Fact]
    public async Task A_quality_heading_whose_items_no_measure_answers_is_reported()
    {
        await Verifier.VerifyAsync(Bureau +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n{|RL5001:（二）在担当作为方面|}。一是信访积案化解不力，有的拖了两年。二是对新业态监管畏首畏尾，平台经营者投诉处理慢。\n" +
            "（三）在干部队伍建设方面。一是年轻干部偏少。\n" + TownCauses +
            "三、整改措施\n（一）深化理论武装。每季度开展一次专题研讨。\n（二）建强干部队伍。加大年轻干部招录力度。\n（三）优化营商环境。建立联系重点企业制度，对企业诉求闭环办理。\n");
    }

    [Fact]
    public async Task A_closing_pledge_after_the_last_measure_answers_nothing()
    {
        await Verifier.VerifyAsync(Bureau +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n{|RL5001:（二）在食品安全监管方面|}。一是小餐饮登记率偏低。\n（三）在执法办案方面。一是部分案件取证不充分。\n" + TownCauses +
            "三、整改措施\n（一）深化理论武装。每季度开展一次专题研讨。\n（二）规范执法办案。开展案卷评查。全局食品安全监管干部要以这次民主生活会为契机，推动工作上台阶。\n");
    }

    [Fact]
    public async Task A_fresh_start_taken_from_a_campaign_inside_a_measure_still_counts()
    {
        await Verifier.VerifyAsync(Bureau +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在食品安全监管方面。一是小餐饮登记率偏低。\n（三）在执法办案方面。一是部分案件取证不充分。\n" + TownCauses +
            "三、整改措施\n（一）深化理论武装。每季度开展一次专题研讨。\n（二）规范执法办案。开展案卷评查。以这次专项整治为契机，健全食品安全监管长效机制。\n");
    }

    [Theory]
    [InlineData("一、存在的问题\n一是\n二、整改措施\n一是\n")]
    [InlineData("一、存在的问题\n（一）\n（二）\n二、整改措施\n（一）\n")]
    [InlineData("存在的问题\n1.学习不够\n（1）\n整改措施：\n")]
    [InlineData("一、存在的问题\n二、整改措施\n")]
    public async Task Odd_structures_do_not_crash(string body)
    {
        await Verifier.VerifyAsync(Title + body);
    }

    private const string CommunityTitle = "翠柳社区党委2024年度组织生活会对照检查材料\n按照街道党工委要求，社区党委广泛听取意见，现将对照检查情况报告如下：\n";

    [Fact]
    public async Task A_measure_on_another_thing_of_the_same_field_does_not_answer()
    {
        await Verifier.VerifyAsync(CommunityTitle +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n{|RL5001:（二）在物业服务管理方面|}。一是老旧小区物业缺位，业主投诉较多。\n" +
            "（三）在作风建设方面。一是会议偏多。\n" + Causes +
            "四、整改措施\n（一）做实做细网格服务。每个网格配备专职网格员，定期入户走访。\n（二）强化理论武装。每月组织一次集中学习。\n" +
            "（三）持续改进作风。精简会议和文件。\n");
    }

    [Theory]
    [InlineData("（一）补齐小区物业短板。对无物业老旧小区引入物业公司兜底服务，建立业主投诉快速响应机制。")]
    [InlineData("（一）让业主投诉有回音。对无人管理的老旧小区引入物业公司，业主投诉三日内答复。")]
    public async Task A_measure_on_the_same_thing_of_a_field_answers(string measure)
    {
        await Verifier.VerifyAsync(CommunityTitle +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在物业服务管理方面。一是老旧小区物业缺位，业主投诉较多。\n" +
            "（三）在作风建设方面。一是会议偏多。\n" + Causes +
            "四、整改措施\n" + measure + "\n（二）强化理论武装。每月组织一次集中学习。\n（三）持续改进作风。精简会议和文件。\n");
    }

    [Fact]
    public async Task A_measure_sharing_only_broad_words_of_the_lead_does_not_answer()
    {
        await Verifier.VerifyAsync(
            "县中医院党委领导班子2024年度民主生活会对照检查材料\n按照要求，医院党委班子认真查摆问题，现报告如下：\n" +
            "一、存在的问题\n（一）在理论学习方面。一是学习不够系统。\n{|RL5001:（二）医疗质量安全管理存在漏洞|}。一是部分科室病历书写不规范，三级查房制度执行不严。\n" +
            "（三）在廉洁行医方面。一是个别医务人员收受红包。\n二、原因剖析\n一是以病人为中心的理念树得不牢。\n" +
            "三、整改措施\n（一）深化理论武装。每月组织集中学习一次。\n（二）开展廉洁行医专项整治。严查收受红包行为。\n" +
            "（三）抓好安全生产和消防安全。加强安全管理，定期检修配电设施，清理消防通道。\n");
    }

    [Fact]
    public async Task A_measure_taking_up_the_qualified_subject_answers_a_lead_of_broad_words()
    {
        await Verifier.VerifyAsync(
            "县中医院党委领导班子2024年度民主生活会对照检查材料\n按照要求，医院党委班子认真查摆问题，现报告如下：\n" +
            "一、存在的问题\n（一）在理论学习方面。一是学习不够系统。\n（二）医疗质量安全管理存在漏洞。一是部分科室病历书写不规范，三级查房制度执行不严。\n" +
            "（三）在廉洁行医方面。一是个别医务人员收受红包。\n二、原因剖析\n一是以病人为中心的理念树得不牢。\n" +
            "三、整改措施\n（一）深化理论武装。每月组织集中学习一次。\n（二）开展廉洁行医专项整治。严查收受红包行为。\n" +
            "（三）筑牢医疗安全防线。落实三级查房等核心制度，每月开展病历质控。\n");
    }

    [Fact]
    public async Task A_same_position_measure_sharing_only_a_process_word_does_not_answer()
    {
        await Verifier.VerifyAsync(
            "临河镇党委领导班子对照检查材料\n按照县委要求，镇党委班子认真学习，现将对照检查情况报告如下：\n" +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n{|RL5001:（二）在信访积案化解方面|}。一是三年以上信访积案仍有5件未化解。\n" +
            "（三）在作风建设方面。一是会议偏多。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）化解债务风险。制定化债方案，按期还本付息。\n（三）持续改进作风。精简会议和文件。\n");
    }

    [Fact]
    public async Task A_same_position_measure_on_the_subject_answers_a_process_lead()
    {
        await Verifier.VerifyAsync(
            "临河镇党委领导班子对照检查材料\n按照县委要求，镇党委班子认真学习，现将对照检查情况报告如下：\n" +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在信访积案化解方面。一是三年以上信访积案仍有5件未化解。\n" +
            "（三）在作风建设方面。一是会议偏多。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）攻坚陈年积案。班子成员每人包案一件，年底前逐件办结。\n（三）持续改进作风。精简会议和文件。\n");
    }

    [Fact]
    public async Task A_field_word_bound_to_another_thing_of_the_field_does_not_answer()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在食品药品安全监管方面。一是农贸市场抽检覆盖不全。\n" +
            "{|RL5001:（三）在特种设备安全方面|}。一是老旧电梯困人故障投诉较多。\n（四）在作风建设方面。一是文山会海仍有反弹。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）守牢食品药品安全底线。落实食品安全属地责任，对农贸市场开展全覆盖抽检。\n" +
            "（三）驰而不息改进作风。精简会议文件，把时间留给基层。\n");
    }

    [Fact]
    public async Task A_field_word_standing_free_or_with_the_areas_own_words_answers()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。一是集中学习次数偏少。\n（二）在特种设备安全方面。一是对电梯维保单位的监督检查不到位。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）压实设备安全和维保责任。每季度对电梯维保单位开展一次检查。\n");
    }

    private const string Hospital = "平安区人民医院党委领导班子2024年度民主生活会对照检查材料\n按照区委要求，院党委班子广泛征求患者和职工意见，现将对照检查情况报告如下：\n";

    private const string HospitalProblems =
        "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统，医务人员参加政治理论学习不多。\n（二）在医疗质量方面。一是部分科室病历书写不规范。二是院内会诊响应不及时。\n" +
        "（三）在就医服务方面。一是门诊挂号排队时间长，患者反映较多。\n（四）在作风建设方面。一是医疗行风问题时有发生。\n" + TownCauses;

    [Fact]
    public async Task In_a_report_all_about_one_field_its_broad_word_stands_for_the_areas_wording()
    {
        await Verifier.VerifyAsync(Hospital + HospitalProblems.Replace("（二）在医疗质量方面", "{|RL5001:（二）在医疗质量方面|}") +
            "三、整改措施\n（一）强化理论武装。把医疗卫生政策纳入中心组学习。\n（二）改善群众就医体验。推行分时段预约诊疗，压缩医疗服务排队时间。\n" +
            "（三）驰而不息改进作风。深化医疗行风专项整治。\n（四）建强人才队伍。每年选派骨干医生进修。\n（五）推进智慧医院建设。上线检查结果互认平台。\n");
    }

    [Theory]
    [InlineData("（二）持续提升医疗质量。健全病历质控和院内会诊制度。")]
    [InlineData("（二）守牢医疗质量安全底线。每月通报病历抽查结果。")]
    [InlineData("（二）提高医疗服务质量。每月通报病历抽查结果，会诊10分钟内响应。")]
    public async Task In_a_report_all_about_one_field_a_measure_with_the_areas_wording_answers(string measure)
    {
        await Verifier.VerifyAsync(Hospital + HospitalProblems +
            "三、整改措施\n（一）强化理论武装。把医疗卫生政策纳入中心组学习。\n" + measure + "\n（三）改善群众就医体验。推行分时段预约诊疗，压缩医疗服务排队时间。\n" +
            "（四）驰而不息改进作风。深化医疗行风专项整治。\n（五）推进智慧医院建设。上线检查结果互认平台。\n");
    }

    [Fact]
    public async Task A_field_word_after_a_noun_speaks_of_that_thing_not_of_the_field()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n{|RL5001:（二）在安全生产方面|}。一是小型采石场日常检查走过场。二是出租房消防通道堵塞。\n" +
            "（三）在联系群众方面。一是班子成员进村入户少。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划。\n（二）守牢民生安全底线。完成5个村供水管网改造，确保饮水安全；对校园周边小餐饮开展食品安全抽检。\n" +
            "（三）践行以人民为中心的发展思想。班子成员每月进村入户走访。\n（四）建强干部队伍。选派年轻干部到信访岗位锻炼。\n");
    }

    [Theory]
    [InlineData("（二）统筹发展和安全。班子成员分片包联，对采石场和出租房逐一过筛。")]
    [InlineData("（二）守牢安全底线。班子成员分片包联，对采石场和出租房逐一过筛。")]
    [InlineData("（二）确保安全，守牢底线。班子成员分片包联，对采石场和出租房逐一过筛。")]
    public async Task A_field_word_after_a_verb_or_standing_alone_speaks_of_the_field(string measure)
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在理论学习方面。一是中心组学习不够系统。\n（二）在安全生产方面。一是小型采石场日常检查走过场。二是出租房消防通道堵塞。\n" +
            "（三）在联系群众方面。一是班子成员进村入户少。\n" + TownCauses +
            "三、整改措施\n（一）强化理论武装。制定中心组年度学习计划。\n" + measure + "\n" +
            "（三）践行以人民为中心的发展思想。班子成员每月进村入户走访。\n（四）建强干部队伍。选派年轻干部到信访岗位锻炼。\n");
    }

    [Fact]
    public async Task A_party_lecture_does_not_answer_building_up_party_organisations()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。{|RL5001:二是抓基层党组织建设有差距|}，个别村书记年龄偏大，村级后备力量不足。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨，班子成员到联系村讲党课。二是发展壮大集体经济，每村培育一个增收项目。三是班子成员每月到分包村走访群众。四是选派年轻干部到信访岗位锻炼。\n");
    }

    [Theory]
    [InlineData("二是组织生活不够严格", "四是严格落实“三会一课”和主题党日制度，班子成员按时参加所在支部组织生活。")]
    [InlineData("二是抓基层党组织建设有差距", "四是整顿软弱涣散村党组织，选优配强村党组织书记。")]
    public async Task Party_building_answered_in_its_own_words_is_not_flagged(string problem, string measure)
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。" + problem + "，个别村书记年龄偏大，村级后备力量不足。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨。二是发展壮大集体经济，每村培育一个增收项目。三是班子成员每月到分包村走访群众。" + measure + "\n");
    }

    [Fact]
    public async Task Rural_revitalisation_is_a_field_monitoring_does_not_answer_relocation()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。{|RL5001:二是易地搬迁后续扶持不到位|}，安置点就业岗位不足。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨。二是织密防返贫监测网，对监测户逐户落实帮扶措施。三是班子成员每月到分包村走访群众。四是发展壮大集体经济。\n");
    }

    [Theory]
    [InlineData("二是做实易地搬迁后续扶持，在安置点开发公益岗位。")]
    [InlineData("二是抓好搬迁群众后续扶持，在安置点开发公益岗位。")]
    public async Task Rural_revitalisation_answered_on_the_same_thing_is_not_flagged(string measure)
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。二是易地搬迁后续扶持不到位，安置点就业岗位不足。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨。" + measure + "三是班子成员每月到分包村走访群众。四是发展壮大集体经济。\n");
    }

    [Theory]
    [InlineData("（一）强化理论武装。落实第一议题制度，每月开展一次专题研讨。")]
    [InlineData("（一）在学懂弄通做实上下功夫。每月开展一次专题研讨。")]
    public async Task The_full_name_of_the_theory_is_answered_by_theory_study(string measure)
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n（一）在学习贯彻习近平新时代中国特色社会主义思想方面。一是对重要论述领会不深，指导工作不够有力。\n（二）在联系群众方面。一是班子成员进村入户少。\n" +
            "（三）在集体经济方面。一是村级集体收入偏低。\n" + TownCauses +
            "三、整改措施\n" + measure + "\n（二）践行以人民为中心的发展思想。班子成员每月进村入户走访。\n（三）发展壮大集体经济。每村培育一个增收项目。\n（四）建强干部队伍。选派年轻干部到信访岗位锻炼。\n");
    }

    [Fact]
    public async Task The_full_name_of_the_theory_is_not_answered_by_other_measures()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n{|RL5001:（一）在学习贯彻习近平新时代中国特色社会主义思想方面|}。一是对重要论述领会不深，指导工作不够有力。\n（二）在联系群众方面。一是班子成员进村入户少。\n" +
            "（三）在集体经济方面。一是村级集体收入偏低。\n" + TownCauses +
            "三、整改措施\n（一）践行以人民为中心的发展思想。班子成员每月进村入户走访。\n（二）发展壮大集体经济。每村培育一个增收项目。\n（三）建强干部队伍。选派年轻干部到信访岗位锻炼。\n");
    }

    [Theory]
    [InlineData("二是党员教育管理宽松", "四是从严抓好党员队伍建设，每季度开展一次党员集中培训。")]
    [InlineData("二是党员教育管理有所弱化", "四是从严抓好党员队伍建设，每季度开展一次党员集中培训。")]
    public async Task A_lax_judgement_is_not_part_of_the_subject(string problem, string measure)
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。" + problem + "，流动党员联系不经常。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨。二是发展壮大集体经济，每村培育一个增收项目。三是班子成员每月到分包村走访群众。" + measure + "\n");
    }

    [Fact]
    public async Task A_lax_judgement_does_not_make_another_measure_an_answer()
    {
        await Verifier.VerifyAsync(Town +
            "一、存在的问题\n一是理论学习不够系统。{|RL5001:二是党员教育管理宽松|}，流动党员联系不经常。三是联系群众不够经常。四是集体经济收入偏低。\n" + TownCauses +
            "三、整改措施\n一是每季度开展一次专题研讨。二是发展壮大集体经济，每村培育一个增收项目。三是班子成员每月到分包村走访群众。四是选派年轻干部到信访岗位锻炼。\n");
    }

    private const string BureauProblems =
        "一、存在的问题\n（一）理论学习不够深入。对新修订的法规学得不细。\n（二）服务企业不够主动。对企业诉求回应慢。\n" +
        "（三）机关作风建设有所松懈。个别科室对来访群众答复不及时，办件拖沓。\n（四）食品抽检覆盖面不够广。对小餐饮抽检偏少。\n" +
        "二、原因剖析\n（一）理论学习不够深入。（二）宗旨意识有所淡化。\n";

    private static string BureauMeasures(string third) =>
        "三、整改措施\n（一）强化理论武装。每月开展一次专题研讨。\n（二）优化营商环境。建立企业诉求快速响应机制。\n（三）" + third +
        "\n（四）扩大食品抽检覆盖面。对小餐饮每季度抽检一次。\n";

    [Theory]
    [InlineData("从严正风肃纪。落实首问负责制，对超时办件的科室通报。")]
    [InlineData("持续改进作风。精简会议文件，为基层减负。")]
    public async Task A_style_area_is_answered_by_a_measure_on_style_in_other_words(string measure)
    {
        await Verifier.VerifyAsync(Bureau + BureauProblems + BureauMeasures(measure));
    }

    [Fact]
    public async Task A_style_area_is_not_answered_by_a_measure_on_discipline_only()
    {
        await Verifier.VerifyAsync(Bureau + BureauProblems.Replace("（三）机关作风建设有所松懈", "{|RL5001:（三）机关作风建设有所松懈|}") +
            BureauMeasures("严明工作纪律。严格考勤管理，对迟到早退的通报批评。"));
    }

    private const string Company = "江州市城市投资集团有限公司党委领导班子2024年度民主生活会对照检查材料\n按照市国资委党委要求，公司党委班子广泛征求意见，现将对照检查情况报告如下：\n";

    private const string CompanyProblems =
        "一、存在的问题\n（一）理论学习不够深入。学用结合不紧。\n（二）投资项目谋划不够精准。部分项目论证不充分。\n" +
        "（三）经营风险防控薄弱。部分贸易业务对客户资信审查不严，应收账款回收慢。\n（四）职工服务不够到位。一线职工诉求回应慢。\n" +
        "二、原因剖析\n（一）理论学习不够深入。（二）宗旨意识有所淡化。\n";

    private static string CompanyMeasures(string third) =>
        "三、整改措施\n（一）强化理论武装。每月开展一次专题研讨。\n（二）提升项目谋划水平。建立项目储备库和专家论证制度。\n（三）" + third +
        "\n（四）用心服务职工。建立一线职工诉求台账。\n";

    [Theory]
    [InlineData("健全内控体系。建立客户准入评估和合同审核制度。")]
    [InlineData("加强合规管理。对贸易业务实行合同法律审核。")]
    public async Task A_risk_control_area_is_answered_by_internal_control_or_compliance(string measure)
    {
        await Verifier.VerifyAsync(Company + CompanyProblems + CompanyMeasures(measure));
    }

    [Theory]
    [InlineData("深化廉政风险防控。开展岗位廉政风险排查，签订廉洁承诺书。")]
    [InlineData("抓好安全生产。开展安全隐患大排查。")]
    public async Task A_risk_control_area_is_not_answered_by_integrity_or_safety_risks(string measure)
    {
        await Verifier.VerifyAsync(Company + CompanyProblems.Replace("（三）经营风险防控薄弱", "{|RL5001:（三）经营风险防控薄弱|}") + CompanyMeasures(measure));
    }

    private const string StationProblems =
        "一、存在的问题\n（一）理论学习不够深入。对新修订的法规学得不细。\n（二）在涉企检查方面。多头检查、重复检查仍然存在。\n" +
        "（三）在基层监管所建设方面。全区4个监管所中有2个人员不足8人，专业人员紧缺；快检设备老化，使用率不高。\n" +
        "（四）在消费维权方面。投诉举报办结不及时，预付卡纠纷化解手段不多。\n" +
        "二、原因剖析\n（一）理论学习不够深入。（二）宗旨意识有所淡化。\n";

    private static string StationMeasures(string third) =>
        "三、整改措施\n（一）强化理论武装。每月开展一次专题研讨。\n（二）推行“综合查一次”。制定涉企检查事项清单。\n（三）" + third +
        "\n（四）守牢特种设备安全底线。开展电梯、气瓶隐患排查。\n";

    [Theory]
    [InlineData("提升一线履职能力和维权效能。招录专业人员6名，充实到人员最少的2个监管所；更新快检装备；建立投诉举报督办机制。")]
    [InlineData("提升一线履职能力和维权效能。为各监管所配齐计量、食品检验专业人员，更新快检装备；对预付卡纠纷专人跟踪。")]
    public async Task A_grassroots_station_area_is_answered_by_a_measure_staffing_the_stations(string measure)
    {
        await Verifier.VerifyAsync(Bureau + StationProblems + StationMeasures(measure));
    }

    [Fact]
    public async Task A_grassroots_station_area_is_not_answered_by_a_measure_on_complaints_only()
    {
        await Verifier.VerifyAsync(Bureau + StationProblems.Replace("（三）在基层监管所建设方面", "{|RL5001:（三）在基层监管所建设方面|}") +
            StationMeasures("提升维权效能。建立投诉举报督办机制，对预付卡纠纷专人跟踪。"));
    }

    [Theory]
    [InlineData("（三）深化“双减”工作。严控书面作业总量，丰富课后服务内容。\n")]
    [InlineData("（三）把“双减”落到实处。建立作业公示制度，每周检查一次。\n")]
    public async Task Area_whose_quoted_policy_a_measure_heading_quotes_is_answered(string measure)
    {
        await Verifier.VerifyAsync(SchoolTitle + SchoolProblems +
            "（三）在落实“双减”政策方面。一是作业总量控制不严。二是课后服务内容单一。\n" + Causes + SchoolMeasures + measure);
    }

    [Fact]
    public async Task Item_whose_quoted_duty_a_measure_lead_quotes_is_answered()
    {
        await Verifier.VerifyAsync(SchoolTitle + "一、存在的问题\n一是理论学习不够深入，学用结合不紧。\n二是落实“一岗双责”不到位，对分管处室廉政风险提醒不多。\n" + Causes +
            "四、整改措施\n一是强化理论武装，每月组织一次集中学习。\n二是压紧压实“一岗双责”，每季度听取分管处室情况汇报。\n");
    }

    [Fact]
    public async Task Area_whose_quoted_policy_no_measure_heading_quotes_is_still_reported()
    {
        await Verifier.VerifyAsync(SchoolTitle + SchoolProblems +
            "{|RL5001:（三）在落实“双减”政策方面|}。一是作业总量控制不严。二是课后服务内容单一。\n" + Causes + SchoolMeasures +
            "（三）抓好“五项管理”。规范手机、睡眠、读物、体质管理。\n");
    }

    private const string VanguardProblems = "一、存在的问题\n一是集中学习次数偏少，学用结合不紧。\n二是党员先锋模范作用发挥不够，少数党员在防汛值守中带头不够。\n";

    [Theory]
    [InlineData("二是让党员亮出身份、干在前面，推行党员设岗定责。\n")]
    [InlineData("二是组织党员亮明身份，在急难险重任务中干在前头。\n")]
    public async Task Vanguard_problem_is_answered_by_a_measure_that_has_members_show_their_status(string measure)
    {
        await Verifier.VerifyAsync(Title + VanguardProblems + Causes + "四、整改措施\n一是强化理论武装，每月组织一次集中学习。\n" + measure);
    }

    [Fact]
    public async Task Vanguard_problem_without_such_a_measure_is_still_reported()
    {
        await Verifier.VerifyAsync(Title + "一、存在的问题\n一是集中学习次数偏少，学用结合不紧。\n{|RL5001:二是党员先锋模范作用发挥不够|}，少数党员在防汛值守中带头不够。\n" + Causes +
            "四、整改措施\n一是强化理论武装，每月组织一次集中学习。\n二是规范集体“三资”管理，每月对账一次。\n");
    }

    private const string StudyAndSafetyProblems = "一、存在的问题\n{0}（一）在理论学习和政治建设方面{1}\n班子集中学习多是读文件、看视频，结合企业改革实际研讨不够，“三重一大”事项前置研究有时程序不规范。\n" +
        "（二）在安全生产方面\n车辆例行检查走过场，隐患整改不及时。\n";

    [Theory]
    [InlineData("完善前置研究事项清单，班子成员每季度到车队讲一次党课。")]
    [InlineData("完善前置研究事项清单，书记每半年讲一次专题党课。")]
    public async Task Theory_study_area_is_answered_by_a_measure_with_party_lectures_and_its_cases(string measure)
    {
        await Verifier.VerifyAsync(Title + string.Format(StudyAndSafetyProblems, "", "") + Causes +
            "四、整改措施\n（一）压实安全生产责任。每月开展一次车辆隐患排查，隐患限期整改。\n（二）坚持党建引领，把牢发展方向。" + measure + "\n");
    }

    [Fact]
    public async Task Theory_study_area_is_still_reported_when_the_measure_has_no_study_in_it()
    {
        await Verifier.VerifyAsync(Title + string.Format(StudyAndSafetyProblems, "{|RL5001:", "|}") + Causes +
            "四、整改措施\n（一）压实安全生产责任。每月开展一次车辆隐患排查，隐患限期整改。\n（二）坚持党建引领，把牢发展方向。完善前置研究事项清单，班子成员每季度到车队调研一次。\n");
    }

    private const string TeamProblems = "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n{0}（二）在队伍建设方面{1}。执法人员中专业出身的偏少，人员青黄不接。\n" +
        "（三）在安全生产方面。隐患排查不彻底，整改不及时。\n";

    private const string TeamMeasures = "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）压实安全生产责任。每月开展一次隐患排查，限期整改。\n";

    [Theory]
    [InlineData("（三）锻造过硬的执法铁军。每年组织两期业务轮训，完善考核办法。\n")]
    [InlineData("（三）打造一支能打硬仗的铁军。推行老同志帮带新同志，每年轮训一次。\n")]
    [InlineData("（三）完善考核办法。实施以老带新，每名新进人员确定一名带教老师。\n")]
    public async Task Team_area_is_answered_by_a_measure_forging_an_iron_army_or_pairing_old_and_new(string measure)
    {
        await Verifier.VerifyAsync(Title + string.Format(TeamProblems, "", "") + Causes + TeamMeasures + measure);
    }

    [Fact]
    public async Task Team_area_is_still_reported_when_the_measure_only_tightens_discipline()
    {
        await Verifier.VerifyAsync(Title + string.Format(TeamProblems, "{|RL5001:", "|}") + Causes + TeamMeasures + "（三）严明工作纪律。严格考勤，接受社会监督。\n");
    }

    private const string AbilityProblems = "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n{0}（二）在干部专业能力方面{1}。具有财会、工程背景的干部不足一半，复杂业务把握不准。\n" +
        "（三）在安全生产方面。隐患排查不彻底，整改不及时。\n";

    [Theory]
    [InlineData("（三）锤炼忠诚干净担当的审计铁军。每个审计组配备一名专业骨干，每年开展一次技能比武。\n")]
    [InlineData("（三）让每个科室都有顶用的人。选派业务骨干到上级跟班学习，每季度组织一次业务比武。\n")]
    public async Task Ability_area_is_answered_by_a_measure_on_backbone_staff_and_skill_contests(string measure)
    {
        await Verifier.VerifyAsync(Title + string.Format(AbilityProblems, "", "") + Causes + TeamMeasures + measure);
    }

    [Fact]
    public async Task Ability_area_is_still_reported_when_the_measure_speaks_of_conduct_only()
    {
        await Verifier.VerifyAsync(Title + string.Format(AbilityProblems, "{|RL5001:", "|}") + Causes + TeamMeasures + "（三）严明现场审计纪律。推行“八不准”承诺制，接受社会监督。\n");
    }

    private const string ConductProblems = "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n（二）在安全生产方面。隐患排查不彻底，整改不及时。\n" +
        "{2}（三）在集体资源发包方面{3}。鱼塘续包没有公开竞价，合同条款简单。\n{0}（四）作风还不够扎实{1}。有时对上级检查准备得多，对村民的小事过问得少，有的人来办事要跑两三趟。\n";

    private const string ConductMeasures = "四、整改措施\n（一）强化理论武装。每月组织一次集中学习。\n（二）压实安全生产责任。每月开展一次隐患排查，限期整改。\n";

    [Theory]
    [InlineData("（三）拿出服务群众的真功夫。推行村干部轮流坐班、代办服务，让村民办事最多跑一次。\n")]
    [InlineData("（三）把村民的事当成自家的事。村干部轮流坐班，能当场办的当场办，让村民少跑腿。\n")]
    public async Task Conduct_area_is_answered_by_a_measure_that_spares_people_repeated_trips_so_the_area_before_it_is_reported(string measure)
    {
        await Verifier.VerifyAsync(Title + string.Format(ConductProblems, "", "", "{|RL5001:", "|}") + Causes + ConductMeasures + measure);
    }

    [Fact]
    public async Task Conduct_area_is_still_reported_when_the_measure_speaks_of_leasing_only()
    {
        await Verifier.VerifyAsync(Title + string.Format(ConductProblems, "{|RL5001:", "|}", "", "") + Causes + ConductMeasures + "（三）规范集体资源发包。续包一律公开竞价，合同经村民代表会议通过。\n");
    }

    private const string PersistenceProblems = "一、存在的问题\n一是集中学习次数偏少，学用结合不紧。\n{0}{1}{2}，开会发文后缺少后续督促。\n三是安全生产隐患排查不彻底，整改不及时。\n";

    private const string PersistenceMeasures = "四、整改措施\n一是强化理论武装，每月组织一次集中学习。\n二是压实安全生产责任，每月开展一次隐患排查。\n";

    [Theory]
    [InlineData("二是抓落实的韧劲不足", "三是对分管的重点工作实行清单化管理，定期调度，跟踪问效。\n")]
    [InlineData("二是抓落实的劲头不足", "三是对重点任务实行台账管理，一抓到底。\n")]
    [InlineData("二是督促检查的力度不够", "三是对重点任务实行台账管理，跟踪问效。\n")]
    public async Task Lead_judging_persistence_or_drive_is_answered_by_a_measure_on_its_subject(string lead, string measure)
    {
        await Verifier.VerifyAsync(Title + string.Format(PersistenceProblems, "", lead, "") + Causes + PersistenceMeasures + measure);
    }

    [Theory]
    [InlineData("二是抓落实的韧劲不足")]
    [InlineData("二是督促检查的力度不够")]
    public async Task Lead_judging_persistence_is_still_reported_when_no_measure_takes_up_its_subject(string lead)
    {
        await Verifier.VerifyAsync(Title + string.Format(PersistenceProblems, "{|RL5001:", lead, "|}") + Causes + PersistenceMeasures + "三是规范集体“三资”管理，每月对账一次。\n");
    }

    private const string MoralProblems = SchoolProblems + "{0}（三）{1}{2}。一是个别班主任重成绩轻引导。\n";

    [Theory]
    [InlineData("学生思想引导工作比较薄弱", "（三）坚持立德树人，把党的创新理论贯穿育人全过程。\n")]
    [InlineData("德育工作比较薄弱", "（三）推进课程思政，发挥班主任思想引导作用。\n")]
    [InlineData("在学生德育方面", "（三）落实立德树人根本任务，每学期开展主题班会。\n")]
    public async Task Moral_education_problem_is_answered_by_a_measure_on_fostering_virtue(string problem, string measure)
    {
        await Verifier.VerifyAsync(SchoolTitle + string.Format(MoralProblems, "", problem, "") + Causes + SchoolMeasures + measure);
    }

    [Theory]
    [InlineData("学生思想引导工作比较薄弱", "（三）加强学生课后服务，丰富社团活动。\n")]
    [InlineData("德育工作比较薄弱", "（三）加强食堂管理，每周公示菜谱。\n")]
    [InlineData("学生课后服务质量不高", "（三）坚持立德树人，把党的创新理论贯穿育人全过程。\n")]
    public async Task Moral_education_and_other_school_work_do_not_answer_each_other(string problem, string measure)
    {
        await Verifier.VerifyAsync(SchoolTitle + string.Format(MoralProblems, "{|RL5001:", problem, "|}") + Causes + SchoolMeasures + measure);
    }

    [Fact]
    public async Task Learning_for_the_work_and_led_reading_answer_theory_learning_but_not_organisational_life()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。班子成员学习主动性不强，对党的创新理论理解停留在字面上。\n" +
            "{|RL5001:（二）在组织生活方面|}。“三会一课”有时不按时召开，主题党日形式单一。\n" +
            "（三）在村集体经济方面。集体经营性收入偏低，增收渠道单一。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）以学促干，锤炼过硬作风。采取书记领学、委员讲学的方式，推动学习走深走实。\n" +
            "（二）发展壮大村集体经济。盘活闲置资产，发展特色种植，年内集体收入增加五万元。\n");
    }

    [Fact]
    public async Task Training_activists_for_party_membership_answers_party_member_ranks_but_not_organisational_life()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在党员队伍建设方面。全村党员老龄化明显，35岁以下的只有3名，发展年轻党员困难。\n" +
            "{|RL5001:（二）在组织生活方面|}。“三会一课”有时不按时召开，支部书记讲党课照稿子念。\n" +
            "（三）在村集体经济方面。集体经营性收入偏低，增收渠道单一。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）抓学习、强队伍。对返乡大学生、致富能手重点培养，年内确定入党积极分子2名。\n" +
            "（二）发展壮大村集体经济。盘活闲置资产，发展特色种植，年内集体收入增加五万元。\n");
    }

    [Fact]
    public async Task Treating_villagers_small_matters_as_big_ones_answers_serving_the_masses_but_not_party_member_education()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" +
            "（二）服务群众的作风有差距。支部成员上门为群众办事少，村民反映的小事有时一拖几个月。\n" +
            "{|RL5001:（三）党员教育管理不够严格|}。流动党员参加组织生活主要靠转发材料，积分评议碍于情面。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕村里发展难题开展研讨。\n" +
            "（二）把群众的小事当成大事办。推行支委轮值坐班，建立村民诉求台账，能办的事三天内办结。\n");
    }

    [Fact]
    public async Task Deepening_state_enterprise_reform_answers_the_reform_area_but_not_risk_control()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" +
            "（二）在国企改革和经营管理方面。应收水费回收率不高，工程项目结算拖延。\n" +
            "{|RL5001:（三）在经营风险防控方面|}。对外担保审查不严，重大合同缺少法律审核。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对内部刊物的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕企业发展难题开展研讨。\n" +
            "（二）以改革激发企业活力。深化国有企业改革，推行经理层成员任期制和契约化管理。\n");
    }

    [Fact]
    public async Task Old_pipelines_answer_old_pipe_networks_but_not_old_residential_compounds()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" +
            "（二）老旧管网更新改造进度滞后。纳入计划的68公里仅完工39公里；同一路段反复开挖；部分立管锈蚀严重。\n" +
            "{|RL5001:（三）在老旧小区改造方面|}。加装电梯因低层住户反对停滞不前。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对内部刊物的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕企业发展难题开展研讨。\n" +
            "（二）守牢城市燃气安全底线。制定老旧管线三年更新计划，与住建、交通部门建立联合开挖协调机制，做到一次开挖、同步施工，锈蚀立管逐户更换。\n");
    }

    [Fact]
    public async Task Reducing_waste_at_source_answers_waste_sorting_but_not_street_order()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" +
            "（二）生活垃圾分类推进不力。居民小区准确投放率仅约四成，前端分、后端混。\n" +
            "{|RL5001:（三）市容秩序管理不够精细|}。对流动摊贩、店外经营治理乏力。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对内部刊物的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕城市管理难题开展研讨。\n" +
            "（二）推动源头减量和资源循环。推行桶边督导，新建一座餐厨处理厂，新增专用运输车辆。\n");
    }

    [Fact]
    public async Task A_wording_of_two_topics_is_answered_by_a_measure_naming_either_but_a_neighbour_area_is_not()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" +
            "（二）正风肃纪抓得不够严。对苗头性问题提醒多、处理少。\n" +
            "{|RL5001:（三）在严守纪律规矩方面|}。个别党员请示报告不及时，有令不行。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕村里发展难题开展研讨。\n" +
            "（二）驰而不息纠治“四风”。年底开展一次作风评议，评议结果在全村公开。\n");
    }

    [Theory]
    [InlineData("（二）驰而不息纠治“四风”。年底开展一次作风评议，评议结果在全村公开。")]
    [InlineData("（二）严守廉洁底线。村干部逐人签订廉洁承诺书，节日前开展廉政提醒。")]
    public async Task The_eight_point_rules_are_answered_by_a_measure_on_style_or_on_integrity(string measure)
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" +
            "（二）落实中央八项规定精神还有松懈。个别村干部节日期间接受宴请。\n" +
            "{|RL5001:（三）在意识形态工作方面|}。对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕村里发展难题开展研讨。\n" + measure + "\n");
    }

    [Fact]
    public async Task The_eight_point_rules_are_not_answered_by_a_measure_on_discipline_or_ideology()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" +
            "{|RL5001:（二）落实中央八项规定精神还有松懈|}。个别村干部节日期间接受宴请。\n" +
            "（三）在意识形态工作方面。对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕村里发展难题开展研讨。\n" +
            "（二）严明工作纪律。严格考勤管理，对迟到早退的通报批评。\n（三）守好意识形态阵地。宣传栏内容由支部书记审核后张贴。\n");
    }

    [Fact]
    public async Task A_wording_of_two_topics_named_in_most_parts_does_not_make_either_topic_too_common_to_compare()
    {
        await Verifier.VerifyAsync(Title +
            "一、存在的问题\n（一）在理论学习方面。对中央八项规定精神学得不深，学用结合不紧。\n" +
            "（二）形式主义问题仍有发生。报表多，迎检多。\n" +
            "（三）在廉洁自律方面。对照中央八项规定精神，个别村干部节日期间接受宴请。\n" +
            "{|RL5001:（四）在意识形态工作方面|}。对村内宣传栏的内容把关不严。\n" + Causes +
            "四、整改措施\n（一）强化理论武装。把中央八项规定精神列入每月集中学习内容。\n" +
            "（二）切实为基层减负。精简填表，合并同类检查。\n" +
            "（三）严守廉洁底线。严格执行中央八项规定精神，节日前开展廉政提醒。\n");
    }

    /// <summary>The tested area second and its measure third, out of position (the measure in its place answers another area).</summary>
    private static string ProcessLead(string second, string measure) => Title +
        "一、存在的问题\n（一）在理论学习方面。集中学习次数偏少，学用结合不紧。\n" + second + "\n" +
        "（三）在意识形态工作方面。对村内宣传栏的内容把关不严。\n" + Causes +
        "四、整改措施\n（一）强化理论武装。每月组织一次集中学习，围绕村里发展难题开展研讨。\n" +
        "（二）守好意识形态阵地。宣传栏内容由支部书记审核后张贴。\n" + measure + "\n";

    [Theory]
    [InlineData("（二）在监管执法方面。对企业的检查宽松软，以口头提醒代替处罚。", "（三）从严从实开展执法工作。对屡查屡犯的企业依法从重处罚。")]
    [InlineData("（二）在监督执纪方面。对苗头性问题提醒多、处理少。", "（三）严格执纪问责。对苗头性问题早提醒、早纠正。")]
    [InlineData("（二）在防控疫情方面。外出务工人员返乡后登记不及时。", "（三）抓实疫情防控。返乡人员当天登记，卫生室每日随访。")]
    [InlineData("（二）在治理欠薪方面。个别工地拖欠农民工工资。", "（三）动真碰硬根治欠薪。在建工地全部缴存工资保证金。")]
    [InlineData("（二）在整治违建方面。个别农户在承包地上违规建房。", "（三）坚决遏制新增违建。新发现的违建当天拆除。")]
    public async Task A_process_word_before_the_subject_of_the_lead_need_not_be_taken_up(string area, string measure)
    {
        await Verifier.VerifyAsync(ProcessLead(area, measure));
    }

    [Theory]
    [InlineData("{|RL5001:（二）在执法监管方面|}。对企业的检查宽松软，以口头提醒代替处罚。", "（三）规范执法程序。推行执法全过程记录。")]
    [InlineData("{|RL5001:（二）河道管护缺位|}。汛后河道淤积无人清理。", "（三）建设美丽河道。在河道两岸种植景观树。")]
    [InlineData("{|RL5001:（二）在监管执法方面|}。对企业的检查宽松软，以口头提醒代替处罚。", "（三）抓好宣传教育。每季度办一期安全知识讲座。")]
    public async Task A_process_word_heading_the_lead_must_still_be_taken_up(string area, string measure)
    {
        await Verifier.VerifyAsync(ProcessLead(area, measure));
    }

    [Theory]
    [InlineData("（三）盘活村级集体资源。把闲置的老校舍公开租赁，所得全部计入村集体收入。")]
    [InlineData("（三）实施强村工程。对集体收入不足5万元的薄弱村逐村制定消薄方案。")]
    public async Task A_collective_economy_area_is_answered_by_a_measure_on_the_collective_in_other_words(string measure)
    {
        await Verifier.VerifyAsync(ProcessLead("（二）村集体经济发展乏力。全镇9个村中有4个村经营性收入不足5万元。", measure));
    }

    [Fact]
    public async Task A_collective_economy_area_is_not_answered_by_a_measure_on_local_industry()
    {
        await Verifier.VerifyAsync(ProcessLead("{|RL5001:（二）村集体经济发展乏力|}。全镇9个村中有4个村经营性收入不足5万元。",
            "（三）做强特色产业。扩大高山茶种植面积，培育两家龙头企业。"));
    }

    [Fact]
    public async Task A_local_industry_area_is_still_answered_by_a_measure_on_industry_in_other_words()
    {
        await Verifier.VerifyAsync(ProcessLead("（二）特色产业规模偏小。茶叶种植分散，附加值低。",
            "（三）延长农产品链条。引进一家茶叶精深加工企业，打响本地品牌。"));
    }
}
