using ReviewLint.Analyzers.Consistency;
using ReviewLint.Testing;

namespace ReviewLint.Analyzers.Tests.Consistency;

/// <summary>RL4003's near-name signal: a place of the own kind one character off the own name, in any frame.</summary>
public class UnitNameNearOwnPlaceTests
{
    private static Task VerifyAsync(string markup, string unit, string genre = "CollectiveReview") =>
        AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.VerifyAsync(markup, o =>
        {
            o.Genre = genre;
            o.UnitName = unit;
        });

    [Theory]
    [InlineData("（二）守牢安全底线。依托[|青木县|]水旱灾害防御指挥平台，汛前完成山塘巡查。", "青林县水利局")]
    [InlineData("四是全力推进平安[|石坝镇|]建设，深化矛盾纠纷排查化解。", "石门镇")]
    [InlineData("局党组将在[|城西区|]委、区政府的坚强领导下，推动信访工作提质增效。", "城东区信访局")]
    [InlineData("我将服从镇党委和[|李家洼村|]党支部的领导，把群众的事办好。", "李家湾村", "PersonalReview")]
    [InlineData("全力打造美丽[|李湾村|]，持续改善人居环境。", "李家湾村")]
    [InlineData("我将带头推动[|柏溪乡|]茶产业提质增效。", "松溪乡", "PersonalReview")]
    public async Task A_place_of_the_own_kind_one_character_off_is_reported_in_any_frame(string markup, string unit, string genre = "CollectiveReview") =>
        await VerifyAsync(markup, unit, genre);

    [Theory]
    [InlineData("局党组将在[|白沙区|]委、区政府的坚强领导下，推动信访工作提质增效。", "城东区信访局")]
    [InlineData("我将服从镇党委和[|桃花坞村|]党支部的领导，把群众的事办好。", "杨柳村", "PersonalReview")]
    [InlineData("班子将在[|青龙镇|]党委、镇政府的领导下，抓好整改落实。", "白沙镇")]
    public async Task Another_place_of_the_own_kind_leading_the_author_is_reported(string markup, string unit, string genre = "CollectiveReview") =>
        await VerifyAsync(markup, unit, genre);

    [Theory]
    [InlineData("局党组将在江州市委、市政府和城东区委、区政府的坚强领导下，推动信访工作提质增效。", "城东区信访局")]
    [InlineData("我将服从镇党委和村党支部的领导，把群众的事办好。", "杨柳村")]
    [InlineData("班子将在县委、县政府的坚强领导下，抓好整改落实。", "白沙镇")]
    [InlineData("班子将在白沙镇党委、镇政府的领导下，抓好整改落实。", "XX县白沙镇")]
    public async Task The_own_unit_and_its_superiors_leading_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Fact]
    public async Task The_fix_puts_the_own_place_back()
    {
        var result = await AnalyzerVerifier<UnitNameInconsistencyAnalyzer>.AnalyzeAsync("依托青木县水旱灾害防御指挥平台，汛前完成山塘巡查。", o =>
        {
            o.Genre = "CollectiveReview";
            o.UnitName = "青林县水利局";
        });
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("青林县", diagnostic.Fix!.Changes[0].NewText);
        Assert.False(diagnostic.Fix.IsSafe);
    }

    [Theory]
    [InlineData("全力推进平安白沙镇建设，本镇与白沙镇交界处的采砂点全部关停。", "石门镇")]
    [InlineData("与杨树村结对共建，帮助杨树村发展食用菌产业。", "杨柳村")]
    [InlineData("清源县气象局按时发布预警，清源各乡镇及时转移群众，清源县城内涝点全部消除。", "清源县应急管理局")]
    [InlineData("在江州市委、市政府和城东区委的坚强领导下，信访工作平稳有序。", "城东区信访局")]
    [InlineData("组织班子成员赴城西区学习考察信访积案化解经验。", "城东区信访局")]
    [InlineData("与城西区相比，我区信访事项及时受理率仍有差距。", "城东区信访局")]
    [InlineData("石坝镇、白沙镇的做法值得借鉴，我镇将结合实际推广。", "石门镇")]
    [InlineData("以石坝镇违纪违法案件为鉴，班子深刻反思。", "石门镇")]
    [InlineData("辖区内的黄山村、白山村集体经济收入均超过20万元。", "青山镇")]
    [InlineData("协调上河村和下河村的灌溉用水纠纷，修通下河村与上河村之间的机耕道。", "上河村")]
    [InlineData("与下河村共建党群服务阵地，在下河村的帮助下建成农产品仓库。", "上河村")]
    [InlineData("全村在柳湾片区新建停车场，各柳湾组道路全部硬化。", "杨柳湾村")]
    public async Task Partners_superiors_lists_and_the_own_place_are_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);

    [Fact]
    public async Task A_place_the_title_names_is_not_reported() =>
        await VerifyAsync("""
            中共江州市石坝区石门镇委员会领导班子对照检查材料

            在石坝区委的坚强领导下，班子团结带领全镇干部群众攻坚克难。
            """, "石门镇");

    [Theory]
    [InlineData("没有真正做到联系[|北关街道|]的实际深入思考，思路还不够宽。", "南关街道", "PersonalReview")]
    [InlineData("结合[|石坝镇|]实际研究不够，照搬上级文件多。", "石门镇")]
    public async Task A_near_place_whose_reality_the_author_relates_to_is_reported(string markup, string unit, string genre = "CollectiveReview") =>
        await VerifyAsync(markup, unit, genre);

    [Theory]
    [InlineData("主动联系北关街道学习背街小巷整治的做法。", "南关街道")]
    [InlineData("联系北关街道的同志交流经验，结合南关街道实际加以运用。", "南关街道")]
    [InlineData("到石坝镇学习考察，结合实际谋划产业发展。", "石门镇")]
    public async Task Contacting_a_near_place_or_relating_to_the_own_reality_is_not_reported(string text, string unit) =>
        await VerifyAsync(text, unit);
}
