using ReviewLint.Tokenization;

namespace ReviewLint.Tests.Tokenization;

public class JiebaSetupTests
{
    private static string[] AllFiles => [.. JiebaResources.SegmentationFiles, .. JiebaResources.PartOfSpeechFiles];

    [Fact]
    public void A_missing_data_directory_names_the_missing_file()
    {
        using var folder = new TempDirectory();
        var error = Assert.Throws<TokenizerException>(() => JiebaResources.Verify(folder["nowhere"]));
        Assert.Contains("缺失", error.Message);
        Assert.Contains("dict.txt", error.Message);
    }

    [Fact]
    public void An_empty_data_file_is_named()
    {
        using var folder = new TempDirectory();
        foreach (var file in AllFiles) folder.Write(file, "x");
        folder.Write("prob_emit.json", "");
        var error = Assert.Throws<TokenizerException>(() => JiebaResources.Verify(folder.Path));
        Assert.Contains("为空", error.Message);
        Assert.Contains("prob_emit.json", error.Message);
    }

    [Fact]
    public void A_complete_data_directory_passes()
    {
        using var folder = new TempDirectory();
        foreach (var file in AllFiles) folder.Write(file, "x");
        JiebaResources.Verify(folder.Path);
    }

    [Fact]
    public void A_configured_directory_is_verified_before_jieba_sees_it()
    {
        using var folder = new TempDirectory();
        Assert.Throws<TokenizerException>(() => JiebaResources.Locate(folder.Path));
    }

    [Fact]
    public void The_data_directory_cannot_change_once_jieba_is_set_up()
    {
        _ = JiebaTokenizer.Shared;
        using var folder = new TempDirectory();
        var error = Assert.Throws<TokenizerException>(() => new JiebaTokenizer(folder.Path));
        Assert.Contains(folder.Path, error.Message);
    }

    [Fact]
    public void The_located_data_is_complete_and_loads_a_real_dictionary()
    {
        string directory = JiebaResources.Locate(null);
        JiebaResources.Verify(directory);
        Assert.True(JiebaTokenizer.Shared.GetFrequency("的") > 1000);
    }
}
