using ReviewLint.Analyzers.Consistency;
using ReviewLint.Testing;

namespace ReviewLint.Analyzers.Tests.Consistency;

/// <summary>RL4003's sentence-topic signal: another place of the own kind opening a sentence (after a time phrase at most) is the
/// topic the report speaks of as its own; verbs, adjectives and time words before the suffix are no names.</summary>
public class UnitNameSentenceTopicTests
{
    private static Task VerifyAsync(string markup, string unit) =>
        AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(markup, o =>
        {
            o.Genre = "CollectiveReview";
            o.UnitName = unit;
        });

    [Theory]
    [InlineData("遇到难事习惯于等街道拿意见。[|兰亭社区|]现有社区工作者17人，其中党员9人。", "桂香社区")]
    [InlineData("部分农户亏了本。[|白沙村|]集体经济年收入只有18万元。", "桐湾村")]
    [InlineData("[|黄泥镇|]在基层治理中还存在网格员配备不足的问题。", "白沙镇")]
    [InlineData("群众满意度有所提升。2024年[|槐荫镇|]农村居民人均可支配收入达到2.1万元。", "凤鸣镇")]
    [InlineData("近三年[|梧桐社区|]工作者队伍先后调离4人。", "槐荫社区")]
    [InlineData("一是服务企业办法不多。二是[|翠湖街道|]在招商引资中重引进轻服务。", "白鹭街道")]
    [InlineData("（五）能力本领存在短板。近年来[|南岭区人民法院|]新入职干警较多。", "东岚区人民法院")]
    [InlineData("网格体系更加健全。全年[|荷塘社区|]通过网格员上门走访居民2000余户。", "枫桥社区")]
    [InlineData("修订完善村规民约，由[|柳河镇|]党委牵头评选移风易俗示范户。", "石岭镇")]
    public async Task Another_place_opening_a_sentence_is_reported(string markup, string unit) => await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("每周至少上门探访一次。精简社区台账，把更多时间还给居民。", "金桂社区")]
    [InlineData("每季度抽查一次会议记录。选派乡直机关年轻干部到村任职。", "红岩乡")]
    [InlineData("平安乡村建设稳步推进。近两年社区工作者队伍保持稳定。", "幸福里社区")]
    [InlineData("我们学习借鉴了兄弟单位的经验。与白沙村结对共建，互学互鉴。", "桐湾村")]
    [InlineData("柳河镇的经验值得学习，班子组织党员赴柳河镇参观。", "石岭镇")]
    [InlineData("（三）聚力壮大镇村集体经济。全年新增村集体收入120万元。", "白沙镇")]
    [InlineData("近年来南岭区人民法院的经验值得借鉴。", "东岚区人民法院")]
    [InlineData("活动由柳河镇党委和我镇党委共同举办。", "石岭镇")]
    public async Task Verbs_time_words_and_mentions_are_not_reported(string text, string unit) => await VerifyAsync(text, unit);
}
