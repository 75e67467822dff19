using Verify = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Consistency.OrgTypeConsistencyAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Consistency;

public class OrgTypeConsistencyAnalyzerTests
{
    private const string BranchTitle = "石桥村党支部2023年度组织生活会对照检查材料\n（2024年1月20日）\n";
    private const string CommitteeTitle = "石桥镇党委领导班子2023年度民主生活会对照检查材料\n（2024年1月25日）\n";

    // ---- a branch speaking of a committee's bodies as its own ----

    [Fact]
    public Task Committee_secretary_in_a_branch_document_is_reported() =>
        Verify.VerifyAsync(BranchTitle + "一是学习形式单一。通过[|党委书记|]带头讲、支委跟进学的方式组织学习，覆盖面不广。");

    [Fact]
    public Task Central_study_group_in_a_branch_document_is_reported() =>
        Verify.VerifyAsync(BranchTitle + "（一）加强理论学习。加强[|中心组|]学习，[|理论学习中心组|]每月集中学习一次。");

    [Fact]
    public Task Democratic_life_meeting_held_by_a_branch_is_reported() =>
        Verify.VerifyAsync(BranchTitle + "支部每年召开[|民主生活会|]，开展批评和自我批评。经[|党委会|]研究，确定了整改清单。");

    [Fact]
    public Task A_general_branch_is_checked_like_a_branch() =>
        Verify.VerifyAsync("县人民医院党总支2023年度组织生活会对照检查材料\n总支坚持[|党组书记|]带头讲党课。");

    // ---- a committee speaking of a branch's bodies as its own ----

    [Fact]
    public Task Branch_committee_meeting_in_a_committee_document_is_reported() =>
        Verify.VerifyAsync(CommitteeTitle + "班子坚持重大事项经[|支委会|]集体研究，[|本支部|]全体党员参与讨论。");

    [Fact]
    public Task Branch_secretary_taking_the_lead_in_a_committee_document_is_reported() =>
        Verify.VerifyAsync(CommitteeTitle + "[|支部书记|]带头讲党课，班子成员结合分管工作谈体会。");

    [Fact]
    public Task Configured_organisation_is_used_when_the_title_names_none() =>
        Verify.VerifyAsync("2023年度对照检查材料\n一是学习不够深入，[|党委书记|]带头学的示范作用发挥不够。", o => o.Organization = "Branch");

    // ---- legitimate mentions ----

    [Theory]
    [InlineData("镇党委书记到支部讲党课，全体党员参加。")]
    [InlineData("支部书记列席县委理论学习中心组学习，回来后向支委会传达。")]
    [InlineData("邀请党委书记为全体党员讲党课。")]
    [InlineData("支部书记参加镇党委班子民主生活会。")]
    [InlineData("严格落实民主生活会和组织生活会制度。")]
    [InlineData("学习《中国共产党党委（党组）理论学习中心组学习规则》。")]
    [InlineData("加强党组织建设，落实“三会一课”，支部书记带头讲党课。")]
    [InlineData("按照上级党委要求，支部委员会认真研究整改措施。")]
    [InlineData("村党委书记、支部书记共同参加培训。")]
    [InlineData("配合落实党委书记抓基层党建述职评议。")]
    [InlineData("镇领导班子民主生活会上，支部书记作了表态发言。")]
    public Task Mentions_of_superiors_and_generic_rules_in_a_branch_document_are_not_reported(string body) =>
        Verify.VerifyAsync(BranchTitle + body);

    [Theory]
    [InlineData("指导各党支部按时召开支委会，规范“三会一课”。")]
    [InlineData("班子成员以普通党员身份参加所在支部组织生活会。")]
    [InlineData("督促村党支部书记带头落实整改任务。")]
    [InlineData("加强支部书记队伍建设，开展轮训。")]
    [InlineData("选优配强支部书记带头人。")]
    [InlineData("健全党委理论学习中心组学习制度，党委书记带头讲党课。")]
    public Task Mentions_of_subordinate_branches_in_a_committee_document_are_not_reported(string body) =>
        Verify.VerifyAsync(CommitteeTitle + body);

    [Theory]
    [InlineData("王某某同志在2023年度民主生活会上的个人发言提纲\n按照支部安排，我认真准备了民主生活会发言，党委书记带头开展批评。")]
    [InlineData("石桥村两委班子2023年工作总结\n村两委班子坚持支委会集体研究重大事项。")]
    [InlineData("2023年工作总结\n党委书记带头学，中心组学习每月一次。")]
    public Task Documents_whose_organisation_is_personal_ambiguous_or_unknown_are_not_checked(string text) =>
        Verify.VerifyAsync(text);

    [Fact]
    public Task Terms_can_be_ignored_by_option() =>
        Verify.VerifyAsync(BranchTitle + "加强中心组学习。", o => o.RuleOptions["RL2005"] = new() { ["ignore"] = "中心组" });
}
