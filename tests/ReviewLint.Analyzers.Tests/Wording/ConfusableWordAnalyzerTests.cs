using ReviewLint.Analyzers.Wording;
using ReviewLint.Diagnostics;
using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.ConfusableWordAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

public class ConfusableWordAnalyzerTests
{
    [Theory]
    [InlineData("党支部对[|钢性|]约束落实不到位，执行纪律有时打折扣。")]
    [InlineData("对上级[|布署|]的重点任务，推进不够有力。")]
    [InlineData("支部要合理[|按排|]学习时间，确保学习不走过场。")]
    [InlineData("抓住防汛备汛的[|关健|]环节，压实各级责任。")]
    [InlineData("班子成员要[|以身作责|]，带头遵守各项规定。")]
    [InlineData("[|既使|]任务再重，我们仍把理论学习摆在首位。")]
    [InlineData("[|既使|]工作再忙，每月也要走访群众两次。")]
    [InlineData("全体党员要[|再接再励|]，把各项工作抓实抓细。")]
    [InlineData("我们将[|一如继往|]地抓好作风建设。")]
    [InlineData("[|宏扬|]优良传统，践行初心使命。")]
    [InlineData("个别党员存在[|形势主义|]倾向，满足于完成规定动作。")]
    [InlineData("对群众诉求要逐户[|模排|]，建立工作台账。")]
    [InlineData("由镇党委[|付书记|]牵头负责整改工作。")]
    [InlineData("[|贯澈|]落实上级决策部署还有差距。")]
    [InlineData("要坚持[|久久为攻|]，推动作风持续好转。")]
    [InlineData("[|会议记要|]已印发各支部。")]
    [InlineData("对其进行[|戒勉谈话|]，责令作出书面检查。")]
    [InlineData("整改到位一项、[|消号|]一项。")]
    [InlineData("班子成员要[|严于律已|]，带头遵守廉洁纪律。")]
    public async Task Reports_miswritten_words_and_idioms(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("班子成员要[|恪尽职手|]，把分管工作抓实抓细。")]
    [InlineData("对群众反映的问题不能[|置之不里|]。")]
    [InlineData("整改工作要[|善始善中|]，防止虎头蛇尾。")]
    [InlineData("面对矛盾问题[|畏手畏尾|]，缺乏担当精神。")]
    [InlineData("要[|未雨稠缪|]，提前做好防汛准备。")]
    [InlineData("对标对表找差距，[|学以至用|]促发展。")]
    [InlineData("坚持[|开源截流|]，压减一般性支出。")]
    [InlineData("理清各方[|厉害关系|]，稳妥推进征迁工作。")]
    [InlineData("党员群众[|涌跃报名|]参加志愿服务。")]
    [InlineData("对违纪问题姑息[|牵就|]，失之于宽。")]
    [InlineData("个别干部[|精神焕散|]，工作标准不高。")]
    [InlineData("要加强理论学习，[|一但|]发现问题立即整改。")]
    [InlineData("班子带头[|提昌|]节约，反对铺张浪费。")]
    [InlineData("进一步[|陪养|]青年干部的斗争精神。")]
    [InlineData("把优良传统[|发杨广大|]，面对[|措踪复杂|]的形势保持定力。")]
    [InlineData("对待工作要[|忍劳忍怨|]、[|战战惊惊|]。")]
    public async Task Reports_misspelt_idioms_and_words_added_from_the_confusion_data(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("要防止出现[|实是求是|]的情况。")]
    [InlineData("要防止出现[|历历再目|]的情况。")]
    [InlineData("这种[|举世属目|]的成就来之不易。")]
    public async Task Reports_long_wrong_forms_whose_edge_jieba_glued_to_a_neighbouring_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("有的同志思想保守，[|默守陈规|]，习惯于老办法。")]
    [InlineData("[|凭心而论|]，我们的整改还不够彻底。")]
    [InlineData("要保持[|戒骄戒燥|]的作风，做到[|不骄不燥|]。")]
    [InlineData("对违纪问题严肃处理，[|以警效尤|]。")]
    [InlineData("发扬[|坚苦奋斗|]精神，坚持[|实事求事|]。")]
    [InlineData("个别干部存在[|侥悻|]心理。")]
    public async Task Reports_misspelt_official_idioms_added_after_held_out_batch_eight(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("有的同志思想保守，墨守成规，习惯于老办法。")]
    [InlineData("平心而论，我们的整改还不够彻底。")]
    [InlineData("要保持戒骄戒躁的作风，做到不骄不躁，防止心浮气躁。")]
    [InlineData("对违纪问题严肃处理，以儆效尤。")]
    [InlineData("发扬艰苦奋斗精神，坚持实事求是。")]
    [InlineData("个别干部存在侥幸心理，凭着老经验办事，心平气和地沟通。")]
    public async Task Does_not_report_the_correct_forms_of_the_added_idioms(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("班子成员要恪尽职守，把分管工作抓实抓细。")]
    [InlineData("对群众反映的问题不能置之不理。")]
    [InlineData("整改工作要善始善终，防止虎头蛇尾。")]
    [InlineData("面对矛盾问题畏首畏尾，缺乏担当精神。")]
    [InlineData("要未雨绸缪，提前做好防汛准备。")]
    [InlineData("坚持开源节流，理清各方利害关系。")]
    [InlineData("党员群众踊跃报名参加志愿服务，一旦发现问题立即整改。")]
    [InlineData("干与不干大不一样，这才叫真本事。")]
    [InlineData("会议室和资料房间直接相通。")]
    [InlineData("按纳税额分档计算，按照成本核算。")]
    [InlineData("加强焊接质量检查，一夜消失的隐患又冒了出来。")]
    [InlineData("拍照成功后上传平台，提高培养质量。")]
    [InlineData("认真查找问题，问题高发领域要重点整治。")]
    [InlineData("坚持实事求是的原则，历历在目的成就来之不易。")]
    [InlineData("不锈钢性能稳定，实是一件好事。")]
    [InlineData("这项研究实是求真务实的体现。")]
    [InlineData("把优良传统发扬光大，面对错综复杂的形势保持定力。")]
    [InlineData("对待工作要任劳任怨、战战兢兢。")]
    public async Task Does_not_report_correct_text_with_the_characters_of_added_pairs(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("[|截止|]今年6月底，共整改问题23个。")]
    [InlineData("[|截止|]2023年12月31日，支部共有党员35名。")]
    [InlineData("[|截止到|]目前，已完成整改任务的八成。")]
    [InlineData("党员干部[|必需|]坚持原则、敢于斗争。")]
    [InlineData("树立正确的[|权利|]观和政绩观。")]
    [InlineData("人民代表大会是国家[|权利|]机关。")]
    [InlineData("带领群众[|度过|]难关，稳住基本盘。")]
    [InlineData("坚持建设[|法制|]政府，提升依法行政水平。")]
    [InlineData("面对严峻[|形式|]，班子成员认识不够到位。")]
    [InlineData("镇政府发布招聘[|启示|]，公开招聘专职网格员。")]
    [InlineData("善于运用[|辨证|]思维分析形势，把握工作主动权。")]
    [InlineData("要[|辨证|]看待成绩和不足，既不自满也不气馁。")]
    public async Task Reports_context_dependent_pairs_when_the_context_says_so(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("阀门安装完毕，截止阀需要定期检修。")]
    [InlineData("在冷峻工业风格的展厅里，我们重温入党誓词。")]
    [InlineData("这批不锈钢性能稳定，可以放心采购。")]
    [InlineData("登上观景台，为了望远而不是为了拍照。")]
    [InlineData("严格执行刚性约束，坚决防止变通执行。")]
    [InlineData("既使群众满意，又使干部受到教育。")]
    [InlineData("既使群众得到实惠，也使集体经济壮大。")]
    [InlineData("申报截止日期为6月30日，逾期不再受理。")]
    [InlineData("报名工作于5月31日截止。")]
    [InlineData("截止时间另行通知。")]
    [InlineData("保障群众生活必需品供应充足。")]
    [InlineData("做好防汛必需的物资储备。")]
    [InlineData("万事俱备，各项准备工作已经就绪。")]
    [InlineData("依法维护群众合法权利，切实保障公民权利。")]
    [InlineData("观众反应强烈的节目要优先安排。")]
    [InlineData("全体党员度过了难忘的一年。")]
    [InlineData("带领群众渡过难关，稳住基本盘。")]
    [InlineData("把权力关进制度的笼子里。")]
    [InlineData("多做为民服务的实事，多办顺民意的好事。")]
    [InlineData("我们要多做为人民服务的好事。")]
    [InlineData("一如既往地支持基层工作，对历史问题既往不咎。")]
    [InlineData("财务室按时支付书记员工资。")]
    [InlineData("成立既有机构的协调小组。")]
    [InlineData("认真部署、精心安排，即使困难再大也要再接再厉。")]
    [InlineData("加强法制建设，推进法治政府建设。")]
    [InlineData("班子作出决定前要充分酝酿。")]
    [InlineData("唯有实干才能不负重托，其他问题一并整改。")]
    [InlineData("这件事要由组织决定，不能自己决定。")]
    [InlineData("发展形式多样，创新工作形式。")]
    [InlineData("会议记录由党政办保存。")]
    [InlineData("大家从先进事迹中得到深刻启示。")]
    [InlineData("画家笔下的人物惟妙惟肖。")]
    [InlineData("建立问题台账，逐项对账销号。")]
    [InlineData("县中医院坚持辨证施治，提升中医药服务能力。")]
    [InlineData("名老中医传授辨证论治经验，带教青年医师。")]
    [InlineData("运用辩证思维分析形势，辩证看待成绩和不足。")]
    public async Task Does_not_report_correct_text_that_contains_the_same_characters(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("我们[|惟有|]实干，才能不负重托。")]
    [InlineData("建立问题[|台帐|]，逐项销号。")]
    [InlineData("[|其它|]问题一并纳入整改。")]
    public async Task Reports_variants_and_conventions_as_information(string markup)
    {
        await Verifier.VerifyAsync(markup);
        var (text, _) = Testing.TestMarkup.Parse(markup);
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync(text)).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.True(diagnostic.Fix!.IsSafe);
    }

    [Theory]
    [InlineData("整改要[|立杆见影|]，不能久拖不决。")]
    [InlineData("核对台账要[|一丝不够|]，逐笔对上账目。")]
    [InlineData("汛期将至，排查隐患[|刻不容换|]。")]
    [InlineData("[|脚踏实第|]干好本职工作。")]
    public async Task Reports_idioms_of_the_dictionary_written_with_one_confusable_character(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("整改要立竿见影，不能久拖不决。")]
    [InlineData("核对台账要一丝不苟，逐笔对上账目。")]
    [InlineData("汛期将至，排查隐患刻不容缓。")]
    [InlineData("脚踏实地干好本职工作。")]
    [InlineData("沿线新立杆塔42基，架设线路8公里。")]
    [InlineData("面对严峻复杂的形势，班子保持定力。")]
    [InlineData("一丝一毫不放松，一件一件抓落实。")]
    public async Task Does_not_report_idioms_written_right_or_text_near_them(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("乡镇干部[|披星带月|]奔走在防汛一线。")]
    [InlineData("面对突发情况不能[|不知所错|]，要沉着应对。")]
    [InlineData("对群众反映的问题要做到[|心甘情原|]地服务。")]
    [InlineData("整改工作不能[|半涂而废|]。")]
    [InlineData("对违纪党员给予[|留党查看|]一年处分。")]
    [InlineData("督导组采取[|明查暗访|]方式检查作风。")]
    [InlineData("党员干部[|磨拳擦掌|]投入春耕生产。")]
    public async Task Reports_misspelt_idioms_that_the_dictionary_holds_as_rare_words(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("乡镇干部披星戴月奔走在防汛一线。")]
    [InlineData("一代代共产党人前赴后继，为民族复兴奋斗。")]
    [InlineData("纪检干部要疾恶如仇，敢于亮剑。")]
    [InlineData("班子成员与腐败现象誓不两立。")]
    [InlineData("这些同志饱经风雨，始终坚守岗位。")]
    [InlineData("对违纪党员给予留党察看一年处分，督导组采取明察暗访方式检查作风。")]
    [InlineData("坚持因地制宜、因事制宜，分类推进整改。")]
    [InlineData("整改工作不能半途而废。")]
    [InlineData("大家坚信不移，学员们小有所成。")]
    public async Task Does_not_report_idioms_written_right_or_legitimate_variants_of_the_dictionary(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对群众诉求推诿[|塘塞|]，服务意识淡薄。")]
    [InlineData("汛期来临前完成[|防讯|]物资储备。")]
    [InlineData("在基层一线[|锻练|]年轻干部。")]
    [InlineData("关键时刻要作出正确[|决择|]。")]
    [InlineData("打造[|璀灿|]夺目的城市夜景。")]
    [InlineData("督促子女依法履行[|瞻养|]义务。")]
    [InlineData("问题整改不能[|掩旗息鼓|]。")]
    [InlineData("个别同志把[|自已|]混同于一般群众。")]
    public async Task Reports_reviewed_misspellings_that_the_dictionary_holds_as_rare_words(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对群众诉求推诿搪塞，服务意识淡薄；汛期来临前完成防汛物资储备。")]
    [InlineData("在基层一线锻炼年轻干部，关键时刻要作出正确抉择。")]
    [InlineData("打造璀璨夺目的城市夜景，督促子女依法履行赡养义务。")]
    [InlineData("问题整改不能偃旗息鼓，把自己摆进去。")]
    [InlineData("各自已经完成自查，自己动手整改。")]
    [InlineData("我们所有的池塘塞满了淤泥。")]
    [InlineData("迫不得已时才启动应急预案，党员要严于律己、克己奉公。")]
    [InlineData("不能为了一己私利铤而走险。")]
    public async Task Does_not_report_the_right_forms_of_the_reviewed_misspellings_or_text_around_them(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Reports_an_idiom_of_the_dictionary_written_with_a_substitution_reviewers_confirmed() =>
        await Verifier.VerifyAsync("非[|迫不得己|]不得动用应急资金。");

    [Theory]
    [InlineData("一些问题[|积重难反|]，整改难度大。")]
    [InlineData("[|长此已往|]，必然损害党群关系。")]
    [InlineData("雨季要防范[|山洪爆发|]引发的次生灾害。")]
    [InlineData("小区改造要[|已防万一|]留足应急通道。")]
    [InlineData("面对群众质疑不能[|默不做声|]。")]
    public async Task Reports_frequent_set_phrases_of_the_dictionary_written_with_one_character_replaced(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("一些问题积重难返，整改难度大；长此以往，必然损害党群关系。")]
    [InlineData("雨季要防范山洪暴发，以防万一，面对群众质疑不能默不作声。")]
    [InlineData("教育党员学会为人处世，一股脑儿推给基层不可取。")]
    [InlineData("有志之士纷纷返乡创业，群情激愤之下更要依法处置。")]
    [InlineData("他隔三岔五到村里走访，享有声誉的老党员带头捐款。")]
    [InlineData("农村剩余劳力有序转移，孩子们乱蹦乱跳。")]
    public async Task Does_not_report_set_phrases_written_right_or_legitimate_variants_near_them(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对[|优扶|]对象的走访慰问不够经常。")]
    [InlineData("有的整改措施没有[|凑效|]，问题反弹回潮。")]
    [InlineData("组织教师开展[|观磨|]课活动。")]
    [InlineData("审核中发现材料存在[|暇疵|]。")]
    [InlineData("少数干部[|建全|]制度的意识不强。")]
    [InlineData("清明节组织党员[|赡仰|]革命烈士纪念碑。")]
    public async Task Reports_compiled_common_misspellings(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对优抚对象的走访慰问不够经常，有的整改措施没有奏效。")]
    [InlineData("组织教师开展观摩课活动，审核中发现材料存在瑕疵。")]
    [InlineData("组建全市应急队伍，健全制度。")]
    [InlineData("村里的天然气管道改造滞后。")]
    [InlineData("再次登上黄洋界时，天已放晴。")]
    [InlineData("领导干部审视查找问题，认识到位。")]
    public async Task Does_not_report_the_right_forms_of_compiled_misspellings_or_look_alike_text(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("乡村旅游搞得风生水起，群众收入稳步增长。")]
    [InlineData("特色产业风生水起，村集体经济不断壮大。")]
    public async Task Does_not_correct_the_right_form_to_a_misspelling_the_dictionary_tags_as_an_idiom(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Reports_the_misspelling_the_dictionary_tags_as_an_idiom() =>
        await Verifier.VerifyAsync("乡村旅游搞得[|风声水起|]，群众收入稳步增长。");

    [Theory]
    [InlineData("对不合格的供应商不能一退了之，要查清原因。")]
    [InlineData("对违规经营的商户不能一罚了之，要帮助规范。")]
    [InlineData("对问题场所不能一关了之，对不当言论不能一删了之。")]
    [InlineData("对闲置项目不能一撤了之，对矛盾纠纷不能一推了之。")]
    [InlineData("遇到难题不能一走了之，对批评意见不能一笑了之。")]
    public async Task Does_not_report_other_verbs_coined_into_a_productive_idiom_frame(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对群众诉求不能[|一推了只|]，要跟踪问效。")]
    [InlineData("乡镇干部[|披星带月|]奔走，遇到难题从不[|一走了知|]。")]
    public async Task Reports_a_slip_in_the_fixed_characters_of_a_productive_idiom_frame(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("年轻干部要在急难险重任务中[|脱颍而出|]。")]
    [InlineData("作风建设要[|持之一恒|]，不能时紧时松。")]
    [InlineData("调研不深入，对基层情况[|一榻糊涂|]。")]
    public async Task Reports_idioms_misspelt_with_a_substitution_observed_in_real_misspellings(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("年轻干部要在急难险重任务中脱颖而出。")]
    [InlineData("作风建设要持之以恒，一以贯之。")]
    [InlineData("颍上县推进颍河综合治理，办法新颖。")]
    [InlineData("医疗器械使用单位之间转让器械时，不得转让过期器械。")]
    [InlineData("调研不深入，工作搞得一塌糊涂。")]
    [InlineData("对已经停用的场地做到一次清理、一并处置。")]
    public async Task Does_not_report_the_right_forms_or_places_near_the_observed_substitutions(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("座谈结束后及时整理[|记要|]并报送。")]
    [InlineData("对苗头性问题早提醒、早[|告戒|]。")]
    [InlineData("对典型案例公开[|暴光|]，形成震慑。")]
    [InlineData("不能[|冒然|]决策，须充分论证。")]
    [InlineData("整改工作不能[|担搁|]，限期完成。")]
    [InlineData("严控公务接待[|开消|]。")]
    [InlineData("组织观看警示教育[|记录片|]。")]
    public async Task Reports_misspellings_that_jieba_holds_as_dictionary_words(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("会后及时印发会议纪要。")]
    [InlineData("大家要牢记要求，学习笔记要认真整理。")]
    [InlineData("收录相关资料，摘录相关文件。")]
    [InlineData("对典型案例公开曝光，形成震慑。")]
    [InlineData("严控公务接待开销，做好工作记录。")]
    [InlineData("组织观看警示教育纪录片，做好记录，片区干部参加。")]
    [InlineData("整改工作不能耽搁，不能贸然决策。")]
    public async Task Does_not_report_the_right_forms_or_words_around_them(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("材料写得要[|塌实|]。", "踏实")]
    [InlineData("各项工作[|联贯|]推进。", "连贯")]
    public async Task Reports_old_variants_that_jieba_holds_as_dictionary_words_as_information(string markup, string right)
    {
        await Verifier.VerifyAsync(markup);
        var (text, _) = Testing.TestMarkup.Parse(markup);
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync(text)).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(right, diagnostic.Fix!.Changes[0].NewText);
    }

    [Theory]
    [InlineData("不断提升企业核心[|竟争力|]。")]
    [InlineData("基层党组织是[|执政堂|]全部工作和战斗力的基础。")]
    [InlineData("党员干部奋战在抗洪[|第一弦|]。")]
    [InlineData("各村[|通汛员|]及时上报雨情。")]
    public async Task Reports_rare_three_character_dictionary_words_one_character_from_a_common_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("不断提升企业核心竞争力，奋战在抗洪第一线。")]
    [InlineData("教与学两方面同步改进，课堂质量稳步提高。")]
    [InlineData("营造法治化营商环境，推行网格化管理。")]
    [InlineData("打造15分钟便民生活圈，问题多得数不清。")]
    [InlineData("各村通讯员及时上报雨情。")]
    public async Task Does_not_report_three_character_words_written_right(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Offers_the_common_word_as_an_unsafe_fix_for_a_rare_three_character_word()
    {
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("不断提升企业核心竟争力。")).Diagnostics);
        Assert.Equal("“竟争力”疑为“竞争力”之误。", diagnostic.Message);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("竞争力", diagnostic.Fix.Changes[0].NewText);
    }

    [Fact]
    public async Task Offers_the_idiom_as_an_unsafe_fix_and_names_it_in_the_message()
    {
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("整改工作不能半涂而废。")).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("“半涂而废”疑为成语“半途而废”之误。", diagnostic.Message);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("半途而废", diagnostic.Fix.Changes[0].NewText);
    }

    [Fact]
    public async Task Reports_miswritten_word_as_warning_with_message_naming_both_forms()
    {
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("钢性纪律必须严格执行。")).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("“钢性”疑为“刚性”之误。", diagnostic.Message);
        Assert.Equal("改为“刚性”", diagnostic.Fix!.Title);
    }

    [Fact]
    public async Task Offers_convention_pairs_that_depend_on_meaning_as_unsafe_information()
    {
        await Verifier.VerifyAsync("班子集体[|做出|]决定，及时向上级报告。");
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("班子集体做出决定，及时向上级报告。")).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("作出", diagnostic.Fix.Changes[0].NewText);
    }

    [Fact]
    public async Task Explains_the_context_in_the_message()
    {
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("截止目前，已完成整改12项。")).Diagnostics);
        Assert.StartsWith("“截止”疑为“截至”之误。", diagnostic.Message);
        Assert.Contains("截至", diagnostic.Message[10..]);
    }

    [Fact]
    public async Task Fixes_every_safe_pair_and_leaves_nothing_to_fix() =>
        await Verifier.VerifyFixAsync(
            "[|钢性|]纪律执行不严，对上级[|布署|]落实不力，[|截止|]目前仍有3项未完成。",
            "刚性纪律执行不严，对上级部署落实不力，截至目前仍有3项未完成。");

    [Fact]
    public async Task Fix_is_idempotent()
    {
        const string corrected = "要合理安排时间，再接再厉，一如既往。";
        await Verifier.VerifyFixAsync("要合理[|按排|]时间，[|再接再励|]，[|一如继往|]。", corrected);
        Assert.Empty((await Verifier.AnalyzeAsync(corrected)).Diagnostics);
    }

    [Fact]
    public async Task Does_not_apply_unsafe_fixes() =>
        await Verifier.VerifyFixAsync("镇党委[|做出|]决定。", "镇党委做出决定。");

    [Fact]
    public async Task Finds_words_at_the_very_start_and_end_of_the_text() =>
        await Verifier.VerifyFixAsync("[|布署|]工作要早，落实要[|按排|]", "部署工作要早，落实要安排");

    [Fact]
    public async Task Keeps_exact_spans_in_text_with_crlf_line_breaks() =>
        await Verifier.VerifyFixAsync(
            "一、存在的问题\r\n（一）[|钢性|]约束不够。\r\n（二）[|布署|]不够细。\r\n",
            "一、存在的问题\r\n（一）刚性约束不够。\r\n（二）部署不够细。\r\n");

    [Fact]
    public async Task Ignore_option_silences_listed_wrong_forms() =>
        await Verifier.VerifyAsync("钢性约束不强，[|其它|]问题另行整改。", o => o.RuleOptions["RL2001"] = new() { ["ignore"] = "钢性" });

    [Fact]
    public async Task Extra_option_adds_pairs() =>
        await Verifier.VerifyFixAsync("我们要提高[|政置|]站位。", "我们要提高政治站位。",
            o => o.RuleOptions["RL2001"] = new() { ["extra"] = "政置=政治" });

    [Fact]
    public async Task Extra_pairs_of_one_and_of_two_characters_sharing_a_first_character_are_both_found() =>
        await Verifier.VerifyAsync("个别干部[|渉|]嫌违规，[|渉及|]多个方面。",
            o => o.RuleOptions["RL2001"] = new() { ["extra"] = "渉=涉;渉及=涉及" });

    [Fact]
    public async Task Every_unconditional_pair_of_the_table_is_found_on_its_own()
    {
        var rows = RuleData.ReadTable("confusables.tsv");
        Assert.True(rows.Count >= 300, $"only {rows.Count} pairs");
        var missed = new List<string>();
        foreach (var row in rows.Where(r => r[5].Length == 0))
        {
            var diagnostics = (await Verifier.AnalyzeAsync(row[0])).Diagnostics;
            if (diagnostics is not [{ Fix: { } fix }] || fix.Changes[0].NewText != row[1]) missed.Add(row[0]);
        }
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("少数干部存在[|浮燥|]情绪，学习满足于一知半解。")]
    [InlineData("村两委与合作社[|各行其事|]，工作合力不强。")]
    [InlineData("对信访积案[|跟综|]督办不够，个别问题反复出现。")]
    [InlineData("在[|通迅|]群组中转发未经核实的信息。")]
    [InlineData("对重大项目[|谋化|]不深，前期论证不充分。")]
    [InlineData("参加专题培训后大家都[|收益非浅|]。")]
    public async Task Reports_common_misspellings_that_are_words_of_the_dictionary_or_hmm_guesses(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("把准新时代[|脉博|]不够，调查研究不深入。")]
    [InlineData("对基层群众的[|脉博|]把得不准。")]
    public async Task Reports_a_misspelling_whose_first_character_jieba_glued_to_the_word_before(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("少数干部心浮气躁，学习满足于一知半解。")]
    [InlineData("村两委与合作社各司其职、各行其是的问题已经解决。")]
    [InlineData("对信访积案跟踪督办，综合施策化解矛盾。")]
    [InlineData("在通讯群组中转发信息，迅速传达会议精神。")]
    [InlineData("对重大项目谋划不深，化解风险能力不足。")]
    [InlineData("参加专题培训后大家都受益匪浅，收益分配方案也已公开。")]
    [InlineData("把准新时代脉搏，博采众长推动工作。")]
    [InlineData("中华文化一脉相承、博大精深。")]
    public async Task Does_not_report_the_correct_words_or_their_neighbours(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("干水利[|必需|]首先讲政治。")]
    [InlineData("党员干部[|必需|]切实履行管党治党责任。")]
    [InlineData("每名党员[|必需|]自觉接受组织监督。")]
    public async Task Reports_bixu_before_an_adverb_of_a_verb_phrase(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这些物资是防汛必需的，首先要保障供应。")]
    [InlineData("为群众备齐生活必需品，切实保障基本生活。")]
    [InlineData("资金是项目建设所必需，自觉接受审计监督。")]
    public async Task Does_not_report_bixu_as_an_adjective_before_a_clause(string markup) => await Verifier.VerifyAsync(markup);
    [Theory]
    [InlineData("老旧小区加装电梯进展缓慢，居民[|反应|]强烈。")]
    [InlineData("对职工[|反应|]集中的食堂问题，已责成专人整改。")]
    [InlineData("群众[|反应|]突出的噪声扰民问题仍未彻底解决。")]
    public async Task Reports_fanying_when_people_voice_complaints_strongly(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("实验中出现了剧烈的化学反应，所幸无人受伤。")]
    [InlineData("应急队伍反应迅速，十分钟内到达现场。")]
    [InlineData("完善应急反应机制，提高突发事件处置能力。")]
    [InlineData("群众反映强烈的问题已全部办结。")]
    [InlineData("新政策出台后市场反应强烈，订单明显增加。")]
    [InlineData("部分患者用药后反应较大，已及时调整方案。")]
    public async Task Does_not_report_fanying_as_a_reaction(string text) => await Verifier.VerifyAsync(text);
    [Theory]
    [InlineData("按时足额发放[|扶恤金|]，做好优抚对象服务。")]
    [InlineData("组织[|志原者|]开展义务植树活动。")]
    [InlineData("为[|残急人|]办理补贴。")]
    [InlineData("组建党员[|先峰队|]参与防汛。")]
    public async Task Reports_three_characters_outside_the_dictionary_one_character_from_a_word_of_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("做好退役军人抚恤金发放工作。")]
    [InlineData("组织志愿者开展义务植树活动。")]
    [InlineData("为残疾人办理补贴，组建党员先锋队。")]
    [InlineData("工作是干出来的，不是喊出来的。")]
    [InlineData("王建华同志任村党支部书记。")]
    [InlineData("推进老旧小区改造和加装电梯工作。")]
    public async Task Does_not_report_the_words_or_common_words_side_by_side(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Offers_the_dictionary_word_as_an_unsafe_fix_for_three_characters_outside_the_dictionary()
    {
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("按时足额发放扶恤金。")).Diagnostics);
        Assert.Equal("“扶恤金”疑为“抚恤金”之误。", diagnostic.Message);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("抚恤金", diagnostic.Fix.Changes[0].NewText);
    }

    [Theory]
    [InlineData("深入[|挖崛|]红色资源，讲好党的故事。")]
    [InlineData("汛前完成河道[|疏竣|]，清除淤泥两千余方。")]
    [InlineData("依法[|取谛|]占道经营的流动摊点。")]
    [InlineData("推动革命老区[|涣发|]新的生机。")]
    [InlineData("作风建设不可能[|一簇而就|]，必须久久为功。")]
    public async Task Reports_two_characters_outside_the_dictionary_one_same_syllable_character_from_a_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("何伟同志任村党支部书记，负责全面工作。")]
    [InlineData("由村委会副主任王何伟负责联络。")]
    [InlineData("深入挖掘红色资源，讲好党的故事。")]
    [InlineData("汛前完成河道疏浚，依法取缔占道经营。")]
    [InlineData("坚持常态化疫情防控，巩固抗疫成果。")]
    [InlineData("少年逞才使气，终究难成大器。")]
    [InlineData("展出古今书画真赝作品一百余件。")]
    [InlineData("这匹小驹刚满周岁。")]
    [InlineData("入耳悦心的好故事。")]
    [InlineData("引导党员学纪知纪明纪守纪。")]
    [InlineData("推行“网格+警格”融合治理，扩大老年助餐服务。")]
    [InlineData("对深基坑等危大工程实行清单化管理，坚持以改促效。")]
    [InlineData("推动一企一策落实落地，结合青杠实际开展研讨。")]
    [InlineData("给这盆花浇点水。")]
    [InlineData("俯身谛听群众心声，学会鉴别赝品。")]
    [InlineData("作风建设不可能一蹴而就，全体党员要勠力同心。")]
    public async Task Does_not_report_names_literary_words_new_words_or_loose_pairs(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("及时[|调拯|]工作思路，推动任务落地。")]
    [InlineData("严格落实集体[|诀策|]制度。")]
    [InlineData("持续加强基层党组织[|键设|]，提升组织力。")]
    [InlineData("带动村里的[|铲业|]发展，群众增收。")]
    [InlineData("有效[|区芬|]一般问题和违纪问题。")]
    [InlineData("不断提高为民服务[|水评|]。")]
    [InlineData("统筹用好各类[|姿源|]，形成工作合力。")]
    public async Task Reports_a_bound_character_written_for_a_common_one_of_the_same_syllable_and_tone(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("坚决防止[|拖歉|]农民工工资问题发生。", "拖歉")]
    [InlineData("依规[|惩诫|]失职失责行为，压实主体责任。", "惩诫")]
    [InlineData("必须坚决[|悍卫|]宪法权威。", "悍卫")]
    public async Task Reports_same_tone_slips_without_their_table_rows(string markup, string row) =>
        await Verifier.VerifyAsync(markup, o => o.RuleOptions["RL2001"] = new() { ["ignore"] = row });

    [Theory]
    [InlineData("铸牢中华民族共同体意识，做好民族团结进步工作。")]
    [InlineData("个别项目可研报告对市场需求测算偏乐观。")]
    [InlineData("北部禁牧区偷牧、夜牧问题时有发生。")]
    [InlineData("陈规陋习太多，自缚手脚。")]
    [InlineData("上海市虹口区嘉兴路街道虹叶居民区党总支书记。")]
    [InlineData("联合摄制了专题电视片《枫骨中华魂》。")]
    [InlineData("西安市鄠邑区蒋村街道办事处。")]
    [InlineData("对水体中总汞含量开展监测。")]
    [InlineData("依规惩戒失职失责行为，坚决防止拖欠农民工工资，坚决捍卫宪法权威。")]
    [InlineData("不断提高为民服务水平，统筹用好各类资源。")]
    [InlineData("抓好巡察反馈问题整改，开展网评引导。")]
    public async Task Does_not_report_coinages_function_words_rare_words_or_another_tone(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("加强计量器具强检工作，督促企业按期送检。")]
    [InlineData("做好重大兽疫防控，落实强制免疫措施。")]
    [InlineData("深化诉源治理，把矛盾化解在萌芽状态。")]
    [InlineData("推进诉源治理和强检目录管理。")]
    public async Task Does_not_report_official_terms_coined_with_a_productive_character(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Offers_the_same_syllable_word_as_an_unsafe_fix_for_two_characters()
    {
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("深入挖崛红色资源。")).Diagnostics);
        Assert.Equal("“挖崛”疑为“挖掘”之误。", diagnostic.Message);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("挖掘", diagnostic.Fix.Changes[0].NewText);
    }

    [Fact]
    public async Task Reports_two_characters_standing_alone_between_punctuation_as_info()
    {
        var inText = Assert.Single((await Verifier.AnalyzeAsync("深入挖崛红色资源。")).Diagnostics);
        var alone = Assert.Single((await Verifier.AnalyzeAsync("整改事项：挖崛、拖延。")).Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, inText.Severity);
        Assert.Equal(DiagnosticSeverity.Info, alone.Severity);
    }

    [Theory]
    [InlineData("每季度开展一次急救演练，确保各环节[|有条不絮|]。")]
    [InlineData("各项整改工作[|有条不絮|]地推进。")]
    public async Task Reports_an_idiom_slip_in_which_jieba_found_no_word_whatever_the_confusion_tables_hold(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("每季度开展一次急救演练，确保各环节有条不紊。")]
    [InlineData("各项工作有条有理、井然有序。")]
    [InlineData("坚持学思践悟，做到知行合一。")]
    [InlineData("要知责明责、履责尽责。")]
    [InlineData("以案促改、以案促治，推动整改落实。")]
    public async Task Does_not_report_correct_idioms_or_coinages_beside_them(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("个别脱贫户在五年[|过度期|]内因病致困。")]
    [InlineData("设置[|过度期|]，逐步调整帮扶政策。")]
    [InlineData("防止污染向下游[|漫延|]。")]
    [InlineData("让牧民安安心心[|欢渡|]春节。")]
    [InlineData("全面排查更换锈蚀[|伐门|]和老化设备。")]
    [InlineData("存在心存[|饶幸|]的情况。")]
    public async Task Reports_the_misspellings_added_after_held_out_batches_thirty_two_and_three(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("个别脱贫户在五年过渡期内因病致困。")]
    [InlineData("要防止过度期待带来的失望情绪。")]
    [InlineData("防止污染向下游蔓延，漫山遍野开满野花。")]
    [InlineData("让牧民欢度春节，渡过难关。")]
    [InlineData("全面排查更换锈蚀阀门，严禁乱砍滥伐。")]
    [InlineData("不能心存侥幸，也不能饶恕违纪行为。")]
    public async Task Does_not_report_the_correct_forms_of_those_misspellings(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对收集到的意见建议逐条[|疏理|]，形成问题清单。")]
    [InlineData("与相关部门的[|勾通|]协调不够顺畅。")]
    [InlineData("服务态度仍被群众[|垢病|]。")]
    [InlineData("报送材料出现数据[|披漏|]。")]
    [InlineData("个别项目在[|策化|]阶段论证不充分。")]
    [InlineData("集中整治群众反映强烈的顽瘴[|固疾|]。")]
    [InlineData("及时回应群众的合理[|述求|]。")]
    [InlineData("为乡村振兴[|擎画|]新蓝图。")]
    [InlineData("窗口服务不够[|妥贴|]。")]
    public async Task Reports_the_two_character_misspellings_added_after_held_out_batches_thirty_four_to_seven(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对收集到的意见建议逐条梳理，形成问题清单。")]
    [InlineData("组织力量疏理河道，清除淤泥。")]
    [InlineData("与相关部门的沟通协调不够顺畅。")]
    [InlineData("严防内外勾通、串通作案。")]
    [InlineData("服务态度仍被群众诟病，污垢病菌要及时清理。")]
    [InlineData("报送材料出现数据纰漏，已披露整改情况。")]
    [InlineData("个别项目在策划阶段论证不充分，推进城镇化进程。")]
    [InlineData("精准施策化解风险，对策化为行动。")]
    [InlineData("集中整治顽瘴痼疾，巩固疾病防控成果。")]
    [InlineData("及时回应群众的合理诉求，讲述求学经历。")]
    [InlineData("为乡村振兴擘画新蓝图，擎起发展旗帜。")]
    [InlineData("窗口服务安排妥帖。")]
    public async Task Does_not_report_the_correct_forms_of_the_two_character_misspellings_or_their_neighbours(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("基层[|调节|]矛盾纠纷的方法比较简单。")]
    [InlineData("及时[|调节|]邻里纠纷。")]
    [InlineData("依法[|调节|]劳动争议。")]
    [InlineData("我们[|必需|]清醒认识到任务的艰巨性。")]
    public async Task Reports_adjust_for_mediate_before_disputes_and_necessary_for_must_before_recognising(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("基层调解矛盾纠纷的方法比较简单。")]
    [InlineData("发挥税收调节收入分配的作用。")]
    [InlineData("调节矛盾心理需要时间。")]
    [InlineData("保障群众生活必需，清醒认识到困难。")]
    [InlineData("储备生活必需品。")]
    [InlineData("这是群众生活所必需的。")]
    public async Task Does_not_report_adjust_or_necessary_in_their_own_senses(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("这项工作[|倍受|]群众关注。")]
    [InlineData("公开[|招骋|]社区工作者。")]
    [InlineData("部门之间[|各自为阵|]，合力不足。")]
    [InlineData("保持[|清政廉洁|]的政治本色。")]
    [InlineData("形成有力[|震摄|]。")]
    [InlineData("坚决[|屏弃|]形式主义做法。")]
    [InlineData("对违纪行为严肃[|惩诫|]。")]
    [InlineData("理清工作[|脉落|]。")]
    [InlineData("对业务知识[|专研|]不深。")]
    [InlineData("坚决防止[|拖歉|]农民工工资。")]
    [InlineData("个别同志[|墨守陈规|]。")]
    [InlineData("推进[|提防|]加固工程。")]
    [InlineData("及时处置天然气[|泄露|]隐患。")]
    [InlineData("严防滥用[|权利|]。")]
    public async Task Reports_the_misspellings_added_after_held_out_batches_thirty_eight_to_forty_one(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这项工作备受群众关注，收益成倍增长。")]
    [InlineData("公开招聘社区工作者。")]
    [InlineData("部门之间各自为政，合力不足。")]
    [InlineData("保持清正廉洁的政治本色。")]
    [InlineData("形成有力震慑，摒弃形式主义做法。")]
    [InlineData("对违纪行为严肃惩戒，理清工作脉络。")]
    [InlineData("对业务知识钻研不深，专门研究政策。")]
    [InlineData("坚决防止拖欠农民工工资，个别同志墨守成规。")]
    [InlineData("推进堤防加固工程，时刻提防风险。")]
    [InlineData("严防泄露国家秘密，及时处置燃气泄漏隐患。")]
    [InlineData("严防滥用权力，依法维护群众合法权利。")]
    [InlineData("要提防各种风险隐患。")]
    [InlineData("切实保障群众的知情权利。")]
    [InlineData("防止个人信息泄露。")]
    public async Task Does_not_report_the_correct_forms_of_the_misspellings_added_after_held_out_batches_thirty_eight_to_forty_one(string text) => await Verifier.VerifyAsync(text);
}
