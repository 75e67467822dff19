using ReviewLint.Diagnostics;
using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Repetition.RepeatedCharacterAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Repetition;

public class RepeatedCharacterAnalyzerTests
{
    [Theory]
    [InlineData("班子成员之间相互批评[|还还|]不够大胆。")]
    [InlineData("切实履行支部书记[|的的|]第一责任。")]
    [InlineData("支部集中开展[|了了|]三次专题学习。")]
    [InlineData("全体党员[|要要|]坚持学思用贯通。")]
    [InlineData("我[|们们|]要把问题找准、把根源挖深。")]
    [InlineData("请各位同志[|们们|]对照检查。")]
    [InlineData("着力转变工[|作作作|]风，提高办事效率。")]
    [InlineData("[|层层层|]落实责任，压实工作链条。")]
    [InlineData("支部成员对新思想学得不深，[|各各|]自为战的现象仍然存在。")]
    [InlineData("对群众反映的问题，[|这这|]样的处理方式显然不妥。")]
    [InlineData("平时忙于事务，学习时间显[|得得|]不够充足。")]
    [InlineData("要把村“两委”班子建[|强强|]，做到立行立[|改改|]。")]
    public async Task Reports_a_character_typed_twice(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("学习[|了了|]解情况多、研究对策少。")]
    [InlineData("班子调研[|了了|]解基层诉求的次数不多。")]
    [InlineData("支部听取[|了了|]解到的群众意见。")]
    public async Task Reports_le_typed_again_before_a_word_starting_with_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("为了了解基层实情，班子成员分片包村。")]
    [InlineData("除了了解情况，还要研究对策。")]
    [InlineData("对群众反映的问题不能不了了之。")]
    [InlineData("支部学习了解放思想的重要论述。")]
    public async Task Does_not_report_le_look_alikes(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("每月第二周周四固定为支部学习日。")]
    [InlineData("每月最后一周周五下午集中学习。")]
    [InlineData("第一年年底完成全部整改任务。")]
    [InlineData("第三周周一召开支部委员会。")]
    public async Task Does_not_report_a_measure_word_before_a_word_starting_with_it(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("[|我们我们|]要坚持问题导向。")]
    [InlineData("要[|不断不断|]加强理论武装。")]
    [InlineData("进一步完善[|产业链产业链|]条，壮大村集体经济。")]
    [InlineData("对照检查中，思想上的[|转变转变|]还不够彻底。")]
    [InlineData("要[|加快加快|]推进乡村振兴。")]
    [InlineData("对物资采购等关键环节[|加强加强|]监督。")]
    [InlineData("要[|落实落实|]好各项整改任务。")]
    public async Task Reports_a_word_typed_twice(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("反映出服务意识还需[|提升提升|]。")]
    [InlineData("干部队伍能力素质有待[|提高提高|]。")]
    [InlineData("考核评价机制还要进一步[|完善完善|]。")]
    [InlineData("整改工作作风还不够[|扎实扎实|]。")]
    [InlineData("对待群众来信不够[|认真认真|]。")]
    public async Task Reports_a_common_report_word_typed_twice_at_the_end_of_a_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("周末带孩子出去活动活动，比较比较各家的价格。")]
    [InlineData("班子成员要认认真真学习，扎扎实实整改。")]
    [InlineData("要提升服务水平，提高办事效率。")]
    [InlineData("请大家研究研究，商量商量再定。")]
    public async Task Does_not_report_reduplicating_verbs_or_aabb_forms_of_report_words(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public void No_word_is_both_non_reduplicating_and_listed_as_an_abab_reduplication()
    {
        var nonReduplicating = RuleData.ReadTable("repeat-function-words.tsv").Where(r => r[1] == "不叠词").Select(r => r[0]).ToHashSet();
        var listed = RuleData.ReadTable("reduplication.tsv").Select(r => r[0])
            .Where(w => w.Length % 2 == 0 && w[..(w.Length / 2)] == w[(w.Length / 2)..] && nonReduplicating.Contains(w[..(w.Length / 2)]));
        Assert.Empty(listed);
    }

    [Theory]
    [InlineData("班子成员实行项目包联制度，天天盯进度、周周抓调度。")]
    [InlineData("班子成员实行项目包联制度，周周抓调度、季季有分析。")]
    [InlineData("资金收支笔笔有台账，夜夜有人值守，期期不落。")]
    [InlineData("远程培训门门必修，顿顿有人盯餐。")]
    public async Task Does_not_report_time_nouns_and_measure_words_reduplicated_as_every(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("推行“党员教师讲党课”，[|要|]要求每名党员每学期讲一次微党课。")]
    [InlineData("建立整改台账；[|要|]要求各支部每月报送进度。")]
    [InlineData("[|要|]要求班子成员带头落实。")]
    public async Task Reports_a_stray_modal_yao_before_yaoqiu(string markup) => await Verifier.VerifyAsync(markup.Replace("[|要|]要", "[|要要|]"));

    [Theory]
    [InlineData("保持定力，我们要要求自己更严一些。")]
    [InlineData("要加强学习，要要求自己学深一层。")]
    [InlineData("对党员要要求严格，对群众要服务热情。")]
    [InlineData("一要强化理论武装，二要要求党员带头。")]
    [InlineData("班子还要要求各支部按月报送。")]
    [InlineData("要求每名党员每学期讲一次微党课。")]
    public async Task Does_not_report_modal_yao_before_yaoqiu(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对上级精神贯彻[|落实落实|]到具体工作中还有差距。")]
    [InlineData("班子成员要全面[|加强加强|]理论学习。")]
    [InlineData("要把整改任务[|推进推进|]到位。")]
    public async Task Reports_a_word_typed_again_after_a_longer_word_ending_in_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对上级精神贯彻落实到具体工作中还有差距。")]
    [InlineData("组织党员认真研究研究，拿出办法。")]
    [InlineData("把学习贯彻落实党的二十大精神作为首要任务。")]
    [InlineData("抓好整改落实，落实整改责任。")]
    [InlineData("加强基层组织建设，建设坚强战斗堡垒。")]
    [InlineData("加强监督、加强管理，推动各项措施落实落地。")]
    [InlineData("坚持推进改革，推进推广新技术，提高提取效率。")]
    public async Task Does_not_report_look_alikes_of_a_word_typed_again(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("会上，[|王建国王建国|]同志作了表态发言。")]
    [InlineData("[|这项工作这项工作|]要抓紧落实。")]
    [InlineData("支部要[|坚持以人民坚持以人民|]为中心的发展思想。")]
    public async Task Reports_a_stretch_of_characters_typed_twice(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("喜马拉雅山很高很高，山下的帐篷很小很小。")]
    [InlineData("跑着跑着就到了村口，大家一口一口地吃饭。")]
    [InlineData("大家一天一天进步，一年一年成长。")]
    [InlineData("咚咚锵咚咚锵，锣鼓喧天。")]
    public async Task Does_not_report_emphatic_stretches(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("工作中遇[|到到|]困难就退缩。", "工作中遇到困难就退缩。")]
    [InlineData("比其[|他他|]支部差一些。", "比其他支部差一些。")]
    [InlineData("有的干部一年也到不[|了了|]偏远农户家中。", "有的干部一年也到不了偏远农户家中。")]
    public async Task Reports_a_function_character_repeated_after_a_word_ending_in_it(string markup, string corrected) =>
        await Verifier.VerifyFixAsync(markup, corrected);

    [Theory]
    [InlineData("这不[|利利|]于班子团结。")]
    [InlineData("要把整改措施落[|实实|]到每一个支部。")]
    [InlineData("要严格控制第四[|季季|]度的会议数量。")]
    [InlineData("有的同志对理论学习的重[|要要|]性认识不足。")]
    [InlineData("要坚决克服形式主义、官[|僚僚|]主义。")]
    public async Task Reports_a_double_split_between_two_words_when_one_copy_reads_likelier(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("会[|后后|]，支部及时通报了整改情况。")]
    [InlineData("对照检查材料要在会[|前前|]征求意见。")]
    [InlineData("支部委员会[|同同|]县委组织部沟通。")]
    [InlineData("要把这件事作为当[|务务|]之急，各支部要各[|具具|]特色。")]
    public async Task Reports_a_content_character_double_glued_into_one_guessed_token(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("要进一步[|推推|]动重点工作落实。")]
    [InlineData("要抓好[|落落|]实，确保整改见效。")]
    [InlineData("切实[|推推|]动高质量发展。")]
    [InlineData("密切联系[|群群|]众，倾听基层呼声。")]
    public async Task Reports_the_first_character_of_a_word_typed_twice(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("要完善制[|度度|]的执行机制。")]
    [InlineData("工作态[|度度|]的问题要引起重视。")]
    [InlineData("加大执纪力[|度度|]的同时，加强教育引导。")]
    [InlineData("这是提高群众满意[|度度|]的关键。")]
    public async Task Reports_the_last_character_of_a_word_typed_twice_before_de(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对[|于于|]群众反映的问题，支部逐项整改。")]
    [InlineData("党员、干部以[|及及|]入党积极分子参加学习。")]
    [InlineData("一[|些些|]党员理论学习不够深入。")]
    [InlineData("工作作风有[|所所|]好转。")]
    public async Task Reports_a_function_character_that_never_follows_a_word_ending_in_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("大家一起帮帮忙，把活干完。")]
    [InlineData("晚饭后出去散散步，周末在家看看书。")]
    [InlineData("给那棵花剪剪枝，回来再接着写。")]
    [InlineData("他把门推推，没有推开。")]
    [InlineData("公鸡吃得饱饱的，挺着胸脯。")]
    [InlineData("这个制度的执行还不够好，态度端正。")]
    [InlineData("在工作作交流发言时，大家积极踊跃。")]
    [InlineData("要在全体党员大会上就本支部工作作报告。")]
    [InlineData("各支部书记结合分管工作作表态发言。")]
    [InlineData("每次由一名班子成员结合分管工作作研讨发言。")]
    [InlineData("各科室负责人结合本职工作作专题报告。")]
    [InlineData("围绕年度重点工作作书面说明。")]
    [InlineData("对群众诉求以及及时回应的情况进行通报。")]
    [InlineData("他出任历史研究所所长，负责派出所所在地的协调。")]
    [InlineData("个子高高的，眼睛大大的。")]
    public async Task Does_not_report_verb_reduplication_abb_adjectives_or_a_light_verb_after_a_word_ending_in_it(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("支部没[|有有|]按时开展组织生活，他拥[|有有|]丰富的基层工作经验。")]
    [InlineData("为[|此此|]，支部制定了整改方案。")]
    [InlineData("要把问题清单交[|给给|]每一位班子成员。")]
    [InlineData("要保[|卫卫|]国家安全，与兄弟单位合[|作作|]出版学习读本。")]
    public async Task Reports_a_word_then_its_last_character_alone(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这是全国国防教育基地，要实现现代化，提高全国国民素质。")]
    [InlineData("中国国际贸易促进会和美国国会代表团参加。")]
    [InlineData("所有有关材料要及时归档，没有有效措施的要补上。")]
    [InlineData("其中中共党员十二名，尤其其中的老党员表现突出。")]
    [InlineData("因此此次会议非常重要，要把材料交给给予帮助的同志。")]
    [InlineData("在座的同志们都有有益的建议。")]
    public async Task Does_not_report_a_word_then_a_word_starting_with_its_last_character(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Reports_a_word_then_its_last_character_before_de() =>
        await Verifier.VerifyAsync("这是一次深[|刻刻|]的教训。");

    [Theory]
    [InlineData("电话话费报销要严格审核，西藏藏文古籍得到有效保护。")]
    [InlineData("支部组织党员到水生生物研究所参观。")]
    [InlineData("这是非常常见的问题，要提前印发会议议程。")]
    [InlineData("各项项目要按期完工，要繁荣城市市场和农村市场。")]
    [InlineData("校长长期坚持听课，部长长期深入基层。")]
    [InlineData("办公室主任和团委委员参加会议，委员会会议由书记主持。")]
    [InlineData("单位位于县城东部，党员要发挥先锋模范作用用心服务群众。")]
    [InlineData("他们的经验值得学习习惯养成要从小抓起。")]
    [InlineData("在这些国家中中国的增速最快。")]
    [InlineData("县妇联主席王芳芳、团委书记张晶晶和李婷婷同志参加会议。")]
    [InlineData("驻村第一书记刘莹莹、赵欢欢同志作了发言。")]
    public async Task Does_not_report_two_likely_words_meeting_at_the_double_or_names(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("屋里黑乎乎的，脸蛋红彤彤的，墙壁亮亮的。")]
    [InlineData("我们的任务是发展发展是第一要务。")]
    public async Task Does_not_report_abb_adjectives_or_a_chain_without_its_comma(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("前面的路很长很长，想着想着就明白了。")]
    [InlineData("大家一起研究研究、商量商量，雪白雪白的墙一天一天变旧。")]
    [InlineData("第九十六军军长和法学班班长参加座谈。")]
    [InlineData("学者整理了蒙古史史料。")]
    [InlineData("给那棵花剪剪枝，再浇浇水。")]
    [InlineData("不能满足于开开会、发发文件、填填表格。")]
    [InlineData("有的社区只是开开会、签签字，没有真正解决问题。")]
    [InlineData("这样的日子我受不了了。事情办不了了吧？")]
    [InlineData("他大口大口地喘气，一步一步地往上爬，嘴里说着如何如何。")]
    public async Task Does_not_report_emphatic_or_verb_reduplication_and_unit_titles(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("支部成员常常忙于事务性工作，没能时时处处对标对表。")]
    [InlineData("对学过的知识记得影影绰绰，做到实实在在、认认真真还有差距。")]
    [InlineData("这个问题班子要研究研究，大家都来看看。")]
    [InlineData("走访家家户户，把一个个问题解决好，做到明明白白。")]
    [InlineData("层层落实责任，真正做到红红脸、出出汗。")]
    [InlineData("照照镜子、正正衣冠、洗洗澡、治治病，咬咬耳朵、扯扯袖子。")]
    [InlineData("深入学习习近平新时代中国特色社会主义思想，转变工作作风。")]
    [InlineData("支部部分成员存在畏难情绪，乡镇镇长要带头。")]
    [InlineData("今年年初制定计划，直接接触群众，为了了解实情走村入户。")]
    [InlineData("2025年年初以来开展专题研讨3次，2024年年底前完成整改，连续三天天气晴好。")]
    [InlineData("发展全过程人民民主，坚持方方面面扎扎实实。")]
    [InlineData("古镇镇党委和津市市委的同志来调研。")]
    [InlineData("XX同志、××同志和某某同志参加了会议。")]
    [InlineData("二〇二二年以来，的的确确存在不了了之、是是非非的问题。")]
    [InlineData("列出一条条措施、一项项任务，桩桩件件抓落实。")]
    [InlineData("这样就可以以较低的成本完成任务，实现目的的手段要合法。")]
    [InlineData("要对对象进行分类，关键是是否落实到位。")]
    [InlineData("保持社会稳定和和谐，我们要要求自己更严一些。")]
    [InlineData("县教育局局长、镇党委委员和村委会主任参加会议。")]
    [InlineData("请专家把把关，和群众聊聊天、谈谈心。")]
    [InlineData("日子过得红红火火，事业干得轰轰烈烈。")]
    [InlineData("好好学习，天天向上，人人有责。")]
    [InlineData("默默奉献，步步为营，各项指标节节攀升。")]
    [InlineData("她的耳朵尖尖的，个子高高的。")]
    public async Task Does_not_report_reduplication_word_boundaries_or_names(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Message_quotes_the_double_and_its_correction()
    {
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("班子成员之间相互批评还还不够大胆。")).Diagnostics);
        Assert.Equal("“还还”疑为多打了一个“还”，应为“还”。", diagnostic.Message);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("删去重复的“还”", diagnostic.Fix!.Title);
    }

    [Theory]
    [InlineData("我们们要认真整改。", "“们们”疑为多打了一个“们”，应为“们”。")]
    [InlineData("着力转变工作作作风。", "“作作作”疑为多打了一个“作”，应为“作作”。")]
    [InlineData("还还还不够大胆。", "“还还还”疑为多打了两个“还”，应为“还”。")]
    [InlineData("我们我们要坚持问题导向。", "“我们我们”疑为多打了一遍“我们”，应为“我们”。")]
    public async Task Message_counts_the_extra_copies(string text, string message) =>
        Assert.Equal(message, Assert.Single((await Verifier.AnalyzeAsync(text)).Diagnostics).Message);

    [Fact]
    public async Task Removes_the_extra_copies() =>
        await Verifier.VerifyFixAsync(
            "批评[|还还|]不够大胆，[|我们我们|]要改进，转变工[|作作作|]风，做好[|的的|]工作。",
            "批评还不够大胆，我们要改进，转变工作作风，做好的工作。");

    [Theory]
    [InlineData("对这项工[|作作作|]了安排。", "对这项工作作了安排。")]
    [InlineData("转变工[|作作作|]风。", "转变工作作风。")]
    [InlineData("我们[|还还还|]了账。", "我们还了账。")]
    public async Task Keeps_a_copy_that_is_a_verb_before_an_aspect_particle(string markup, string corrected) =>
        await Verifier.VerifyFixAsync(markup, corrected);

    [Fact]
    public async Task Fix_is_idempotent()
    {
        const string corrected = "我们要层层落实责任。";
        await Verifier.VerifyFixAsync("我[|们们|]要[|层层层|]落实责任。", corrected);
        Assert.Empty((await Verifier.AnalyzeAsync(corrected)).Diagnostics);
    }

    [Fact]
    public async Task Finds_doubles_at_the_very_start_and_end_of_the_text() =>
        await Verifier.VerifyFixAsync("[|在在|]学习中找差距，关键[|在在|]", "在学习中找差距，关键在");

    [Fact]
    public async Task Keeps_exact_spans_in_text_with_crlf_line_breaks() =>
        await Verifier.VerifyFixAsync(
            "二、存在的问题\r\n（一）学习[|还还|]不够深入。\r\n（二）我[|们们|]联系群众不够。\r\n",
            "二、存在的问题\r\n（一）学习还不够深入。\r\n（二）我们联系群众不够。\r\n");

    [Fact]
    public async Task Offers_an_unsafe_fix_for_a_doubled_content_character()
    {
        await Verifier.VerifyAsync("不能把垃圾[|扔扔|]在路边。");
        var diagnostic = Assert.Single((await Verifier.AnalyzeAsync("不能把垃圾扔扔在路边。")).Diagnostics);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("扔", diagnostic.Fix.Changes[0].NewText);
    }

    [Fact]
    public async Task Does_not_report_across_punctuation_or_line_breaks() =>
        await Verifier.VerifyAsync("要抓好工作\n工作要抓好，还，还是要抓好。");

    [Fact]
    public async Task Allow_option_adds_legitimate_words() =>
        await Verifier.VerifyAsync("不能把垃圾扔扔在路边，这是大家[|的的|]责任。", o => o.RuleOptions["RL3001"] = new() { ["allow"] = "扔扔" });

    [Theory]
    [InlineData("审核行政许可事项时[|把把|]关不严，出现多起差错。")]
    [InlineData("部分干部[|把把|]关不细，材料反复退回。")]
    [InlineData("少数党员[|被被|]动应付检查，主动作为不够。")]
    [InlineData("个别项目[|被被|]迫停工后没有及时复工。")]
    [InlineData("两个工作组[|都都|]是上午检查，晚上无人值守。")]
    [InlineData("群众反映的问题[|还还|]是没有解决。")]
    public async Task Reports_a_function_character_before_a_word_that_cannot_follow_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对在建工程开展质量检查，在在建工地设置公示牌。")]
    [InlineData("在在职党员中开展民主评议。")]
    [InlineData("坚持把把握新发展阶段作为首要任务。")]
    [InlineData("要把把手擦干净再交回。")]
    [InlineData("这份方案请专家把把关。")]
    [InlineData("晚上被被子盖住也不觉得冷。")]
    [InlineData("这的的确确是我们的短板。")]
    [InlineData("不少农民工都都市化了。")]
    public async Task Does_not_report_a_function_character_before_a_word_it_may_precede(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("让居民的急事难事件件有回音。")]
    [InlineData("党员反映的大事小事件件有着落。")]
    [InlineData("对账目上的每笔开支笔笔有记录。")]
    public async Task Does_not_report_a_reduplicated_measure_word_after_a_word_ending_in_it(string text) => await Verifier.VerifyAsync(text);

    [Fact]
    public async Task Still_reports_a_measure_word_doubled_after_a_word_ending_in_it() =>
        await Verifier.VerifyAsync("上级下发的文[|件件|]都要及时归档。");

    [Theory]
    [InlineData("对整改不彻底、[|整改整改|]走过场的，严肃追究责任。")]
    [InlineData("支部[|查摆查摆|]问题不够深入。")]
    public async Task Reports_a_doubled_formal_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这个方案大家再研究研究。")]
    [InlineData("会后再讨论讨论具体分工。")]
    public async Task Does_not_report_verbs_that_reduplicate(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("去年审计查出的问题中，[|还还|]有三个没有整改到位。")]
    [InlineData("部分党员[|都都|]要求减少集中学习次数。")]
    [InlineData("问题的根源[|就就|]在于理想信念不够坚定。")]
    public async Task Reports_an_adverb_typed_again_before_its_auxiliary_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("支部还有三个问题没有整改到位。")]
    [InlineData("班子就就业帮扶工作开展了专题调研。")]
    [InlineData("对照问题清单，把原貌还还原给群众。")]
    [InlineData("这样才才能服众的说法并不准确。")]
    public async Task Does_not_report_an_adverb_before_a_word_that_is_no_auxiliary(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对青年教师缺少淳淳教诲，帮带作用发挥不够。")]
    [InlineData("老党员的淳淳教导没有真正入脑入心。")]
    [InlineData("开展库存大清查，做到账账相符、账实相符。")]
    public async Task Does_not_report_a_misspelt_or_fixed_reduplication(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对青年教师缺少[|淳淳|]关心，帮带作用发挥不够。")]
    [InlineData("财务人员对台账管理[|还还|]不够规范。")]
    public async Task Still_reports_a_double_with_no_reduplication_behind_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("督促每[|名名|]党员按时交纳党费。")]
    [InlineData("支部为每[|名名|]干部建立成长档案。")]
    [InlineData("各[|位位|]党员要带头参加志愿服务。")]
    public async Task Reports_a_measure_word_typed_twice_before_a_noun_it_does_not_head(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("医院为每名名老中医建立传承工作室。")]
    [InlineData("学校为每名名师配备两名青年教师。")]
    [InlineData("协会向每名名誉会员寄送年度报告。")]
    [InlineData("一名名党员冲在抗洪一线。")]
    [InlineData("每年年初制定学习计划。")]
    public async Task Does_not_report_a_measure_word_before_a_noun_it_heads(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("少数干部对历史遗留问题[|和和|]稀泥，不敢较真碰硬。")]
    [InlineData("个别股室对群众的难题[|和和|]稀泥、推诿拖延。")]
    public async Task Reports_a_conjunction_typed_again_before_the_only_predicate_of_a_prepositional_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("邻里之间和和气气，家庭和和美美。")]
    [InlineData("促进邻里团结和和谐。")]
    [InlineData("对矛盾调处和和解协议的履行情况跟踪回访。")]
    [InlineData("对各类纠纷的调解和和解工作重视不够。")]
    [InlineData("坚持独立自主和和平共处的原则。")]
    [InlineData("对涉及群众利益的事项与与会代表充分沟通。")]
    public async Task Does_not_report_a_conjunction_before_a_word_it_can_join(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("村里发展特色产业的条件还[|有有|]限；")]
    [InlineData("基层的求助渠道还[|有有|]限。")]
    public async Task Reports_a_verb_ending_in_you_before_an_adjective_that_ends_the_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("解决这类问题目前还有有效的办法。")]
    [InlineData("这些问题都有有效解决的途径。")]
    [InlineData("推进改革还有有利条件。")]
    public async Task Does_not_report_a_verb_ending_in_you_before_an_adjective_that_goes_on(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("家访多[|靠靠|]电话，上门次数少。")]
    [InlineData("部分工作主要[|靠靠|]关系推动。")]
    public async Task Reports_a_verb_doubled_only_at_the_dictionary_floor_before_its_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("驻村工作队员赵欢欢同志作了发言。")]
    [InlineData("请大家散散步、聊聊天。")]
    public async Task Does_not_report_a_given_name_or_a_listed_reduplication_before_a_word(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("加快推[|进进|]医共体信息平台建设。")]
    public async Task Reports_a_last_character_typed_again_and_glued_to_an_unknown_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("读书笔记记了厚厚一本，但联系实际不够。")]
    [InlineData("会议记录记了三页。")]
    public async Task Does_not_report_a_verb_with_le_after_a_noun_ending_in_it(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对会前准备工作作了具体安排。")]
    [InlineData("支部对这项工作作了专题研究。")]
    [InlineData("对整改工作作出具体部署。")]
    [InlineData("把巡察整改工作作为重点。")]
    [InlineData("双方合作作了有益尝试。")]
    public async Task Does_not_report_the_light_verb_zuo_with_le_after_a_verbal_noun_ending_in_it(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("今年产业发[|展展|]了新的领域。")]
    [InlineData("卫生检[|查查|]了三遍。")]
    [InlineData("对这项工[|作作作|]了安排。")]
    public async Task Still_reports_a_double_with_le_after_a_verbal_noun_or_a_tripled_zuo(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("记[|者者|]了解到情况。")]
    [InlineData("这几年产业发[|展展|]了不少。")]
    public async Task Still_reports_a_last_character_typed_again_before_le(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("合作社的品牌建设[|也也|]刚刚起步。")]
    [InlineData("部分干部[|还还|]常常把问题上交。")]
    [InlineData("这类矛盾[|都都|]往往拖到年底解决。")]
    public async Task Reports_an_adverb_typed_twice_before_a_reduplicated_adverb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("他的的确确做到了言行一致。")]
    [InlineData("是是非非要分得清清楚楚。")]
    [InlineData("支部工作实实在在，群众认认真真。")]
    [InlineData("道路上来来往往的车辆多多少少有些超载。")]
    public async Task Does_not_report_aabb_reduplications_of_function_characters(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("末班车收车后还[|要要|]回场站加油。")]
    [InlineData("每次检查都[|要要|]走完全部流程。")]
    public async Task Reports_the_modal_yao_typed_again_before_a_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("我们还要要求自己做到更好。")]
    [InlineData("这些措施还要要素保障跟上。")]
    [InlineData("问题主要要靠制度来解决。")]
    public async Task Does_not_report_a_modal_yao_before_a_word_or_after_a_non_modal(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("防治布病是重点，今年辖区布病病例比上年减少。")]
    [InlineData("落实包保责任，推动包保保障到位。")]
    public async Task Does_not_report_an_unknown_word_the_document_uses_elsewhere_before_a_word_starting_with_its_last_character(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("全旗新发人间布病病例较上年有所增加。")]
    [InlineData("今年禽病病原监测覆盖全部养殖场。")]
    [InlineData("排查牛病病例，做好隔离处置。")]
    public async Task Does_not_report_an_abbreviated_disease_name_before_a_word_headed_by_bing(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("有的同志满足于参加会议、记记笔记，学习不深不透。")]
    [InlineData("学习时只是记记笔记、翻翻文件，没有联系实际。")]
    [InlineData("会上记记要点，会后再整理。")]
    public async Task Does_not_report_ji_reduplicated_before_its_object(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对下属单位报送的材料没有及时[|把把|]关。")]
    [InlineData("对重点工程的质量未[|把把|]关。")]
    [InlineData("对苗头性问题没有及时[|把把|]关、早提醒。")]
    [InlineData("有的同志对发展党员从不认真[|把把|]关。")]
    public async Task Reports_ba_typed_again_before_bagu_under_negation(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("材料报送前，请分管领导把把关。")]
    [InlineData("这件事没有请专家把把关。")]
    [InlineData("会前请老同志再把把关。")]
    [InlineData("不妨请纪检委员帮忙把把关。")]
    [InlineData("没有把把握大局作为首要任务。")]
    public async Task Does_not_report_the_tentative_babaguan_without_a_negation_on_it(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("会议要认真[|记记|]录工作，做到有据可查。")]
    [InlineData("对整改情况[|记记|]载不全。")]
    public async Task Still_reports_ji_typed_again_before_a_word_that_takes_an_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("支部要[|认认|]真对待群众来信。")]
    [InlineData("全旗新发人间布病病例较上年有所增加，那[|盛盛|]开的花。")]
    [InlineData("对患者的[|病病|]情跟踪不够。")]
    public async Task Still_reports_a_copy_glued_to_an_unknown_word_that_is_no_disease_name(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("部分企业[|是是|]否按时报送年报，我们掌握不清。")]
    [InlineData("个别党员[|是是|]否参加组织生活，支部没有登记。")]
    public async Task Reports_shi_typed_again_before_shifou_after_a_partitive_subject(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("检验整改成效的关键是是否解决了群众的急难愁盼。")]
    [InlineData("问题是是否真正落实到位。")]
    [InlineData("衡量标准是是否让群众满意。")]
    public async Task Does_not_report_shi_before_shifou_after_a_topic(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("少数党员作用发挥不明显，[|是是|]否主动担当的意识不强。")]
    [InlineData("[|是是|]否按期整改，要逐项核实。")]
    [InlineData("要看各项任务完成情况；[|是是|]否达到预期，要有评估。")]
    public async Task Reports_shi_typed_again_before_shifou_opening_a_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("检查重点有三个：一是是否按时整改，二是是否建立台账。")]
    [InlineData("评判的标准，关键是是否让群众满意。")]
    [InlineData("我们要问的是，是否真正落实到位。")]
    [InlineData("是否按期整改，要逐项核实。")]
    public async Task Does_not_report_shi_before_shifou_after_a_topic_or_an_ordinal(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("及时上线线上办理、预约挂号等服务。")]
    [InlineData("推动产品上线线上商城，拓宽销售渠道。")]
    [InlineData("组织干部下乡乡下调研，了解实情。")]
    public async Task Does_not_report_two_words_that_are_each_others_reverse(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("推动业务上[|线线|]办理。")]
    [InlineData("要抓好落[|实实|]到位。")]
    [InlineData("风筝越[|飞飞|]越高。")]
    [InlineData("队伍建设边[|干干|]边学。")]
    public async Task Still_reports_a_copy_between_two_words_that_are_not_each_others_reverse(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("偏远乡镇的[|服务服务|]半径过大，农户办贷跑腿多。")]
    [InlineData("窗口的[|服务服务|]态度有待改进。")]
    [InlineData("个别干部的[|工作工作|]作风不实。")]
    [InlineData("支部的[|管理管理|]制度不够健全。")]
    public async Task Reports_a_word_typed_before_its_compound_after_de(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("先研究研究方法，再定方案。")]
    [InlineData("我们的服务服务业企业发展。")]
    [InlineData("要服务、服务态度两手抓。")]
    [InlineData("积极服务服务业企业。")]
    [InlineData("大家一起讨论讨论工作方法。")]
    public async Task Does_not_report_a_verb_before_its_compound_or_a_listed_word(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("个别干部对来访群众[|服务服务|]态度不够热情。")]
    [InlineData("要着力提升[|管理管理|]水平。")]
    public async Task Reports_a_word_typed_before_its_compound_with_a_quality_noun(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("干部的业务水平和[|数据数据|]分析能力得到提升。")]
    public async Task Reports_a_noun_typed_before_its_compound(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("加强数据分析能力建设，用好统计数据。")]
    [InlineData("先研究研究方法，再讨论讨论工作方法。")]
    public async Task Does_not_report_a_noun_beside_its_compound_or_verbs_before_theirs(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("要强化服务意识，提升服务质量。")]
    [InlineData("先研究研究方法，再定方案。")]
    [InlineData("党员服务服务业企业的意识不强。")]
    public async Task Does_not_report_a_compound_whose_head_is_no_quality_noun(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("县自然资源局耕地保护股股长李某某参加了专题学习。")]
    [InlineData("财务股股长对账目逐笔进行了复核。")]
    [InlineData("班子成员每季度结合分管工作作一次交流发言。")]
    [InlineData("支部委员围绕年度工作作两次专题汇报。")]
    [InlineData("医共体建设推进不快。作为县域中医医共体牵头单位，带动作用发挥不足。")]
    [InlineData("班子成员之间开展了谈谈心、交交底的谈心谈话。")]
    [InlineData("支部书记经常与党员交交底、谈谈心。")]
    public async Task Does_not_report_an_office_a_counted_light_verb_a_used_term_or_a_parallel_reduplication(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("结合分管工作一次交流发言都没[|有有|]。")]
    [InlineData("班子成员之间开展了谈心谈话，[|交交|]底不够。")]
    [InlineData("党员服务服务业企业的意识不强，[|还还|]要进一步加强。")]
    public async Task Still_reports_doubles_beside_these_look_alikes(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("今后还[|要要|]进一步压实整改责任。")]
    [InlineData("班子拿出了实实在在[|的的|]工作业绩。")]
    [InlineData("民主生活会上念稿发言[|为为|]主，交流碰撞不够。")]
    [InlineData("遇到矛盾只会[|和和|]稀泥，不敢较真碰硬。")]
    public async Task Reports_a_modal_particle_preposition_or_conjunction_typed_twice_in_context(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("今后还要要求每名党员对照检查。")]
    [InlineData("做好工作主要要靠自身努力。")]
    [InlineData("班子拿出了实实在在的工作业绩。")]
    [InlineData("清清楚楚、明明白白地向群众交底。")]
    [InlineData("不要为为难的事情而退缩。")]
    [InlineData("推进社会和和谐稳定同步发展。")]
    [InlineData("组织学会和和解委员会的同志座谈。")]
    public async Task Does_not_report_look_alikes_of_those_doubles(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("不少教师多年没有下[|过过|]企业，动手能力不强。")]
    [InlineData("个别班子成员一年都没去[|过过|]基层党支部。")]
    [InlineData("有的干部从来没有看[|过过|]群众来信。")]
    public async Task Reports_the_aspect_particle_guo_typed_twice_before_an_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这项制度至今没有通过过审议。")]
    [InlineData("不少教师多年没有下过企业，动手能力不强。")]
    [InlineData("个别班子成员一年都没去过基层党支部。")]
    [InlineData("这些年班子没有经过过这样的考验。")]
    [InlineData("他们从来没有超过过年度指标。")]
    [InlineData("请专家帮我们过过目，把把关。")]
    public async Task Does_not_report_guo_after_a_verb_of_its_own_or_a_single_guo(string text) => await Verifier.VerifyAsync(text);

    /// <summary>存在 and 旨在 take a clause as object, and the clause may open with 在 (存在在被审计单位就餐的情况): no double.</summary>
    [Theory]
    [InlineData("本人对分管工作要求不严，也存在在思想上放松要求的问题。")]
    [InlineData("个别干部存在在基层食堂超标准就餐的情况。")]
    [InlineData("这项改革旨在在全县形成长效机制。")]
    [InlineData("现在在县里工作的同志都参加了培训。")]
    [InlineData("他实在在这里待不下去了。")]
    [InlineData("个别单位存在在职人员长期不在岗的问题。")]
    public async Task Does_not_report_zai_opening_the_clause_object_of_a_verb_ending_in_zai(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("班子将以这次会议为新的起点，[|和和|]衷共济、团结一心，推动工作再上台阶。")]
    [InlineData("[|和和|]衷共济，共克时艰。")]
    [InlineData("全体干部，[|和和|]衷共济，攻坚克难。")]
    public async Task Reports_a_function_character_opening_a_clause_typed_twice_before_an_idiom_starting_with_it(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("坚持发展和和平，推动各项工作。")]
    [InlineData("，以以身作则的精神带动全体党员。")]
    [InlineData("全体党员，和和衷共济的同志们一道攻坚克难。")]
    [InlineData("团结和和衷共济是我们的传统。")]
    [InlineData("班子成员之间要和衷共济、团结一心。")]
    public async Task Does_not_report_a_function_character_before_an_idiom_that_it_governs_or_coordinates(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("今年年中完成中期评估，去年年末启动，每年年终考核，当年年内办结。")]
    [InlineData("财政局今年年中调整预算。")]
    [InlineData("同年年底通过验收，前年年初立项。")]
    public async Task Does_not_report_a_named_year_before_a_part_of_the_year(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("认真落实[|年年|]度工作计划。")]
    public async Task Still_reports_year_typed_twice_without_a_named_year(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("支部把主要精力放[|在在|]教学管理上。")]
    [InlineData("把资金用[|在在|]刀刃上。")]
    [InlineData("全年通过[|网格网格|]员上门走访收集诉求。")]
    public async Task Reports_a_locative_zai_after_a_verb_ending_in_it_and_a_word_before_its_agent_noun(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("现在在京工作的同志，正在在建工地检查。")]
    [InlineData("把主要精力放在教学管理上，落在实处。")]
    [InlineData("全年通过网格员上门走访收集诉求。")]
    [InlineData("加强网格管理，配强网格员队伍。")]
    [InlineData("驾驶员、管理员和工作者参加培训。")]
    public async Task Does_not_report_zai_after_an_adverb_or_a_word_before_another_noun(string text) => await Verifier.VerifyAsync(text);
}
