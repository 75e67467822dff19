using Verify = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Structure.HeadingStyleAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Structure;

public class HeadingStyleAnalyzerTests
{
    [Fact]
    public async Task Heading_that_stretches_the_shared_ending_and_drops_the_full_stop_is_reported()
    {
        const string markup = """
            三、存在的主要问题
            （一）对照目标要求，在理论学习方面。
            一是学习不够系统。
            （二）对照目标要求，在工作作风方面。
            一是调研不够深入。
            （三）对照目标要求，在纪律规矩方面。
            一是执行不够严格。
            （四）[|对照目标要求，在服务群众方面存在的问题|]
            一是联系不够紧密。
            """;
        await Verify.VerifyAsync(markup);
        var result = await Verify.AnalyzeAsync(Testing.TestMarkup.Parse(markup).Text);
        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Contains("其余同级标题以“方面”结尾，末尾有“。”", message);
        Assert.Contains("本标题以“方面存在的问题”结尾，末尾无标点", message);
    }

    [Fact]
    public Task Heading_that_cuts_the_shared_ending_short_is_reported() => Verify.VerifyAsync("""
        二、存在的问题
        （一）理论学习方面存在的问题
        （二）工作作风方面存在的问题
        （三）[|纪律规矩方面|]
        （四）服务群众方面存在的问题
        """);

    [Fact]
    public Task Run_in_heading_among_stand_alone_siblings_is_reported() => Verify.VerifyAsync("""
        三、整改措施
        （一）加强理论学习
        坚持每周集中学习。
        （二）改进工作作风
        深入基层调研。
        （三）严明纪律规矩
        严格执行各项制度。
        （四）[|压实主体责任|]。建立问题台账，逐项销号。
        """);

    [Fact]
    public Task Only_stand_alone_heading_with_a_full_stop_is_reported() => Verify.VerifyAsync("""
        三、整改措施
        （一）加强理论学习
        （二）改进工作作风
        （三）[|严明纪律规矩|]。
        （四）压实主体责任
        """);

    [Fact]
    public Task Parallel_headings_are_not_reported() => Verify.VerifyAsync("""
        三、存在的主要问题
        （一）对照目标要求，在理论学习方面。
        （二）对照目标要求，在工作作风方面。
        （三）对照目标要求，在纪律规矩方面。
        四、整改措施
        （一）加强理论学习。坚持每周集中学习。
        （二）改进工作作风。深入基层调研。
        （三）严明纪律规矩。严格执行各项制度。
        """);

    [Fact]
    public Task Two_siblings_have_no_majority() => Verify.VerifyAsync("""
        三、整改措施
        （一）加强理论学习。
        （二）改进工作作风
        """);

    [Fact]
    public Task Headings_that_differ_only_in_content_are_not_reported() => Verify.VerifyAsync("""
        二、存在的问题
        （一）理论学习能力不足
        （二）调查研究能力不足
        （三）群众工作能力不足
        （四）纪律规矩意识淡薄
        """);

    [Fact]
    public Task Sections_under_different_parents_may_use_different_layouts() => Verify.VerifyAsync("""
        二、存在的问题
        （一）理论学习不够深入
        （二）工作作风不够扎实
        （三）纪律规矩不够严格
        三、整改措施
        （一）加强理论学习。坚持每周集中学习。
        （二）改进工作作风。深入基层调研。
        （三）严明纪律规矩。严格执行各项制度。
        """);

    [Fact]
    public Task Even_split_has_no_odd_one_out() => Verify.VerifyAsync("""
        三、整改措施
        （一）加强理论学习。
        （二）改进工作作风。
        （三）严明纪律规矩
        （四）压实主体责任
        """);
}
