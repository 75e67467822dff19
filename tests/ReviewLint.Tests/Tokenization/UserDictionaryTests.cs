using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Tokenization;

public class UserDictionaryTests
{
    private static IReadOnlyList<UserDictionaryEntry> Parse(string content) =>
        UserDictionaryEntry.Parse(new StringReader(content), "terms.txt");

    [Fact]
    public void Entries_read_word_frequency_and_tag()
    {
        var entries = Parse("\uFEFF# 公文用语\n\n三会一课 3000 nz\n筑牢 v\n镇域\n  赓续  2000  \n");
        Assert.Equal(
            [new UserDictionaryEntry("三会一课", 3000, "nz"), new UserDictionaryEntry("筑牢", UserDictionaryEntry.DefaultFrequency, "v"),
             new UserDictionaryEntry("镇域", UserDictionaryEntry.DefaultFrequency, null), new UserDictionaryEntry("赓续", 2000, null)],
            entries);
    }

    [Theory]
    [InlineData("筑牢 2000\n树牢 多次 v\n", 2, "多次")]
    [InlineData("筑牢 -5\n", 1, "-5")]
    [InlineData("正常 1\n\n# 注释\n过多 1 v 额外\n", 4, "过多 1 v 额外")]
    [InlineData("词 100 名词\n", 1, "名词")]
    public void A_malformed_line_is_named_by_file_and_line(string content, int line, string quoted)
    {
        var error = Assert.Throws<FormatException>(() => Parse(content));
        Assert.StartsWith($"terms.txt:{line}:", error.Message);
        Assert.Contains(quoted, error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = new TempDirectory();
        var error = Assert.Throws<FileNotFoundException>(() => UserDictionaryEntry.Load(folder["none.txt"]));
        Assert.Contains(folder["none.txt"], error.Message);
    }

    [Fact]
    public void Added_dictionary_words_change_segmentation_and_adding_again_does_nothing()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("terms.txt", "蹲不住 3000 v\n");
        var tokenizer = JiebaTokenizer.Shared;
        tokenizer.AddDictionary(path);
        tokenizer.AddDictionary(path);
        Assert.Contains("蹲不住", tokenizer.Tokenize("个别干部在基层蹲不住").Select(t => t.Text));
        Assert.True(tokenizer.IsWord("蹲不住"));
    }

    [Fact]
    public void A_bad_dictionary_file_fails_every_time_it_is_added()
    {
        using var folder = new TempDirectory();
        string path = folder.Write("bad.txt", "词 很多\n");
        Assert.Throws<FormatException>(() => JiebaTokenizer.Shared.AddDictionary(path));
        Assert.Throws<FormatException>(() => JiebaTokenizer.Shared.AddDictionary(path));
    }
}
