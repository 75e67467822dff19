using ReviewLint.Analyzers.Wording;
using ReviewLint.Diagnostics;
using Verifier = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Wording.DeDiDeAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Wording;

public class DeDiDeAnalyzerTests
{
    [Theory]
    [InlineData("班子成员要认真[|的|]学习党章党规，做到知行合一。")]
    [InlineData("全体党员要更加自觉[|的|]牢记党的宗旨。")]
    [InlineData("支部将切实[|的|]把整改责任扛在肩上。")]
    [InlineData("个别同志只是简单[|的|]学一学文件原文。")]
    [InlineData("我们要更好[|的|]为辖区居民办实事。")]
    [InlineData("今后要扎扎实实[|的|]推进基层治理工作。")]
    [InlineData("支部坚定不移[|的|]走好群众路线。")]
    [InlineData("关键时刻，党员勇敢[|的|]站了出来。")]
    [InlineData("窗口干部耐心[|的|]解答他们的疑问。")]
    [InlineData("暴雨来临，群众惊慌[|的|]躲在屋里。")]
    public async Task Reports_de_before_a_verb_after_an_adverbial(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("一年来的工作干了不少，但落实[|的|]还不够到位。")]
    [InlineData("对上级精神领会[|的|]不够深刻，学用结合有差距。")]
    [InlineData("联系群众的渠道变[|的|]窄了。")]
    [InlineData("对问题的根源挖[|的|]很深。")]
    [InlineData("对政策理解[|的|]比较透彻，执行却打了折扣。")]
    [InlineData("这项工作做[|的|]好。")]
    public async Task Reports_de_before_a_complement(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("老旧小区改造后没有物业接管，一年后楼道又变[|的|]更加杂乱。")]
    [InlineData("整改以后，办事流程变[|的|]更加繁琐。")]
    public async Task Reports_de_before_a_complement_opened_by_gengjia(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对整改进展缓慢的实行督办，对敷衍整改的严肃问责。")]
    [InlineData("对工作推进迟缓的实行约谈。")]
    [InlineData("学习多是念文件，党员参与讨论的少，照本宣科的多。")]
    [InlineData("在急难险重任务面前主动请缨的少。")]
    [InlineData("为全县高质量发展作出新的更大贡献。")]
    [InlineData("在新的起点上取得新的更大进展。")]
    public async Task Does_not_report_nominal_de_phrases_and_attributes(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对群众耐心[|的|]解答他们的疑问。")]
    [InlineData("对上级精神领会[|的|]不够深刻。")]
    public async Task Reports_adverbial_and_complement_de_after_a_short_object_of_dui(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("各项整改措施落实[|得|]情况要定期通报。")]
    [InlineData("这是全体党员[|得|]政治责任。")]
    [InlineData("群众记住了他[|得|]这份担当。")]
    [InlineData("这是当前[|得|]主要任务。")]
    [InlineData("这里有着乡村[|得|]宁静。")]
    [InlineData("字里行间满是对家乡[|得|]思念。")]
    [InlineData("做好新时代[|地|]群众工作，必须走好群众路线。")]
    [InlineData("坚决维护党中央[|地|]权威。")]
    public async Task Reports_particle_before_a_head_noun(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("要把流失的人才重新找回来[|地|]人，要多办群众期盼[|得|]事。")]
    [InlineData("这是一项涉及群众[|地|]事。")]
    [InlineData("着力营造良好[|得|]行业生态。")]
    [InlineData("加快汇聚具体[|得|]数据资源。")]
    public async Task Reports_particle_before_a_one_character_head_or_a_noun_compound(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("大家慢慢地走，轻轻地说。")]
    [InlineData("累得满头大汗，忙得团团转。")]
    [InlineData("他高兴得手舞足蹈，吓得脸色发白。")]
    [InlineData("我们要拼命地奔跑，不停地学习。")]
    [InlineData("这件事办得好，群众说得对。")]
    [InlineData("要把流失的人才找回来，多办群众期盼的事。")]
    [InlineData("着力营造良好的行业生态，加快汇聚具体的数据资源。")]
    [InlineData("日子过得红火，心里乐得开花。")]
    public async Task Does_not_report_adverbials_complements_or_correct_heads(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("经过半年努力，问题已经[|的|]到解决。")]
    [InlineData("支部今年取[|的|]了明显成效。")]
    [InlineData("我们深入当[|得|]群众家中走访。")]
    [InlineData("他的做法值[|的|]大家学习。")]
    public async Task Reports_a_particle_that_splits_a_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("联系群众的渠道变[|的|]窄了。", "联系群众的渠道变得窄了。")]
    [InlineData("班子成员要主动[|的|]向群众汇报工作。", "班子成员要主动地向群众汇报工作。")]
    public async Task Safe_fix_replaces_the_particle(string markup, string fixedText) => await Verifier.VerifyFixAsync(markup, fixedText);

    [Fact]
    public async Task Uncertain_patterns_offer_only_an_unsafe_fix()
    {
        var result = await Verifier.AnalyzeAsync("班子成员要认真的学习党章党规。");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("地", diagnostic.Fix!.Changes[0].NewText);
        Assert.False(diagnostic.Fix.IsSafe);
        Assert.Equal("adverbial", diagnostic.Properties[DeDiDeAnalyzer.PatternProperty]);
        Assert.Equal("“认真的学习”中的“的”疑为“地”之误：修饰动词的状语后应用“地”。", diagnostic.Message);
    }

    [Fact]
    public async Task A_de_phrase_after_a_pronoun_may_be_a_subject_and_is_reported_as_info()
    {
        var result = await Verifier.AnalyzeAsync("这件事他说的不够准确。");
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(result.Diagnostics).Severity);
    }

