using Verify = ReviewLint.Testing.AnalyzerVerifier<ReviewLint.Analyzers.Punctuation.UnmatchedPairAnalyzer>;

namespace ReviewLint.Analyzers.Tests.Punctuation;

public class UnmatchedPairAnalyzerTests
{
    [Fact]
    public Task Unclosed_double_quote_is_reported() => Verify.VerifyAsync(
        "支部开展[|“|]我为群众办实事实践活动，解决了一批实际问题。\n党员普遍反映收获很大。\n");

    [Fact]
    public Task Closing_bracket_without_opener_is_reported() => Verify.VerifyAsync(
        "按照县委部署要求，2021年7月2日召开专题组织生活会[|）|]，全体党员参加。\n");

    [Fact]
    public Task Unclosed_book_title_mark_is_reported() => Verify.VerifyAsync(
        "认真学习[|《|]中国共产党纪律处分条例，做到知边界、守底线。\n");

    [Fact]
    public Task Unclosed_lenticular_bracket_is_reported() => Verify.VerifyAsync(
        "[|【|]典型案例分析：个别党员干部纪律意识淡薄。\n");

    [Fact]
    public Task Unclosed_single_quote_inside_double_quotes_is_reported() => Verify.VerifyAsync(
        "他说：“要把[|‘|]学党史、悟思想落到实处。”\n");

    [Fact]
    public async Task Quote_typed_the_wrong_way_round_is_reported_once_with_its_direction()
    {
        await Verify.VerifyAsync("坚持“学党史、悟思想[|“|]，推动工作落实。\n");
        var result = await Verify.AnalyzeAsync("坚持“学党史、悟思想“，推动工作落实。\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("引号方向有误：此处的前引号（“）疑应为后引号（”）。", diagnostic.Message);
        Assert.False(diagnostic.Fix!.IsSafe);
    }

    [Fact]
    public Task Unmatched_mark_in_a_heading_is_reported() => Verify.VerifyAsync(
        "一、学习[|《|]党史情况\n（一）存在的问题\n");

    [Fact]
    public Task Balanced_nested_marks_are_not_reported() => Verify.VerifyAsync(
        "他强调：“要深刻领悟‘两个确立’的决定性意义，认真学习《中国共产党简史》（人民出版社2021年版）。”\n");

    [Fact]
    public Task Quotation_spanning_paragraphs_opens_each_paragraph_and_closes_only_the_last() => Verify.VerifyAsync("""
        会上传达了上级要求：“一要提高政治站位，把学习教育抓紧抓实。
        “二要坚持问题导向，把整改落实贯穿始终。
        “三要加强组织领导，确保取得实效。”
        """);

    [Fact]
    public Task Apostrophe_in_english_words_is_not_a_closing_quote() => Verify.VerifyAsync(
        "会上播放了专题片China’s Rural Revitalization，大家深受教育。\n");

    [Fact]
    public Task List_markers_closed_by_a_single_bracket_are_not_reported() => Verify.VerifyAsync(
        "主要包括：1）集中学习；2）专题研讨；a)个人自学。\n");

    [Fact]
    public Task Full_width_bracket_closed_by_half_width_counts_as_a_pair() => Verify.VerifyAsync(
        "依据《关于加强基层党建工作的意见》（县发〔2021〕15号)执行。\n");

    [Fact]
    public Task Brackets_inside_urls_and_comments_are_ignored() => Verify.VerifyAsync(
        "详见网站https://www.example.gov.cn/list_(2021).html的通知。<!-- 引用原文（保留 -->\n");

    [Fact]
    public Task Document_numbers_and_nested_book_titles_are_balanced() => Verify.VerifyAsync(
        "根据县委〔2021〕15号文件【重要】，认真学习《关于〈中国共产党支部工作条例〉的说明》。\n");

    [Fact]
    public Task Paragraph_opening_with_a_quote_after_a_balanced_paragraph_is_not_reported() => Verify.VerifyAsync(
        "会上大家谈到了“学党史、悟思想”的体会。\n“办实事、开新局”是检验学习成效的标尺。\n");

    [Fact]
    public Task Quote_that_ends_a_paragraph_is_flagged_when_the_next_paragraph_does_not_continue_it() => Verify.VerifyAsync(
        "会上传达了上级要求：[|“|]一要提高政治站位。\n二要坚持问题导向。\n");

    // ---- crossed pairs ----

    [Fact]
    public async Task Crossed_quote_and_bracket_are_reported_once_at_the_mark_that_closes_out_of_order()
    {
        await Verify.VerifyAsync("支部开展“我为群众办实事（第二批[|”|]）活动，解决了一批实际问题。\n");
        var result = await Verify.AnalyzeAsync("支部开展“我为群众办实事（第二批”）活动，解决了一批实际问题。\n");
        var message = Assert.Single(result.Diagnostics).Message;
        Assert.Contains("前括号（（）", message);
        Assert.Contains("后引号（”）", message);
        Assert.Contains("交叉", message);
    }

    [Fact]
    public Task Crossed_book_title_and_quote_are_reported() => Verify.VerifyAsync(
        "认真学习“《中国共产党纪律处分条例[|”|]》，做到知边界、守底线。\n");

    [Fact]
    public Task Crossed_bracket_and_book_title_are_reported() => Verify.VerifyAsync(
        "依据《关于加强基层党建工作的意见（试行[|》|]）执行。\n");

    [Fact]
    public Task Crossing_marks_are_reported_alongside_an_unmatched_one() => Verify.VerifyAsync(
        "支部开展“我为群众办实事（第二批[|”|]）活动，[|《|]解决了一批实际问题。\n");

    [Fact]
    public Task Nested_pairs_of_different_kinds_are_not_crossed() => Verify.VerifyAsync(
        "他说：“认真学习《条例》（2023年修订），做到‘两个维护’。”（会议记录）\n");

    [Fact]
    public Task Pairs_in_different_paragraphs_do_not_cross() => Verify.VerifyAsync("""
        会上传达了上级要求：“一要提高政治站位（把学习教育抓紧抓实）。
        “二要坚持问题导向，把整改落实贯穿始终。”
        """);

    [Fact]
    public Task Bracket_list_marker_inside_a_quote_is_not_a_crossing() => Verify.VerifyAsync(
        "他说：“主要包括：1）集中学习；2）专题研讨。”\n");

    [Fact]
    public Task Marks_of_a_kind_left_unmatched_are_not_also_reported_as_crossing() => Verify.VerifyAsync(
        "坚持[|“|]学党史（悟思想“）”，推动工作落实。\n");
}
