using ReviewLint.Analyzers.Consistency;
using ReviewLint.Testing;

namespace ReviewLint.Analyzers.Tests.Consistency;

/// <summary>RL4001 rows for another sector's staff and clients (干警 in a company, 患者 in a school), a subdistrict's organs in a
/// village under a town, and a county-named branch of a city bureau, whose own scope is the county.</summary>
public class ForeignStaffAndSuperiorWordingTests
{
    private static Task VerifyAsync(string markup, string unit) =>
        AnalyzerVerifier<ForeignUnitWordingAnalyzer>.VerifyAsync(markup, o =>
        {
            o.Genre = "CollectiveReview";
            o.UnitName = unit;
        });

    [Theory]
    [InlineData("二是[|少数干警|]和管理人员作风不够扎实。", "鹭江城投集团")]
    [InlineData("对[|干警队伍|]的纪律作风教育抓得不紧。", "云川市水务集团")]
    [InlineData("个别[|干警|]上班时间办私事。", "临峪农村商业银行")]
    [InlineData("让全校师生和广大[|患者|]感受到整改成效。", "青岗县第二中学")]
    [InlineData("对就餐[|患者|]的过敏信息登记不完整。", "明德县实验小学")]
    [InlineData("镇党委要求各村按时上报，我们遇事先向[|街道党工委|]请示。", "柏树坪村")]
    public async Task Foreign_staff_clients_and_organs_are_reported(string markup, string unit) => await VerifyAsync(markup, unit);

    [Theory]
    [InlineData("邀请派出所干警队伍来公司开展法治讲座。", "鹭江城投集团")]
    [InlineData("配合公安干警做好校园周边治安整治。", "青岗县第二中学")]
    [InlineData("学生中的流感患者已全部康复返校。", "明德县实验小学")]
    [InlineData("街道党工委书记来村调研。", "柏树坪村")]
    [InlineData("全县空气质量优良天数比例达到92%。", "碧川市生态环境局桐溪分局")]
    public async Task Own_scope_partners_and_look_alikes_are_not_reported(string text, string unit) => await VerifyAsync(text, unit);
}