    [Theory]
    [InlineData("开展学习的目的在于指导实践。")]
    [InlineData("他的确做了大量工作。")]
    [InlineData("党员学习要有的放矢。")]
    [InlineData("这是每名党员都应牢记的。")]
    [InlineData("重要的是把整改落到实处。")]
    [InlineData("存在不足的有以下几个方面。")]
    public async Task Does_not_report_de_inside_words_or_in_shi_de_and_subject_phrases(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("支部组织党员赴各地参观学习。")]
    [InlineData("班子成员深入实地调研，掌握第一手资料。")]
    [InlineData("依托教育基地开展主题党日活动。")]
    [InlineData("要坚持因地制宜，分类推进乡村振兴。")]
    [InlineData("一块地一块地丈量，确保数据准确。")]
    [InlineData("要恰如其分地评价自己的工作。")]
    [InlineData("全体党员要认真地学习党章党规。")]
    public async Task Does_not_report_di_inside_words_or_correct_adverbials(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("整改工作取得明显成效。")]
    [InlineData("支部先后获得多项荣誉。")]
    [InlineData("他们的经验值得学习借鉴。")]
    [InlineData("大家都记得那次专题学习。")]
    [InlineData("党员交流学习心得体会。")]
    [InlineData("这使得整改工作更加扎实。")]
    [InlineData("这样的机会十分难得。")]
    [InlineData("遇到困难我们不得不调整计划。")]
    [InlineData("这项工作做得还不够好。")]
    [InlineData("让群众得实惠是我们的目标。")]
    [InlineData("做好预算工作归根到底是为了让群众得实惠。")]
    [InlineData("与结对共建的区税务局党支部联合开展主题党日，和挂钩帮扶的县人民医院开展义诊。")]
    public async Task Does_not_report_de_inside_words_or_correct_complements(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("支部开展了深入的调研。")]
    [InlineData("班子进行了认真的学习。")]
    [InlineData("大家形成了认真的学习态度。")]
    [InlineData("他以坚定不移的政治立场对待工作。")]
    [InlineData("这是一个更广泛的开发机构。")]
    [InlineData("党员所说的也是群众的心声。")]
    [InlineData("他击出的球很有力量。")]
    [InlineData("经常遇到自己不懂的专业知识。")]
    [InlineData("我们提出来的四个方面的问题。")]
    [InlineData("着力解决发展的不平衡不充分问题。")]
    [InlineData("干部热情的服务给群众留下好印象。")]
    [InlineData("清晰的思路来自深入的调研。")]
    [InlineData("耐心的解答让群众满意。")]
    public async Task Does_not_report_de_before_verbal_nouns_and_noun_phrases(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("支部进行了深入[|地|]探讨。")]
    [InlineData("班子对反馈问题作出了全面[|地|]分析。")]
    [InlineData("上级对整改工作给予了充分[|地|]肯定。")]
    public async Task Reports_di_before_the_object_of_a_dummy_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("群众盼望[|地|]是实实在在的成效。")]
    [InlineData("这是我们[|地|]责任。")]
    [InlineData("他[|地|]话让大家很受触动。")]
    [InlineData("群众反映，他们[|地|]每一条意见都得到了答复。")]
    [InlineData("这份材料是支部[|地|]第三份整改报告。")]
    [InlineData("全镇有丰富[|地|]红色资源。")]
    [InlineData("会议结束[|地|]时候，大家仍在讨论。")]
    [InlineData("要减少对土地财政[|地|]依赖。")]
    [InlineData("他[|地|]发言很有分量。")]
    public async Task Reports_di_before_a_noun_or_shi(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("党员要认真[|得|]向群众学习。")]
    [InlineData("班子成员要积极[|得|]为群众办实事。")]
    [InlineData("支部一丝不苟[|得|]落实了各项要求。")]
    public async Task Reports_de_for_di_before_a_verb_after_an_adverbial(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这项工作做[|地|]很好。")]
    [InlineData("联系群众的渠道变[|地|]窄了。")]
    public async Task Reports_di_before_a_complement(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这份荣誉是全体党员[|得|]。")]
    [InlineData("这些成绩是全体党员[|地|]，不是哪一个人的。")]
    public async Task Reports_di_or_de_closing_a_clause_after_a_noun_or_adjective(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("支部今年赢[|地|]了群众的信任。")]
    [InlineData("党员干部不[|的|]违反廉洁纪律。")]
    [InlineData("要守住耕[|的|]红线。")]
    [InlineData("要加强对重点[|的|]区的排查。")]
    public async Task Reports_a_particle_glued_to_or_split_from_a_bound_character(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这块地是村集体的。")]
    [InlineData("民兵训练营地已经建成。")]
    [InlineData("他高兴得跳了起来。")]
    [InlineData("这件事办得很好。")]
    [InlineData("大家深入地探讨了整改措施。")]
    [InlineData("支部认真地进行了复核。")]
    [InlineData("慢慢地，大家都明白了这个道理。")]
    [InlineData("他说得对。")]
    [InlineData("我们的球还缺少变化。")]
    [InlineData("要超常规地、跨越式地推进发展。")]
    [InlineData("这些都是大家不懂的问题。")]
    [InlineData("这些顺口溜土得掉渣，却很受欢迎。")]
    [InlineData("党员要认真地向群众学习。")]
    [InlineData("他激动得说不出话来。")]
    [InlineData("全村耕地面积保持稳定。")]
    [InlineData("个别企业曾非法地利用他人的数据。")]
    [InlineData("他们地毯式排查了安全隐患。")]
    [InlineData("大家自觉地为群众办实事。")]
    [InlineData("他得去村里核实情况。")]
    [InlineData("这种看似简单的做法，效果却很好。")]
    [InlineData("他心得满满，收获很大。")]
    [InlineData("改革有序地推进。")]
    [InlineData("这些数据有力地表明，整改见到了实效。")]
    [InlineData("干部吓得不敢说话。")]
    [InlineData("群众的日子过得红火。")]
    [InlineData("大家生活得幸福。")]
    public async Task Does_not_report_look_alike_correct_particles(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("群众反映强烈，班子研究解决[|的|]不够及时。")]
    [InlineData("随着新区建设推进，群众诉求变[|的|]更加多元，班子研究不深。")]
    [InlineData("二是河道问题治理抓[|的|]不紧，部分乡镇整改缓慢。")]
    [InlineData("三是欠款清收做[|的|]不够，历史欠账仍然较多。")]
    [InlineData("对此项工作重视[|的|]不够。")]
    public async Task Reports_de_before_a_complement_whatever_dict_tags_the_predicate(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("在急难险重任务面前主动站出来的不多；对青年党员的培养不够。")]
    [InlineData("会上主动发言的很少，多数人照着稿子念。")]
    [InlineData("我们所做的不够，群众还有期待。")]
    [InlineData("群众反映的不够及时的问题已经整改。")]
    [InlineData("这是一种更加多元的发展格局。")]
    [InlineData("对年轻干部的培养抓得不紧。")]
    public async Task Does_not_report_quantity_de_phrases_or_attributes_before_complement_words(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对新课程改革开展了深入[|地|]调研却没有形成方案。")]
    [InlineData("对基层减负问题进行了深入[|地|]研究但成效不明显。")]
    public async Task Reports_di_before_a_verbal_noun_object_followed_by_an_adverb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("班子围绕党的创新理论，进行了认真的学习研讨。")]
    [InlineData("支部开展了深入的调查研究，形成了报告。")]
    [InlineData("对照上级明确的检视重点，班子逐条查摆问题。")]
    [InlineData("按照上级明确的工作要求，班子逐项抓好落实。")]
    [InlineData("对新课程改革开展了深入的调研却没有形成方案。")]
    [InlineData("大家要深入地调研，再拿出方案。")]
    public async Task Does_not_report_noun_phrase_objects_and_attributes_before_a_noun_phrase(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("我将认真对照存在的不足，虚心接受大家的批评。")]
    [InlineData("总结一年来乡村振兴取得的成效，查找存在的短板。")]
    [InlineData("班子对照先进找到的差距，逐条制定措施。")]
    [InlineData("组织志愿者清理楼道杂物和私种菜地；对路灯进行检修。")]
    public async Task Does_not_report_de_before_nouns_tagged_adjective_or_the_noun_di(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("这项工作做[|的|]不够，群众仍有意见。")]
    [InlineData("这份荣誉是全体党员[|得|]。")]
    [InlineData("整改后性质变易[|地|]。")]
    public async Task Still_reports_look_alikes_of_those_nouns(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("班子成员要有效[|的|]化解矛盾纠纷。")]
    [InlineData("我们要坚决[|的|]贯彻落实上级部署。")]
    [InlineData("对照检查要实事求是[|的|]查找问题。")]
    [InlineData("各支部应当认真[|的|]查找问题。")]
    [InlineData("要持续[|的|]推进作风建设。")]
    [InlineData("个别同志没有自觉[|的|]把学习作为政治责任。")]
    public async Task Reports_de_before_a_verb_phrase_after_a_modal_and_a_modifier(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("一些支部没有具体的落实措施。")]
    [InlineData("要建立完善的考核评价机制。")]
    [InlineData("要把成熟的管理经验推广开来。")]
    [InlineData("全县经济保持持续的增长势头。")]
    [InlineData("村里增配了必要的服务用车和办公设备。")]
    [InlineData("各项工作要有明确的时间表和路线图。")]
    [InlineData("班子成员要有强烈的责任意识。")]
    [InlineData("对查摆出的问题，能立行立改的要马上改。")]
    public async Task Does_not_report_noun_phrases_after_modals_and_transitive_verbs(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("整改措施制定[|的|]过于笼统。")]
    [InlineData("对年轻干部关心[|的|]不够。")]
    [InlineData("政策宣传[|的|]不够到位，群众知晓率不高。")]
    [InlineData("队伍管理[|的|]不够严格。")]
    [InlineData("学习笔记记[|的|]多，心得体会写[|的|]少。")]
    [InlineData("平时说[|的|]多，做[|的|]少。")]
    public async Task Reports_de_before_a_complement_after_verbs_dict_tags_as_nouns(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("发展的不平衡不充分问题依然突出。")]
    [InlineData("我们要作出新的更大的贡献。")]
    [InlineData("全镇经济社会发展取得了新的更大成效。")]
    [InlineData("今天来的多是离退休老党员。")]
    [InlineData("党员发挥的作用更加明显。")]
    [InlineData("管理的对象越来越多，管理的难度也在加大。")]
    public async Task Does_not_report_noun_phrases_that_look_like_complements(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("充分整合京津冀三地法院的审判资源。")]
    [InlineData("两地干部交流挂职常态化。")]
    [InlineData("完善沟路渠配套，不断提升耕地地力。")]
    [InlineData("用讲故事的方法生动地串联起各个片段。")]
    public async Task Does_not_report_di_as_place_or_before_a_verb_with_a_complement(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("切实维护党中央[|地|]权威。")]
    [InlineData("会议结束[|地|]时候，大家合影留念。")]
    public async Task Still_reports_di_between_a_noun_or_verb_and_a_noun(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("整改措施落实[|的|]怎么样，要请群众来评判。")]
    [InlineData("一年来工作干[|的|]如何，大家心里有数。")]
    [InlineData("一些干部积极[|地|]服务意识还不够强。")]
    [InlineData("班子成员主动[|地|]担当意识有待增强。")]
    public async Task Reports_how_well_complements_and_di_before_a_compound_noun_subject(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("群众关心的是工作干得怎么样。")]
    [InlineData("要主动地防范风险隐患。")]
    [InlineData("要主动地防范化解风险，积极地服务企业发展。")]
    [InlineData("要积极地培养党员的服务意识。")]
    [InlineData("班子成员的服务意识还不够强。")]
    public async Task Does_not_report_adverbials_before_objects_or_de_before_a_noun(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("要拿出群众看[|的|]见、摸[|的|]着的整改成效。")]
    [InlineData("这样的办法行[|的|]通，群众信[|的|]过。")]
    [InlineData("经过整治，村容村貌变[|的|]干净整洁。")]
    [InlineData("要让党员懂[|的|]珍惜组织的培养。")]
    [InlineData("我还记[|的|]有一次到村里走访。")]
    public async Task Reports_de_in_potential_complements_and_before_predicates_of_bian_and_dong(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("驻村工作队吃的住的都由村里安排。")]
    [InlineData("他真正懂的是基层工作的规律。")]
    [InlineData("平时记的是流水账，缺少思考。")]
    [InlineData("这些年全镇不变的是为民初心。")]
    [InlineData("他懂的道理比我多。")]
    [InlineData("大家读的书、看的报都不少。")]
    public async Task Does_not_report_de_phrases_after_those_verbs(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对查摆出的问题，我们一件一件[|的|]抓整改。")]
    [InlineData("各项任务一步步[|的|]推进到位。")]
    [InlineData("老党员乐呵呵[|的|]为群众义务理发。")]
    [InlineData("驾驶员小心翼翼[|的|]驾驶着工程车。")]
    public async Task Reports_de_after_step_by_step_phrases_state_words_and_idioms_before_a_predicate(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("一件件的小事连着群众的心。")]
    [InlineData("一步步的脚印记录着干部的辛劳。")]
    [InlineData("要发扬实事求是的工作作风。")]
    [InlineData("红彤彤的灯笼挂满了街道。")]
    public async Task Does_not_report_those_words_before_a_noun(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对风险隐患估计[|的|]不足。")]
    [InlineData("对基层的困难了解[|的|]少。")]
    public async Task Reports_de_before_a_quantity_complement_after_the_object_of_dui(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对照检查中存在的不足，我们已逐条整改。")]
    [InlineData("会上主动发言的不多。")]
    [InlineData("对上级的部署，主动请缨的少。")]
    public async Task Does_not_report_quantity_de_phrases_without_dui(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("这项工作抓[|的|]到位，群众比较满意。")]
    [InlineData("问题整改做[|的|]扎实。")]
    [InlineData("群众反映的诉求解决[|的|]及时。")]
    public async Task Reports_de_before_a_manner_word_closing_the_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("群众反映的诉求解决得及时。")]
    [InlineData("群众反映的问题要件件有回音。")]
    [InlineData("这是整改工作的到位。")]
    public async Task Does_not_report_subject_predicate_phrases_or_nouns_before_manner_words(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("扎实[|的|]推进“清廉机关”建设，建立廉政档案。")]
    [InlineData("班子将以更加主动[|地|]姿态服务群众。")]
    [InlineData("全体党员以饱满[|地|]热情投入工作。")]
    [InlineData("实行清单管理，让工作变[|的|]更加规范有序。")]
    public async Task Reports_adverbials_before_quoted_objects_and_attributes_after_yi(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("扎实的“清廉机关”建设成效明显。")]
    [InlineData("以更加主动的姿态服务群众，以饱满的热情投入工作。")]
    [InlineData("班子要以身作则，主动地接受监督。")]
    [InlineData("认真的“回头看”发现了问题。")]
    [InlineData("坚持以不变的初心应对万变的形势，所变的更多是方法。")]
    public async Task Does_not_report_quoted_nouns_or_attributes_after_yi_written_right(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("个别年轻干部积极[|得|]参与社区治理的意愿不强。")]
    [InlineData("支部书记认真[|得|]履行第一责任人职责。")]
    [InlineData("部分党员积极[|得|]投身“我为群众办实事”活动。")]
    public async Task Reports_de_between_an_adverbial_word_and_a_verb_with_its_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这位同志工作认真得让人佩服。")]
    [InlineData("大家参与志愿服务积极得很。")]
    [InlineData("他们积极得有些过头了。")]
    [InlineData("工作扎实得让群众放心。")]
    [InlineData("增强北斗系统的应用效益。")]
    [InlineData("提升监测系统的运行效率。")]
    public async Task Does_not_report_complements_of_adverbial_words(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("信访件转办后没有及时[|的|]跟进。")]
    [InlineData("整改责任是否切实[|的|]落实。")]
    [InlineData("信访件转办后没有及时[|的|]跟进办理结果。")]
    public async Task Reports_de_after_a_negated_adverbial_before_a_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这是一次及时的跟进。")]
    [InlineData("个别干部没有积极的表现。")]
    [InlineData("有的党员没有真正的改变。")]
    [InlineData("群众对社区干部及时的帮助十分感激。")]
    public async Task Does_not_report_noun_phrases_after_a_negation_or_before_a_degree_word(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("部分同志被动[|的|]应付检查考核。")]
    [InlineData("招商工作被动[|的|]应付上级考核任务，签约项目落地率不高。")]
    [InlineData("广大党员积极[|的|]投身到乡村振兴一线。")]
    [InlineData("遇到难题习惯性[|的|]等上级拿意见。")]
    [InlineData("对群众反映的问题简单[|的|]一推了之。")]
    [InlineData("对轻微违法行为有时简单[|的|]一罚了之。")]
    [InlineData("没有沉下心来认真[|的|]学习、系统思考。")]
    public async Task Reports_de_before_a_verb_shown_by_its_subject_complement_or_series(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("部分单位被动的应付心态依然存在。")]
    [InlineData("班子成员真正的领导责任还没有压实。")]
    [InlineData("党员积极的参与热情被充分调动起来。")]
    [InlineData("真正的党员到了关键时刻就要站出来。")]
    [InlineData("克服习惯性的等、靠、要思想。")]
    [InlineData("反对简单的一刀切做法。")]
    [InlineData("形成了认真的学习、积极探索的良好氛围。")]
    [InlineData("开展认真的学习、深入的研讨。")]
    public async Task Does_not_report_noun_phrases_that_look_like_predicates(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("村集体经营性收入主要靠出租12亩机动地。")]
    [InlineData("村里集中流转了80亩承包地。")]
    [InlineData("镇里还保留着三块试验地。")]
    public async Task Does_not_report_counted_land_closing_the_clause(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("这份荣誉是集体[|地|]，不是个人[|地|]。")]
    [InlineData("这些荣誉属于全体党员[|地|]。")]
    public async Task Still_reports_di_closing_the_clause_after_an_uncounted_noun(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("能合并的不新设，能调剂的不新购，能修复的不更换。")]
    [InlineData("可以线上办理的不要求群众跑腿。")]
    [InlineData("可以合并的不新设。")]
    public async Task Does_not_report_a_nominal_de_phrase_after_a_modal_before_bu_and_a_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("理论学习研究[|的|]不深不透，存在一知半解现象。")]
    [InlineData("对新政策学习[|的|]不深不透。")]
    public async Task Reports_de_before_a_paired_negation_of_adjectives(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对群众投诉未能及时[|的|]回应，群众满意度不高。")]
    [InlineData("是否认真[|的|]回应了群众关切。")]
    public async Task Reports_de_after_weineng_before_an_event_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对群众投诉没有及时的回应，群众满意度不高。")]
    [InlineData("面对问题没有积极的表现。")]
    public async Task Does_not_report_an_event_noun_after_meiyou(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("我们将以绝不重蹈覆辙的决心认真加以改进。")]
    [InlineData("以坚韧不拔的毅力推动整改落实。")]
    [InlineData("以只争朝夕的劲头抓好各项工作。")]
    public async Task Does_not_report_an_idiom_and_de_heading_the_object_of_yi(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("窗口对企业申报事项办理[|的|]不及时。")]
    [InlineData("对基层反映的新情况调研[|的|]不深，办法不多。")]
    [InlineData("整改任务落实[|的|]不到位，群众不满意。")]
    public async Task Reports_de_before_bu_and_a_manner_word_closing_the_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("城乡发展的不平衡，仍然比较突出。")]
    [InlineData("区域发展的不充分问题需要解决。")]
    [InlineData("存在的不足，主要有三个方面。")]
    [InlineData("对群众反映的不满，要认真对待。")]
    public async Task Does_not_report_a_noun_phrase_before_bu(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("年度重点工作推进[|的|]较为顺利。")]
    [InlineData("各项制度执行[|的|]更为严格。")]
    public async Task Reports_de_before_a_degree_word_tagged_as_an_adverb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("项目推进的较为顺利阶段已经结束。")]
    [InlineData("这是较为顺利的一年。")]
    [InlineData("取得了更为显著的成效。")]
    public async Task Does_not_report_a_degree_word_in_a_noun_phrase(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("学习党章党规只是机械[|的|]抄写，没有入脑入心。")]
    [InlineData("面对上级检查往往被动[|的|]应付检查。")]
    [InlineData("对新出台的管理办法只是被动[|的|]应付检查，学用脱节。")]
    [InlineData("发放贷款前没有仔细[|的|]核实企业经营情况。")]
    [InlineData("窗口人员耐心[|的|]解答办事群众咨询。")]
    public async Task Reports_de_after_a_manner_word_heading_a_predicate(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对群众来访给予耐心的解释。")]
    [InlineData("缺乏耐心的态度让群众不满。")]
    [InlineData("这只是机械的重复劳动。")]
    [InlineData("精心的准备是成功的前提。")]
    public async Task Does_not_report_a_manner_word_in_a_noun_phrase(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("手续不全的由窗口一次性告知。")]
    [InlineData("符合条件的由街道统一办理。")]
    [InlineData("材料齐全的由科室当场受理。")]
    public async Task Does_not_report_a_topic_de_phrase_before_you(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("主动[|的|]由被动接受转为主动服务。")]
    public async Task Still_reports_a_manner_word_before_you(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("部分项目存在盲目[|的|]开工、边审批边建设现象。")]
    [InlineData("个别单位出现机械[|的|]照搬、层层加码等问题。")]
    public async Task Reports_de_after_a_manner_word_describing_behaviour_after_cunzai(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("存在盲目的自信。")]
    [InlineData("存在明显的拖延现象。")]
    [InlineData("存在盲目的开工项目。")]
    public async Task Does_not_report_an_object_of_cunzai_without_a_behaviour_noun(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("五是加强班子建设，积极主动[|的|]对接上级工作要求。")]
    [InlineData("网格员认真细致[|的|]做好群众工作。")]
    [InlineData("驻村工作队积极主动[|的|]为群众排忧解难。")]
    public async Task Reports_de_after_two_manner_words_kept_as_one_word(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("坚持积极主动的工作态度。")]
    [InlineData("保持认真细致的工作作风。")]
    [InlineData("这种积极主动的服务意识值得推广。")]
    [InlineData("大家对积极主动的同志评价很高。")]
    [InlineData("这是一次积极主动的探索。")]
    [InlineData("发挥积极主动的作用。")]
    public async Task Does_not_report_two_manner_words_in_a_noun_phrase(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("倒排工期，耐心[|的|]逐户做好沟通，力争年底完工。")]
    [InlineData("春节、七一等节点主动[|的|]上门走访慰问困难党员。")]
    [InlineData("对群众来信认真[|的|]逐一登记回复。")]
    [InlineData("对交办的信访件主动[|的|]逐项核查办理。")]
    public async Task Reports_de_before_a_word_that_only_modifies_a_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("主动的上门服务意识不强。")]
    [InlineData("提供主动的上门服务。")]
    [InlineData("组织开展了多轮次的入户走访。")]
    [InlineData("开展了耐心的逐户走访。")]
    [InlineData("对整改不积极的逐一约谈。")]
    [InlineData("主动的上门走访工作还不够。")]
    [InlineData("群众对主动的上门走访很满意。")]
    [InlineData("党员主动的上门走访次数明显增加。")]
    [InlineData("大家对积极主动的逐户走访给予肯定。")]
    public async Task Does_not_report_a_verb_only_word_in_a_noun_phrase_or_topic(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("短视频作品同质化，多是简单[|的|]照搬会议新闻。")]
    [InlineData("有的支部学习就是机械[|的|]抄写会议记录。")]
    [InlineData("信息稿多是简单[|的|]摘抄上级文件。")]
    public async Task Reports_de_after_shi_before_a_verb_with_its_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这是简单的照搬照抄问题。")]
    [InlineData("这种做法是简单的照搬照抄。")]
    [InlineData("这是认真的学习态度。")]
    [InlineData("问题的根源是被动的应付心态。")]
    [InlineData("这是深入的调研。")]
    [InlineData("简单的照搬照抄问题依然存在。")]
    [InlineData("我们执行的是严格的审批程序。")]
    [InlineData("采取的是积极的应对策略。")]
    [InlineData("这是严格的审批程序。")]
    public async Task Does_not_report_a_noun_phrase_after_shi(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对发现的问题坚决[|的|]予以纠正。")]
    [InlineData("对群众反映的问题认真[|的|]加以核实。")]
    [InlineData("对上级交办的事项认真[|的|]抓好落实。")]
    [InlineData("对群众反映的油烟扰民问题及时[|的|]加以处置。")]
    public async Task Reports_de_after_a_manner_word_following_the_de_phrase_object_of_dui(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对群众反映的问题属实的予以处理。")]
    [InlineData("对检查发现的问题整改不积极的予以通报。")]
    [InlineData("对反映的问题核实清楚的予以答复。")]
    [InlineData("对表现积极的予以表扬。")]
    [InlineData("对群众反映的问题整改不积极的予以通报。")]
    [InlineData("对查出的问题认真的整改落实情况进行了通报。")]
    public async Task Does_not_report_a_topic_de_phrase_after_dui(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("部门之间主动[|的|]对接和服务驻地企业。")]
    public async Task Reports_de_before_coordinated_verbs_with_an_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("部门之间主动的对接和沟通不够。")]
    [InlineData("与群众耐心的交流和沟通还不多。")]
    [InlineData("与乡镇和学校主动的对接不多。")]
    [InlineData("对家长的疑问缺少耐心的解答和专业引导。")]
    public async Task Does_not_report_coordinated_verbal_nouns_judged_by_a_verdict(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("社区干部耐心细致[|的|]做好解释工作。")]
    [InlineData("支部扎实有序[|的|]推进各项工作。")]
    [InlineData("大家全面系统[|的|]学习了新修订的条例。")]
    [InlineData("是否全面系统[|的|]学习了新条例。")]
    public async Task Reports_de_after_two_manner_words_written_apart(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("进行全面系统的学习研讨。")]
    [InlineData("以扎实有效的举措推动整改。")]
    [InlineData("通过全面系统的学习，党员素质明显提升。")]
    [InlineData("这是耐心细致的工作。")]
    [InlineData("形成扎实有序的工作格局。")]
    [InlineData("社区干部耐心细致的解释工作取得成效。")]
    [InlineData("窗口全面系统的服务体系已经建成。")]
    public async Task Does_not_report_two_manner_words_written_apart_in_a_noun_phrase(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("班子成员之间开展了坦诚深入的谈心谈话。")]
    [InlineData("支部组织过坦诚深入的交流研讨。")]
    [InlineData("通过坦诚深入的交流，大家统一了思想。")]
    [InlineData("这是一次坦诚深入的交流。")]
    [InlineData("班子进行了全面系统的学习研讨。")]
    public async Task Does_not_report_an_adjective_and_a_manner_word_after_a_verb_with_an_aspect_particle(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("要坦诚深入[|的|]开展谈心谈话。")]
    [InlineData("班子成员之间没有坦诚深入[|的|]开展谈心谈话。")]
    [InlineData("一是坦诚深入[|的|]开展谈心谈话。")]
    [InlineData("及时发现并坦诚深入[|的|]开展批评。")]
    public async Task Reports_de_after_an_adjective_and_a_manner_word_opening_the_predicate(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("班子成员认真[|的|]查摆问题。")]
    [InlineData("党员积极[|的|]完成任务。")]
    [InlineData("支部扎实[|的|]推进工作。")]
    public async Task Reports_de_before_a_verb_and_its_usual_object_closing_the_clause(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这是驻村工作队积极的帮扶工作。")]
    [InlineData("社区主动的调解工作，化解了矛盾。")]
    [InlineData("这是认真的查摆问题阶段。")]
    [InlineData("这是认真的查摆问题。")]
    [InlineData("深入的调研工作。")]
    public async Task Does_not_report_a_verb_and_head_noun_making_a_compound_noun(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("他们耐心的服务赢得好评。")]
    [InlineData("主动的对接得到企业认可。")]
    [InlineData("社区干部细致的排查受到居民称赞。")]
    public async Task Does_not_report_a_de_phrase_subject_before_a_verb_of_receiving(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("窗口人员耐心[|的|]解答企业咨询。")]
    [InlineData("主动[|的|]对接企业需求，争取得到支持。")]
    public async Task Still_reports_de_when_no_verb_of_receiving_follows_the_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("班子没有深刻[|的|]认识到问题的严重性。")]
    [InlineData("班子没有充分[|的|]认识到问题的复杂性。")]
    [InlineData("我们没有清醒[|的|]认识到工作的差距。")]
    public async Task Reports_de_before_a_verb_with_a_result_complement_and_a_head_noun_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("没有深刻的认识问题依然存在。")]
    [InlineData("班子对问题的深刻的认识问题有待加强。")]
    [InlineData("这是深刻的认识到位的表现。")]
    public async Task Does_not_report_a_noun_phrase_of_verb_and_head_noun_without_a_complement(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对反映的问题没有扎实[|的|]开展调查核实。")]
    [InlineData("对县里推介的项目没有主动[|的|]去对接。")]
    [InlineData("对群众的诉求没有及时[|的|]处理。")]
    public async Task Reports_de_after_no_that_closes_the_object_of_dui(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对群众来信没有及时的回应。")]
    [InlineData("对没有认真的学习的同志进行了批评。")]
    [InlineData("对整改没有积极的表现，进行了约谈。")]
    [InlineData("对发现的问题没有及时的整改情况进行了通报。")]
    public async Task Does_not_report_de_after_no_before_a_noun_of_behaviour_or_a_later_dummy_verb(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("班主任及时发现并耐心细致[|的|]做好疏导。")]
    [InlineData("及时发现问题并扎实有序[|的|]推进整改。")]
    [InlineData("及时发现并耐心[|的|]做好疏导。")]
    public async Task Reports_de_after_manner_words_that_follow_a_conjunction_of_predicates(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("并进行全面系统的学习研讨。")]
    [InlineData("并以扎实有效的举措推动整改。")]
    [InlineData("并形成扎实有序的工作格局。")]
    public async Task Does_not_report_manner_words_after_a_conjunction_and_a_verb_taking_the_phrase(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("（一）坚定不移[|的|]推进党的领导与公司治理深度融合。")]
    [InlineData("一是持之以恒[|的|]推进党员教育管理。")]
    [InlineData("班子坚定不移[|的|]推进全面从严治党。")]
    public async Task Reports_de_after_an_idiom_opening_a_heading_or_clause_before_a_verb_and_its_object(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("（一）坚定不移的推进力度还不够。")]
    [InlineData("坚持实事求是的工作作风。")]
    [InlineData("以坚定不移的推进力度抓好整改。")]
    [InlineData("形成持之以恒的推进机制。")]
    public async Task Does_not_report_an_idiom_before_a_verb_that_makes_a_noun_phrase(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("工程项目的招标议价程序执行[|的|]不严格，有村民提出疑问。")]
    [InlineData("部分制度执行[|的|]不够严格。")]
    public async Task Reports_de_after_a_glued_noun_and_verb_before_a_degree_complement(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("程序执行的不同环节要衔接好。")]
    [InlineData("程序执行的严格要求已经明确。")]
    [InlineData("这是程序执行的问题。")]
    public async Task Does_not_report_a_glued_noun_and_verb_in_a_noun_phrase(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("龙头企业与农户多是简单的收购关系，利益联结不紧密。")]
    [InlineData("双方多是简单的买卖关系。")]
    [InlineData("这是粗放的经营方式。")]
    [InlineData("园区多是分散的经营状态。")]
    public async Task Does_not_report_a_verb_and_relation_noun_after_a_copula(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("这是简单[|的|]照搬会议新闻。")]
    [InlineData("都是机械[|的|]照抄上级文件。")]
    public async Task Still_reports_a_verb_with_its_object_after_a_copula(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("支委班子缺少敢闯敢试的气慨，对发展项目议论多。")]
    [InlineData("班子缺乏敢闯敢试的勇气。")]
    [InlineData("干部具有敢于担当的精神。")]
    [InlineData("青年干部缺少攻坚克难的干劲。")]
    public async Task Does_not_report_a_rare_word_or_the_object_of_a_verb_of_lacking_as_a_complement(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("工作落实[|的|]扎实，群众满意。")]
    [InlineData("河道问题治理抓[|的|]不紧。")]
    [InlineData("党建与业务融合抓[|的|]不实。")]
    public async Task Still_reports_a_common_manner_word_as_a_complement(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("老旧管网改造推进[|的|]比较慢，全年仅完成计划的六成。")]
    [InlineData("对小额支出审批管[|的|]太松，有的发票事后才补签。")]
    [InlineData("整改工作抓[|的|]很紧，成效却不明显。")]
    [InlineData("对群众反映的问题回应[|的|]不够快。")]
    public async Task Reports_de_before_a_degree_word_and_a_one_character_adjective(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("推进的力度比较大，群众普遍认可。")]
    [InlineData("管的范围太宽，精力顾不过来。")]
    [InlineData("推进的比较多的是硬件建设。")]
    [InlineData("他管的太多的事情都是琐事。")]
    public async Task Does_not_report_de_before_a_noun_or_a_degree_phrase_modifying_one(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对有案不立等问题一案一查、坚决[|的|]纠正。")]
    [InlineData("对群众反映的问题逐一核实，坚决[|的|]纠正；对苗头性问题早提醒。")]
    public async Task Reports_de_between_a_manner_word_and_a_verb_closing_a_series_item(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("班子表明了坚决的态度。")]
    [InlineData("采取了坚决的措施，问题得到遏制。")]
    [InlineData("对问题的纠正是坚决的，整改是彻底的。")]
    [InlineData("这是一次坚决的纠正。")]
    [InlineData("发现的问题都得到了坚决的纠正。")]
    [InlineData("对错误做法，坚决的纠正是必要的。")]
    public async Task Does_not_report_de_between_a_manner_word_and_a_noun(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对群众反映的问题坚决[|的|]杜绝“不回复、不处理”。")]
    [InlineData("对患者的疑问不能耐心[|的|]向患者说明。")]
    [InlineData("老旧小区改造工作稳步[|的|]推进，新开工小区12个。")]
    public async Task Reports_de_after_a_manner_word_in_these_predicates(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("各项工作取得了显著[|地|]成效。")]
    public async Task Reports_di_before_the_noun_object_of_qude(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("各项工作取得了显著的成效。")]
    [InlineData("成效是显著的，问题也是突出的。")]
    [InlineData("经过一年稳步的推进，改造任务全部完成。")]
    [InlineData("这项工作得到了稳步的推进。")]
    [InlineData("对患者的询问给予耐心的解释。")]
    [InlineData("对群众反映的问题，杜绝的是推诿扯皮。")]
    [InlineData("对患者的询问要给予耐心的解释。")]
    public async Task Does_not_report_look_alikes_of_these_predicates(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("全村上下齐心协力[|的|]推进人居环境整治。")]
    [InlineData("全镇上下坚定不移[|的|]推进乡村振兴。")]
    public async Task Reports_de_after_an_idiom_following_a_locative_subject(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这是全村上下齐心协力的结果。")]
    [InlineData("全村上下齐心协力的干劲很足。")]
    [InlineData("靠的是全镇上下齐心协力的精神。")]
    public async Task Does_not_report_an_idiom_after_a_locative_before_a_noun(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("真正到群众家里坐一坐、听一听的少，多是听汇报。")]
    [InlineData("下基层看一看的多，帮着解决问题的少。")]
    [InlineData("会上大家议一议的多，会后抓落实的少。")]
    public async Task Does_not_report_the_nominal_de_after_a_tentative_reduplication(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对党员平时管[|的|]不严，纪律意识松懈。")]
    [InlineData("各类检查评比活动搞[|的|]轰轰烈烈，但实效不明显。")]
    [InlineData("整改要求讲[|的|]清清楚楚，落实却打了折扣。")]
    public async Task Reports_de_before_a_negated_adjective_or_an_aabb_complement(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("他管的不多的地方，问题反而少。")]
    [InlineData("村里搞的活动群众参与不多。")]
    [InlineData("我们要以认认真真的态度抓整改。")]
    [InlineData("支部搞的轰轰烈烈的评比活动实效不明显。")]
    [InlineData("他分管的不少工作还没有起色。")]
    public async Task Does_not_report_nominal_de_beside_these_complements(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("发现异常信号后未能及时[|的|]向区卫健委报告。")]
    [InlineData("部分驾驶员工作中显[|的|]疲惫急躁。")]
    public async Task Reports_de_beside_a_character_glued_into_a_guess_on_its_other_side(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("群众的向往就是我们的奋斗目标。")]
    [InlineData("这是他的对手，不是朋友。")]
    [InlineData("不断增强党组织在群众中的向心力和凝聚力。")]
    public async Task Does_not_report_a_noun_after_de_that_starts_with_a_preposition_character(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("关于停车难、垃圾清运不及时的投诉在热线中占比超过三成。")]
    [InlineData("窗口服务不规范的问题群众反映较多。")]
    [InlineData("对整改不彻底的单位要逐一约谈。")]
    [InlineData("办事流程不透明的情况在个别站所仍然存在。")]
    public async Task Does_not_report_de_after_a_manner_word_negated_by_bu(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对群众诉求未能及时[|的|]回应。")]
    [InlineData("对群众诉求不能及时[|的|]回应。")]
    [InlineData("对群众诉求没有及时[|的|]跟进处理。")]
    public async Task Still_reports_de_after_a_manner_word_negated_by_a_modal_or_meiyou(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("交流发言照稿念的多、谈体会的少。")]
    [InlineData("研讨时读文件的多，联系实际谈认识的少。")]
    [InlineData("会上谈成绩的多、照本念的少。")]
    [InlineData("支部书记讲党课照着稿子念的多，用党员听得懂的话讲道理的少。")]
    [InlineData("课堂上照着课本读的多，结合学生生活实际的少。")]
    public async Task Does_not_report_the_nominal_de_of_a_contrast_whose_other_half_has_an_object(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("有的同志说[|的|]多、做[|的|]少。")]
    [InlineData("班子成员平时讲[|的|]多，干[|的|]少。")]
    [InlineData("有的干部在会上说[|的|]多，在会后做[|的|]少。")]
    public async Task Still_reports_de_in_a_contrast_of_bare_verbs(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("对危桥改造计划，有时草率[|的|]作出决定，没有到现场核实。")]
    [InlineData("班子有时轻率[|的|]作出承诺，事后又难以兑现。")]
    [InlineData("对群众诉求不能轻率[|的|]作出承诺。")]
    public async Task Reports_de_after_a_manner_word_dictionary_tags_as_a_noun(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("这是一个草率的决定。")]
    [InlineData("不能作出轻率的判断。")]
    [InlineData("草率的作风必须纠正。")]
    [InlineData("对轻率的承诺要及时纠正。")]
    public async Task Does_not_report_de_after_such_a_manner_word_before_a_noun(string text) => await Verifier.VerifyAsync(text);
    [Theory]
    [InlineData("大家要弘扬求真务实[|地|]作风，推动工作落实。")]
    [InlineData("班子成员始终保持认真[|地|]态度。")]
    [InlineData("今年全镇各项工作取得了长足[|地|]进步。")]
    [InlineData("社区治理获得了明显[|地|]改善。")]
    public async Task Reports_di_before_a_noun_head_or_an_object_of_obtaining(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("大家要弘扬求真务实的作风，推动工作落实。")]
    [InlineData("支部始终保持认真的态度。")]
    [InlineData("今年全镇各项工作取得了长足的进步。")]
    [InlineData("工作取得了显著的成效。")]
    [InlineData("大家求真务实地工作，推动发展。")]
    [InlineData("支部认真地学习，深入地思考。")]
    [InlineData("干部深入实地调研。")]
    public async Task Does_not_report_di_before_a_verb_or_the_right_de_before_a_noun(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("但是，支部也清醒[|得|]认识到，工作还有不少差距。")]
    [InlineData("班子成员深刻[|得|]意识到问题的严重性。")]
    public async Task Reports_de_between_a_modifier_and_a_verb_of_cognition(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("支部清醒地认识到差距。")]
    [InlineData("他看得到问题所在。")]
    [InlineData("大家高兴得跳了起来。")]
    [InlineData("对问题认识得很清醒。")]
    public async Task Does_not_report_the_right_particle_around_a_verb_of_cognition(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("让群众在产业链上多得收益；")]
    [InlineData("这些年群众多得了实惠。")]
    [InlineData("问题多得数不清。")]
    [InlineData("宁可少得利润，也要保证质量。")]
    public async Task Does_not_report_de_as_the_verb_obtain_after_duo_or_shao(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("支部要打造更多[|得|]品牌活动。")]
    [InlineData("在一年多[|得|]时间里完成了整改。")]
    public async Task Still_reports_de_after_duo_with_a_degree_word_or_a_number(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("群众参与村级事务的积极性显著[|的|]提升。")]
    [InlineData("本人分管的项目资金拨付进度缓慢，没有高效[|的|]完成年度目标任务。")]
    [InlineData("围绕乡村全面振兴深入[|的|]开展专题调研，形成工作思路。")]
    public async Task Reports_de_before_a_predicate_verb_after_an_adjective_or_a_framing_phrase(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("群众的满意度得到显著的提升。")]
    [InlineData("没有明显的变化。")]
    [InlineData("推动经济平稳的发展。")]
    [InlineData("班子成员进行了认真的学习。")]
    [InlineData("围绕中心工作，开展深入的学习。")]
    [InlineData("这是一次显著的提升。")]
    public async Task Does_not_report_de_before_a_nominalised_verb(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("居民反映的诉求，有时没有及时[|的|]回应，让居民不满意。")]
    [InlineData("个别干部经常没有认真[|的|]反馈，群众有意见。")]
    public async Task Reports_de_before_a_noun_of_behaviour_after_a_frequency_adverb_and_meiyou(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("居民反映的诉求，没有及时的回应。")]
    [InlineData("这项工作一直没有明显的变化。")]
    [InlineData("有时没有及时的回应机制。")]
    [InlineData("群众有时也得不到及时的回应。")]
    public async Task Does_not_report_de_before_a_noun_of_behaviour_after_meiyou_alone(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("立足本地实际，全力[|的|]推动特色产业发展。")]
    [InlineData("各村大力[|的|]推进人居环境整治。")]
    [InlineData("镇村两级大力[|的|]开展宣传。")]
    public async Task Reports_de_after_a_noun_of_effort_used_as_an_adverbial(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("各级给予了大力的支持。")]
    [InlineData("感谢上级部门的大力支持。")]
    [InlineData("这项工作得到了全力的配合。")]
    [InlineData("对全力的付出表示感谢。")]
    public async Task Does_not_report_a_noun_of_effort_in_a_noun_phrase(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("检查中多次指出，落实[|地|]不够到位。")]
    [InlineData("整改措施执行[|地|]不太及时。")]
    [InlineData("各项制度执行[|地|]不够到位，")]
    public async Task Reports_di_before_a_degree_word_and_a_manner_verb(string markup) => await Verifier.VerifyAsync(markup);

    [Theory]
    [InlineData("检查中多次指出，落实得不够到位。")]
    [InlineData("要把各项措施扎实地落实到位。")]
    [InlineData("整改工作及时地推进到位。")]
    [InlineData("这些问题落实得不太及时。")]
    public async Task Does_not_report_di_or_de_correctly_used_around_a_manner_verb(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("对整改中可能出现的松懈、反弹紧盯不放。")]
    [InlineData("及时纠正工作中存在的松懈。")]
    [InlineData("要防止发生的偏差，")]
    [InlineData("把暴露的短板补齐。")]
    public async Task Does_not_report_de_after_a_verb_of_occurrence(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("执行纪律时时处处从严的要求还有差距。")]
    [InlineData("严格的要求仍有落实不到位的地方。")]
    [InlineData("全面的计划还需细化。")]
    public async Task Does_not_report_de_before_a_head_noun_that_is_the_subject(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("思政课照着教材讲的多，联系学生思想实际的少。")]
    [InlineData("讲大道理的多，联系群众实际的少。")]
    public async Task Does_not_report_a_contrast_whose_other_half_is_lianxi_with_its_object(string text) => await Verifier.VerifyAsync(text);

    [Theory]
    [InlineData("在会上说[|的|]多，在会后做[|的|]少。")]
    [InlineData("班子成员主动[|的|]联系群众。")]
    public async Task Still_reports_bare_verb_contrasts_and_lianxi_after_an_adverbial(string markup) => await Verifier.VerifyAsync(markup);
}
