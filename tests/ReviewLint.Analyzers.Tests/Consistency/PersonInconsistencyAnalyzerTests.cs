using ReviewLint.Analyzers.Consistency;
using ReviewLint.Testing;

namespace ReviewLint.Analyzers.Tests.Consistency;

public class PersonInconsistencyAnalyzerTests
{
    private static Task VerifyAsync(string markup, string genre) =>
        AnalyzerVerifier<PersonInconsistencyAnalyzer>.VerifyAsync(markup, o => o.Genre = genre);

    [Fact]
    public async Task Singular_first_person_in_a_branch_review_is_reported_with_an_unsafe_fix()
    {
        const string markup = """
            青石镇党支部党纪学习教育专题组织生活会剖析材料

            支部部分党员存在松口气、歇歇脚的想法，这是{|RL4002:我|}必须时刻警醒的。
            """;
        await AnalyzerVerifier<PersonInconsistencyAnalyzer>.VerifyAsync(markup);
        var diagnostic = Assert.Single((await AnalyzerVerifier<PersonInconsistencyAnalyzer>.AnalyzeAsync(TestMarkup.Parse(markup).Text)).Diagnostics);
        Assert.Equal("本材料为党支部集体材料，应以“我们”等集体的口吻表述，“我”是第一人称单数。", diagnostic.Message);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("我们", diagnostic.Fix.Changes[0].NewText);
    }

    [Fact]
    public async Task 本人_我个人_and_我自己_in_a_collective_report_are_reported()
    {
        await VerifyAsync("[|本人|]也存在等靠思想，但[|本人|]没有及时纠正，[|我个人|]负有领导责任，[|我自己|]也要带头改进，[|我本人|]也有责任。", "CollectiveReview");
    }

    [Fact]
    public async Task Singular_first_person_in_a_unit_work_summary_is_reported()
    {
        await VerifyAsync("全镇经济平稳发展，[|我|]认为还要进一步加强队伍建设。", "WorkSummary");
    }

    [Fact]
    public async Task Collective_self_reference_in_a_personal_review_is_reported()
    {
        await VerifyAsync("[|我们支部|]将建立问题台账，[|本支部|]每月开展一次学习，[|班子一致认为|]要加强作风建设。", "PersonalReview");
    }

    [Fact]
    public async Task Other_collective_bodies_in_a_personal_review_are_reported()
    {
        await VerifyAsync("[|我们党工委|]对基层调研不够，[|我们支委会|]研究问题不深，[|我们两委班子|]分工不清，[|本总支|]制度执行不严。", "PersonalReview");
    }

    [Fact]
    public async Task Other_collective_bodies_as_objects_or_possessors_in_a_personal_review_are_reported()
    {
        await VerifyAsync("我对[|我们党工委|]的部署理解不深，[|我们支委会|]的同志给我提了意见，我向[|我们两委班子|]作了检讨，我将在[|本总支|]的要求下改进。", "PersonalReview");
    }

    [Theory]
    [InlineData("我对[|我们支部|]的学习负有责任，对[|我们支部|]党员的示范带动也不够。")]
    [InlineData("以上剖析，[|我们支部|]的同志在会前谈心时也给我指出过。")]
    [InlineData("在[|我们班子|]内部交流思想时，我有时碍于情面不愿多说。")]
    [InlineData("我督促[|我们班子|]各成员切实发挥“一岗双责”作用。")]
    [InlineData("我将带领[|本支部|]党员，发挥[|本支部|]的作用，推动[|我们党委|]确定的目标全面完成。")]
    [InlineData("有时[|我们班子|]成员进村入户的要求落实得不够好，[|我们领导班子|]成员也要带头。")]
    [InlineData("在[|我们党支部|]和局机关带头营造风清气正的氛围，把[|我们领导班子|]的决定落到实处。")]
    public async Task Collective_self_reference_as_an_object_or_attribute_in_a_personal_review_is_reported(string markup) =>
        await VerifyAsync(markup, "PersonalReview");

