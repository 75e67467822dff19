using ReviewLint.Cli.Check;

namespace ReviewLint.Cli.Tests.Unit;

public class UnifiedDiffTests
{
    private static string Lines(int from, int to, Func<int, string>? change = null) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => (change?.Invoke(i) ?? $"第{i}行") + "\n"));

    [Fact]
    public void Identical_texts_give_no_diff()
    {
        Assert.Equal("", UnifiedDiff.Create("a.txt", Lines(1, 5), Lines(1, 5)));
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_with_three_lines_of_context()
    {
        string diff = UnifiedDiff.Create("材料/a.txt", Lines(1, 20), Lines(1, 20, i => i is 2 or 18 ? $"第{i}行改" : $"第{i}行"));
        Assert.Equal(
            "--- a/材料/a.txt\n+++ b/材料/a.txt\n" +
            "@@ -1,5 +1,5 @@\n 第1行\n-第2行\n+第2行改\n 第3行\n 第4行\n 第5行\n" +
            "@@ -15,6 +15,6 @@\n 第15行\n 第16行\n 第17行\n-第18行\n+第18行改\n 第19行\n 第20行\n",
            diff);
    }

    [Fact]
    public void Close_changes_share_one_hunk()
    {
        string diff = UnifiedDiff.Create("a.txt", Lines(1, 12), Lines(1, 12, i => i is 3 or 8 ? $"第{i}行改" : $"第{i}行"));
        Assert.Single(diff.Split('\n'), line => line.StartsWith("@@", StringComparison.Ordinal));
        Assert.Contains("@@ -1,11 +1,11 @@", diff);
    }

    [Fact]
    public void Inserted_and_deleted_lines_are_aligned()
    {
        string diff = UnifiedDiff.Create("a.txt", "甲\n乙\n丙\n", "甲\n新\n丙\n丁\n");
        Assert.Equal("--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,4 @@\n 甲\n-乙\n+新\n 丙\n+丁\n", diff);
    }

    [Fact]
    public void Missing_final_newline_and_crlf_are_kept_and_marked()
    {
        string diff = UnifiedDiff.Create("/abs/a.txt", "甲\r\n乙", "甲\r\n丙");
        Assert.Equal("--- /abs/a.txt\n+++ /abs/a.txt\n@@ -1,2 +1,2 @@\n 甲\r\n-乙\n\\ No newline at end of file\n+丙\n\\ No newline at end of file\n", diff);
    }
}
