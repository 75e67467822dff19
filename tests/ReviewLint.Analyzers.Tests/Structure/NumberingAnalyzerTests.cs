using ReviewLint.Analyzers.Structure;
using ReviewLint.Diagnostics;
using Verify = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Structure.NumberingAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Structure;

public class NumberingAnalyzerTests
{
    // ---- skipped, repeated and mistyped markers ----

    [Fact]
    public Task Skipped_top_level_heading_is_reported() => Verify.VerifyAsync("""
        一、学习开展情况
        支部坚持每周集中学习。
        二、存在的主要问题
        理论学习不够深入。
        [|四、|]整改措施
        坚持问题导向，逐项整改。
        """);

    [Fact]
    public Task Repeated_second_level_heading_is_reported() => Verify.VerifyAsync("""
        一、存在的问题
        （一）理论学习不够深入
        （二）工作作风不够扎实
        [|（二）|]担当作为不够有力
        """);

    [Fact]
    public async Task Mistyped_marker_between_two_correct_ones_is_reported_with_an_unsafe_renumbering_fix()
    {
        await Verify.VerifyAsync("""
            一、整改措施
            （一）加强理论学习
            （二）改进工作作风
            [|（二）|]严明纪律规矩
            （四）强化责任担当
            """);
        var result = await Verify.AnalyzeAsync("一、整改措施\n（一）加强理论学习\n（二）改进工作作风\n（二）严明纪律规矩\n（四）强化责任担当\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("应为“（三）”", diagnostic.Message);
        Assert.False(diagnostic.Fix!.IsSafe);
        Assert.Equal("三", diagnostic.Fix.Changes[0].NewText);
    }

    [Fact]
    public Task Skipped_arabic_marker_is_reported() => Verify.VerifyAsync("""
        一、主要做法
        1.健全学习制度
        2.创新学习方式
        [|4.|]强化学习考核
        """);

    [Fact]
    public Task Heading_level_that_starts_above_one_is_reported() => Verify.VerifyAsync("""
        一、基本情况
        [|（二）|]主要成效
        （三）经验体会
        """);

    [Fact]
    public Task Skipped_item_inside_a_paragraph_is_reported() => Verify.VerifyAsync(
        "一、原因剖析\n一是理想信念有所松动，对理论学习重视不够；[|三是|]宗旨意识有所淡化，联系群众不够紧密。\n");

    [Fact]
    public Task Skipped_item_across_paragraphs_is_reported() => Verify.VerifyAsync("""
        一、原因剖析
        一是理想信念有所松动。对理论学习重视不够。
        二是宗旨意识有所淡化。联系群众不够紧密。
        [|四是|]纪律规矩意识有所放松。
        """);

    [Fact]
    public Task Item_run_after_a_heading_that_starts_with_er_shi_is_reported() => Verify.VerifyAsync("""
        一、原因剖析
        [|二是|]宗旨意识有所淡化；三是纪律意识有所放松。
        """);

    [Fact]
    public async Task Numbering_that_carries_on_from_the_previous_section_is_info()
    {
        await Verify.VerifyAsync("""
            一、存在的问题
            （一）学习不够深入
            （二）作风不够扎实
            二、整改措施
            [|（三）|]加强理论学习
            （四）改进工作作风
            """);
        var result = await Verify.AnalyzeAsync("一、存在的问题\n（一）学习不够深入\n（二）作风不够扎实\n二、整改措施\n（三）加强理论学习\n（四）改进工作作风\n");
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public Task Correct_numbering_that_restarts_under_each_parent_is_not_reported() => Verify.VerifyAsync("""
        一、存在的问题
        （一）学习不够深入
        1.学习缺乏系统性
        2.学用结合不紧
        （二）作风不够扎实
        1.调查研究不够
        2.服务意识不强
        二、整改措施
        （一）加强理论学习
        （二）改进工作作风
        三、下一步打算
        """);

    [Fact]
    public Task Item_runs_that_restart_and_continue_across_paragraphs_are_not_reported() => Verify.VerifyAsync("""
        一、原因剖析
        一是理想信念有所松动。对理论学习重视不够。
        二是宗旨意识有所淡化。
        三是纪律意识有所放松。
        二、整改措施
        （一）加强学习。一是坚持集中学习；二是开展专题研讨。
        （二）改进作风。一是深入基层调研；二是解决群众急难愁盼问题；三是健全联系群众制度。
        """);

    [Fact]
    public Task Nested_item_list_inside_an_item_does_not_break_the_outer_run() => Verify.VerifyAsync("""
        一、整改措施
        一是加强理论学习。
        二是落实两项制度：一是谈心谈话制度；二是联系群众制度。
        三是强化监督检查。
        """);

    [Fact]
    public Task Nested_item_list_that_goes_on_in_later_paragraphs_stays_one_run() => Verify.VerifyAsync("""
        一、整改措施
        一是加强理论学习。
        二是落实三项制度：一是谈心谈话制度。
        二是联系群众制度。
        三是民主评议制度。
        """);

    [Fact]
    public Task Yi_shi_yi_idiom_is_not_a_list() => Verify.VerifyAsync(
        "一、整改措施\n汇报工作要一是一、二是二，实事求是。\n");

    [Fact]
    public Task Two_level_document_with_arabic_markers_under_chinese_ones_is_not_reported() => Verify.VerifyAsync("""
        一、主要做法
        1.健全学习制度
        2.创新学习方式
        二、存在问题
        1.学习不够深入
        2.作风不够扎实
        """);

    [Fact]
    public Task Decimal_number_at_the_start_of_a_paragraph_is_not_a_marker() => Verify.VerifyAsync("""
        一、主要成效
        1.资金投入
        3.5万元专项经费全部到位。
        2.队伍建设
        """);

    // ---- marker punctuation (GB/T 9704-2012, GB/T 15834-2011) ----

    [Fact]
    public Task Full_stop_after_a_chinese_numeral_is_fixed_to_dunhao() => Verify.VerifyFixAsync(
        "一、学习情况\n[|二.|]存在问题\n三、整改措施\n",
        "一、学习情况\n二、存在问题\n三、整改措施\n");

    [Fact]
    public Task Punctuation_after_a_bracketed_marker_is_removed() => Verify.VerifyFixAsync(
        "一、存在问题\n[|（一）、|]学习不够深入\n（二）作风不够扎实\n",
        "一、存在问题\n（一）学习不够深入\n（二）作风不够扎实\n");

    [Fact]
    public Task Half_width_brackets_around_a_chinese_numeral_are_made_full_width() => Verify.VerifyFixAsync(
        "一、存在问题\n（一）学习不够深入\n[|(二)|]作风不够扎实\n",
        "一、存在问题\n（一）学习不够深入\n（二）作风不够扎实\n");

    [Fact]
    public async Task Arabic_marker_with_dunhao_used_throughout_is_info()
    {
        await Verify.VerifyFixAsync("一、主要做法\n[|1、|]健全制度\n[|2、|]创新方式\n", "一、主要做法\n1.健全制度\n2.创新方式\n");
        var result = await Verify.AnalyzeAsync("一、主要做法\n1、健全制度\n2、创新方式\n");
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public async Task Arabic_marker_with_dunhao_among_full_stops_is_a_warning()
    {
        await Verify.VerifyAsync("一、主要做法\n1.健全制度\n[|2、|]创新方式\n3.强化考核\n");
        var result = await Verify.AnalyzeAsync("一、主要做法\n1.健全制度\n2、创新方式\n3.强化考核\n");
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public Task Arabic_marker_with_dunhao_is_accepted_when_the_option_allows_it() => Verify.VerifyAsync(
        "一、主要做法\n1、健全制度\n2、创新方式\n",
        o => o.RuleOptions["RL1003"] = new() { [NumberingAnalyzer.AllowArabicDunhaoOption] = "true" });

    [Fact]
    public Task Standard_markers_at_every_level_are_not_reported() => Verify.VerifyAsync("""
        一、存在问题
        （一）学习不够深入
        1.学习缺乏系统性
        （1）集中学习次数偏少
        （2）自学缺乏计划
        2.学用结合不紧
        （二）作风不够扎实
        """);

    [Fact]
    public Task Full_width_stop_after_arabic_numerals_used_throughout_is_not_reported() => Verify.VerifyAsync(
        "一、主要做法\n1．健全制度\n2．创新方式\n");

    // ---- counts announced in the text ----

    [Fact]
    public Task Count_before_items_that_lists_fewer_is_reported() => Verify.VerifyAsync(
        "一、存在的问题\n对照检视，主要存在[|三个方面|]的不足：一是理论学习不够深入；二是调查研究不够扎实。\n");

    [Fact]
    public Task Count_before_a_nested_list_is_compared_with_that_list_only() => Verify.VerifyAsync("""
        一、整改措施
        一是加强理论学习。
        二是落实[|三项制度|]：一是谈心谈话制度；二是联系群众制度。
        三是强化监督检查。
        """);

    [Fact]
    public Task Count_that_ends_the_previous_paragraph_is_compared_with_the_items() => Verify.VerifyAsync("""
        一、主要做法
        一年来，支部重点抓了[|四项工作|]：
        一是健全学习制度。
        二是创新学习方式。
        三是强化学习考核。
        """);

    [Fact]
    public Task Count_in_a_heading_compared_with_its_subheadings_is_reported() => Verify.VerifyAsync("""
        一、整改措施
        （一）从[|三个方面|]加强理论武装
        1.坚持集中学习
        2.开展专题研讨
        （二）改进工作作风
        """);

    [Fact]
    public Task Count_followed_by_fewer_headline_sentences_is_reported() => Verify.VerifyAsync(
        "一、主要做法\n一是健全机制，确保[|四个保障|]。组织领导有保障。成立工作专班，明确责任分工。经费投入有保障。设立专项经费。学习时间有保障。每周安排集中学习。\n");

    [Fact]
    public Task Count_after_fewer_quoted_titles_is_reported() => Verify.VerifyAsync(
        "一、主要做法\n支部开展“学理论、强信念”、“办实事、解民忧”、“亮身份、树形象”[|四个活动|]，取得了实效。\n");

    [Fact]
    public Task Counts_that_agree_with_the_items_are_not_reported() => Verify.VerifyAsync("""
        一、主要做法
        一是健全机制，确保三个保障。组织领导有保障。成立工作专班。经费投入有保障。设立专项经费。学习时间有保障。每周安排集中学习。
        二是开展“学理论、强信念”、“办实事、解民忧”、“亮身份、树形象”三个活动，取得了实效。
        三是落实两项制度：一是谈心谈话制度；二是联系群众制度。
        二、存在的问题
        对照检视，主要存在以下三个方面的不足：
        （一）理论学习不够深入
        （二）调查研究不够扎实
        （三）联系群众不够紧密
        """);

    [Fact]
    public Task Count_that_agrees_with_a_list_in_the_following_paragraphs_is_not_reported() => Verify.VerifyAsync("""
        一、主要做法
        一年来，支部重点抓了三项工作：
        一是健全学习制度。
        二是创新学习方式。
        三是强化学习考核。
        """);

    [Fact]
    public Task Count_in_a_heading_that_agrees_with_its_subheadings_is_not_reported() => Verify.VerifyAsync("""
        一、整改措施
        （一）从两个方面加强理论武装
        1.坚持集中学习
        2.开展专题研讨
        （二）改进工作作风
        """);

    [Fact]
    public Task Count_after_book_titles_that_agrees_is_not_reported() => Verify.VerifyAsync(
        "一、学习情况\n支部集中学习了《中国共产党简史》《习近平新时代中国特色社会主义思想学习纲要》两本书。\n");

    [Fact]
    public Task Places_counted_before_items_are_not_an_announced_list() => Verify.VerifyAsync(
        "一、主要做法\n支部联系了三个村：一是开展结对帮扶；二是组织志愿服务。\n");

    [Fact]
    public Task Fixed_formulation_before_items_is_not_an_announced_count() => Verify.VerifyAsync(
        "一、整改措施\n我们将坚决做到两个维护。一是加强理论学习；二是严明政治纪律；三是压实主体责任。\n");

    [Fact]
    public Task Quoted_count_before_items_is_not_an_announced_count() => Verify.VerifyAsync(
        "一、整改措施\n牢固树立“四个意识”。一是加强理论学习；二是严明政治纪律；三是压实主体责任。\n");

    [Fact]
    public Task Count_after_an_open_list_with_deng_is_not_reported() => Verify.VerifyAsync(
        "一、主要做法\n支部开展“学理论、强信念”“办实事、解民忧”等四个活动，取得了实效。\n");

    [Fact]
    public Task Duration_before_items_is_not_an_announced_count() => Verify.VerifyAsync(
        "一、主要做法\n支部用两个月时间集中整改：一是查摆问题；二是建立台账；三是逐项销号。\n");

    [Fact]
    public Task Count_in_an_earlier_clause_is_not_compared_with_the_items() => Verify.VerifyAsync(
        "一、主要做法\n支部围绕三个方面开展工作，取得了明显成效。一是学习更加系统；二是作风更加扎实。\n");

    [Fact]
    public Task Count_in_a_previous_item_paragraph_is_not_compared_with_a_fresh_list() => Verify.VerifyAsync("""
        一、主要做法
        一是健全学习制度。二是开展两项活动。
        一是开展专题党课；二是开展主题党日；三是开展志愿服务。
        """);

    [Fact]
    public Task Headlines_that_do_not_all_share_the_noun_are_not_compared() => Verify.VerifyAsync(
        "一、主要做法\n一是压实责任，做到四个到位。我们狠抓落实。思想认识到位。组织领导到位。\n");

    // ---- comma, colon and bracket-with-mark markers ----

    [Fact]
    public Task Skipped_comma_heading_is_reported_with_its_style() => Verify.VerifyAsync("""
        [|一，|]学习开展情况
        [|二，|]存在的主要问题
        [|[|四，|]|]整改措施
        """);

    [Fact]
    public async Task Comma_heading_markers_get_a_safe_fix_to_the_dunhao()
    {
        var result = await Verify.AnalyzeAsync("一，学习开展情况\n二，存在的主要问题\n");
        Assert.All(result.Diagnostics, d => Assert.Contains("汉字数字序号后应用顿号", d.Message));
        Assert.Equal(["一、", "二、"], result.Diagnostics.Select(d => d.Fix!.Changes[0].NewText));
        Assert.All(result.Diagnostics, d => Assert.True(d.Fix!.IsSafe));
    }

    [Fact]
    public Task Repeated_arabic_comma_heading_is_reported() => Verify.VerifyAsync("""
        一、主要做法
        [|1，|]健全学习制度
        [|2，|]创新学习方式
        [|[|2，|]|]强化学习考核
        """);

    [Fact]
    public Task Bracketed_heading_with_a_colon_or_dunhao_is_reported() => Verify.VerifyAsync("""
        一、存在的问题
        [|（一）：|]理论学习方面
        [|(二)、|]工作作风方面
        （三）担当作为方面
        """);

    [Fact]
    public Task Comma_marker_mixed_with_the_standard_one_at_one_level_is_reported() => Verify.VerifyAsync("""
        一、学习开展情况
        [|二，|]存在的主要问题
        三、整改措施
        """);

    [Fact]
    public Task Skipped_di_item_is_reported() => Verify.VerifyAsync(
        "一、原因剖析\n主要原因有：第一，理想信念有所松动；第二，宗旨意识有所淡化；[|第四|]，纪律规矩意识有所放松。\n");

    [Fact]
    public Task Repeated_inline_comma_item_is_reported_with_its_style() => Verify.VerifyAsync(
        "一、原因剖析\n主要表现在：[|一，|]学习不深；[|二，|]调研不够；[|[|二，|]|]落实不力。\n");

    [Fact]
    public Task Inline_numbered_items_in_the_standard_style_are_not_reported() => Verify.VerifyAsync(
        "一、原因剖析\n主要表现在：（一）学习不深；（二）调研不够；（三）落实不力。具体有：1.学习时间少；2.学习方法旧。\n");

    [Fact]
    public Task Di_words_that_are_not_a_list_are_not_reported() => Verify.VerifyAsync(
        "一、主要做法\n第一书记驻村以来，第一时间走访农户。第三次集中学习时，第二批党员参加。\n");

    // ---- 首先 … 其次 … 再次 … 最后 ----

    [Fact]
    public Task Sequence_words_in_order_are_not_reported() => Verify.VerifyAsync("""
        一、整改措施
        首先，加强理论学习。其次，改进工作作风。再次，严明纪律规矩。最后，强化责任担当。
        首先要提高认识；最后要抓好落实。
        """);

    [Fact]
    public Task Word_after_zuihou_is_reported() => Verify.VerifyAsync("""
        一、整改措施
        首先，加强理论学习。
        最后，强化责任担当。
        [|其次|]，改进工作作风。
        """);

    [Fact]
    public async Task Repeated_qici_is_reported_with_an_unsafe_fix_to_zaici()
    {
        await Verify.VerifyAsync("一、整改措施\n首先，加强理论学习。其次，改进工作作风。[|其次|]，严明纪律规矩。\n");
        var result = await Verify.AnalyzeAsync("一、整改措施\n首先，加强理论学习。其次，改进工作作风。其次，严明纪律规矩。\n");
        var fix = Assert.Single(result.Diagnostics).Fix!;
        Assert.False(fix.IsSafe);
        Assert.Equal("再次", fix.Changes[0].NewText);
    }

    [Fact]
    public Task Zaici_without_qici_is_reported() => Verify.VerifyAsync(
        "一、整改措施\n首先，加强理论学习；[|再次|]，改进工作作风；最后，严明纪律规矩。\n");

    [Fact]
    public Task Lone_or_mid_sentence_sequence_words_are_not_reported() => Verify.VerifyAsync("""
        一、整改措施
        我们首先要加强学习，其次要改进作风。
        其次，要改进工作作风。
        再次强调纪律要求。最后，我代表班子表态。
        """);

    // ---- quoted markers ----

    [Fact]
    public Task List_quoted_from_feedback_is_not_the_reports_own_list() => Verify.VerifyAsync(
        "一、整改落实情况\n上级反馈指出：“一是理论学习不够深入；二是调查研究不够扎实。”支部逐项制定了措施。\n");

    [Fact]
    public Task List_that_starts_at_er_after_a_quoted_yi_is_not_reported() => Verify.VerifyAsync(
        "一、原因剖析\n“一是理论学习不够深入”的问题在上次已作剖析，不再重复；二是调查研究不够扎实；三是服务群众不够主动。\n");

    [Fact]
    public Task Heading_level_that_starts_at_er_after_a_quoted_yi_is_not_reported() => Verify.VerifyAsync("""
        一、整改落实情况
        上次会议查摆的“（一）理论学习方面”问题已整改到位，下面报告其余问题。
        （二）工作作风方面
        （三）担当作为方面
        """);

    [Fact]
    public Task List_that_starts_at_er_without_a_quoted_yi_is_still_reported() => Verify.VerifyAsync(
        "一、原因剖析\n理论学习问题在上次已作剖析；[|二是|]调查研究不够扎实；三是服务群众不够主动。\n");

    [Fact]
    public Task Announced_count_is_checked_against_a_sequence_word_list() => Verify.VerifyAsync(
        "一、存在的问题\n对照检视，主要存在[|三个方面|]的不足：首先，理论学习不够深入；最后，调查研究不够扎实。\n");
}