    [Fact]
    public async Task A_secretary_speaking_for_the_body_in_a_duty_report_is_not_reported()
    {
        const string text = """
            青石村党支部书记王某某2024年度抓基层党建工作述职报告

            一年来，我认真履行党建第一责任人职责，我们支部坚持“三会一课”制度，本支部全年发展党员2名。我们党支部将继续抓好阵地建设。
            """;
        var result = await AnalyzerVerifier<PersonInconsistencyAnalyzer>.AnalyzeAsync(text);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task A_secretary_speaking_for_another_collective_in_a_duty_report_is_reported()
    {
        const string markup = """
            东湖街道党工委书记2024年度抓基层党建工作述职报告

            一年来，我们党工委坚持党建引领，但[|我们班子|]对党建工作的督促检查不够经常，[|我们支部|]也要加强学习。
            """;
        await AnalyzerVerifier<PersonInconsistencyAnalyzer>.VerifyAsync(markup);
    }

    [Fact]
    public async Task Collective_self_reference_in_a_deputy_secretarys_duty_report_is_reported()
    {
        const string markup = """
            青石镇党委副书记、镇长王某某2024年度述职报告

            一年来，我认真履行镇长职责，[|我们党委|]坚持民主集中制，我将继续抓好政府工作。
            """;
        await AnalyzerVerifier<PersonInconsistencyAnalyzer>.VerifyAsync(markup);
    }

    [Fact]
    public async Task Collective_self_reference_in_a_duty_report_of_someone_who_is_not_a_secretary_is_reported()
    {
        const string markup = """
            青石镇副镇长王某某2024年度述职报告

            一年来，我认真履行分管领域工作职责，[|我们支部|]坚持“三会一课”制度，我将继续抓好分管工作。
            """;
        await AnalyzerVerifier<PersonInconsistencyAnalyzer>.VerifyAsync(markup);
    }

    [Fact]
    public async Task Third_person_self_description_in_a_personal_review_is_reported()
    {
        await VerifyAsync("我深入基层调研不够，[|该同志|]对群众反映的问题跟踪督办不够及时。", "PersonalReview");
    }

    [Fact]
    public async Task Collective_words_and_fixed_phrases_in_a_collective_report_are_not_reported()
    {
        await VerifyAsync("""
            我们深刻认识到，我镇、我局、我国、我党的各项事业都离不开团结奋斗。班子成员开展批评和自我批评，保持忘我工作的状态，
            舍小我、成大我，分清敌我界限。积极参加“我为群众办实事”实践活动，始终牢记为了谁、依靠谁、我是谁，
            树立功成不必在我、功成必定有我的境界，践行我将无我、不负人民的情怀，只争朝夕、时不我待，比学赶超、你追我赶，从我做起。
            """, "CollectiveReview");
    }

    [Fact]
    public async Task Secretary_speaking_for_the_body_is_not_reported()
    {
        await VerifyAsync("按照会议议程，我代表党支部班子作对照检查如下。", "CollectiveReview");
    }

    [Fact]
    public async Task Quoted_speech_and_titles_in_a_collective_report_are_not_reported()
    {
        await VerifyAsync("群众说：“我最盼的是路修好。”组织观看《我和我的祖国》，由党员本人签字确认，当事人本人也到场，张某某本人多次受到表彰。", "CollectiveReview");
    }

    [Fact]
    public async Task Split_collective_self_reference_is_not_reported()
    {
        await VerifyAsync("我乡各项工作稳步推进，我村群众满意，我辖区、我单位、我社区、我支部都要带头。", "CollectiveReview");
        await VerifyAsync("确保上级部署的各项要求在我苏木落地，我嘎查牧民增收明显。", "CollectiveReview");
    }

    [Fact]
    public async Task Personal_report_may_use_we_and_name_its_branch_without_a_first_person_plural()
    {
        await VerifyAsync("""
            我认真学习，本人严格要求自己。我们常说要敢于担当，作为班子成员，我对所在支部的学习负有责任，
            我将带领支部党员，发挥党支部的作用，把我所在的党支部建设好，对班子的决定不折不扣执行。
            """, "PersonalReview");
    }

    [Theory]
    [InlineData("群众说：“我们支部的干部就是能办事。”这句话让我很受触动。")]
    [InlineData("组织学习《我们班子的一年》，我深受教育。")]
    [InlineData("我们党是百年大党，我们党员干部要始终牢记初心使命，我们要对照检查。")]
    [InlineData("我支持支部书记的工作，对支部委员会的决定坚决执行。")]
    [InlineData("我镇、我局的各项工作稳步推进，我在分管领域带头落实。")]
    [InlineData("我们党委书记多次强调要转变作风，我们支部书记也多次提醒我。")]
    [InlineData("我和班子成员一起研究，支部的同志给我提了意见，党委的部署我坚决执行。")]
    public async Task Look_alike_collective_words_in_a_personal_review_are_not_reported(string text) =>
        await VerifyAsync(text, "PersonalReview");

    [Fact]
    public async Task Report_of_unknown_voice_is_not_checked()
    {
        await AnalyzerVerifier<PersonInconsistencyAnalyzer>.VerifyAsync("这是我必须时刻谨记的，我们支部也要改进。");
    }

    [Theory]
    [InlineData("CollectiveReview", "我们班子认真学习，我镇各项工作稳步推进。")]
    [InlineData("CollectiveReview", "坚持自我革命，发扬忘我工作精神，正确处理小我与大我的关系。")]
    [InlineData("CollectiveReview", "践行“我为群众办实事”，牢记为了谁、依靠谁、我是谁。")]
    [InlineData("CollectiveReview", "我国、我党、我军的光荣传统要继承发扬。")]
    [InlineData("CollectiveReview", "从我做起、从现在做起，比学赶超、你追我赶。")]
    [InlineData("WorkSummary", "由党员本人签字确认，我县各项指标稳中有升。")]
    [InlineData("PersonalReview", "所在支部的学习氛围浓厚，我深受教育。")]
    [InlineData("PersonalReview", "作为班子成员，我对分管工作负有责任，本人将带头整改。")]
    [InlineData("PersonalReview", "我们党是百年大党，我要始终牢记初心使命。")]
    public async Task Look_alike_person_words_are_not_reported(string genre, string text)
    {
        await VerifyAsync(text, genre);
    }

    [Theory]
    [InlineData("整改情况在我局内网公示，接受干部职工监督。")]
    [InlineData("把整改清单张贴在我院内公示栏。")]
    public async Task A_unit_self_reference_jieba_joined_with_a_place_word_is_not_reported(string text) =>
        await VerifyAsync(text, "CollectiveReview");

    [Theory]
    [InlineData("守住安全底线是我局责无旁待的使命。")]
    [InlineData("我院中医药服务能力不强，特色专科建设滞后。")]
    [InlineData("近年来我院中青年医生流失较多。")]
    public async Task A_unit_self_reference_jieba_joined_with_the_next_word_is_not_reported(string text) =>
        await VerifyAsync(text, "CollectiveReview");

    [Theory]
    [InlineData("[|我|]局面意识不强，整改情况在局内网公示。")]
    [InlineData("[|我|]市场意识不强，对服务短板督促不够。")]
    [InlineData("[|我|]部分工作落实不到位，对班子成员提醒不够。")]
    [InlineData("[|我|]站位不高，对问题的认识不足。")]
    [InlineData("[|我|]处事不够果断，遇到难题绕着走。")]
    [InlineData("[|我|]区分不清主次，抓工作平均用力。")]
    [InlineData("[|我|]局限于事务性工作，研究全局不够。")]
    public async Task Singular_first_person_before_other_words_starting_with_a_unit_character_is_reported(string markup) =>
        await VerifyAsync(markup, "CollectiveReview");

    [Theory]
    [InlineData("坚持民有所呼、我有所应，推行班子成员每周下村坐班。")]
    [InlineData("切实做到民有所呼、我必有所应，群众满意度持续提升。")]
    [InlineData("做到民有所盼、我有所为，办好群众家门口的小事。")]
    public async Task The_service_slogan_we_answer_what_the_people_ask_is_not_reported(string text) =>
        await VerifyAsync(text, "CollectiveReview");

    [Theory]
    [InlineData("群众有所呼，[|我|]却应对迟缓，督办跟进不及时。")]
    [InlineData("[|我|]有时对所分管的工作过问不够。")]
    [InlineData("对群众所盼，[|我|]有所了解但回应不快。")]
    public async Task Singular_first_person_near_the_slogan_words_is_still_reported(string markup) =>
        await VerifyAsync(markup, "CollectiveReview");
}
