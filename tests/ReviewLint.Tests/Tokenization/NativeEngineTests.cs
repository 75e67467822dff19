using ReviewLint.Tokenization;
using ReviewLint.Tokenization.Native;

namespace ReviewLint.Tests.Tokenization;

public class NativeEngineTests
{
    private static List<string> Words(SegmentationEngine engine, string text)
    {
        var ends = new List<int>();
        engine.View.Cut(text, 0, text.Length, ends);
        var words = new List<string>();
        int start = 0;
        foreach (int end in ends)
        {
            words.Add(text[start..end]);
            start = end;
        }
        return words;
    }

    [Fact]
    public void User_words_added_while_the_dictionary_loads_are_applied_before_the_first_cut()
    {
        var engine = new NativeEngine(directory: null);
        engine.AddWords([new UserDictionaryEntry("蹲不住", 3000, "v"), new UserDictionaryEntry("帮不实", 0, null)]);
        Assert.Contains("蹲不住", Words(engine, "个别干部在基层蹲不住"));
        Assert.True(engine.GetFrequency("蹲不住") > 0);
        Assert.True(engine.GetFrequency("帮不实") > 0, "a frequency of 0 is replaced by the suggested one");
        Assert.True(engine.GetFrequency("筑牢") > 0, "the built-in user words are there too");
    }

    [Fact]
    public void Word_tags_survive_added_words_and_user_words_have_none()
    {
        var engine = new NativeEngine(directory: null);
        _ = engine.View;
        engine.AddWords([new UserDictionaryEntry("蹲不住", 3000, "v"), new UserDictionaryEntry("学习", 99, null)]);
        Assert.Equal("v", engine.GetWordTag("学习"));
        Assert.Equal("n", engine.GetWordTag("党章"));
        Assert.Null(engine.GetWordTag("蹲不住"));
    }

    [Fact]
    public void Words_added_after_the_load_replace_the_dictionary_without_touching_earlier_views()
    {
        var engine = new NativeEngine(directory: null);
        var before = engine.View;
        Assert.DoesNotContain("蹲不住", Words(engine, "个别干部在基层蹲不住"));
        engine.AddWords([new UserDictionaryEntry("蹲不住", 3000, null)]);
        Assert.Contains("蹲不住", Words(engine, "个别干部在基层蹲不住"));
        var ends = new List<int>();
        before.Cut("蹲不住", 0, 3, ends);
        Assert.NotEqual([3], ends);
        Assert.NotSame(before.Cache, engine.View.Cache);
    }

    [Fact]
    public void A_word_already_added_is_not_added_again()
    {
        var engine = new NativeEngine(directory: null);
        _ = engine.View;
        engine.AddWords([new UserDictionaryEntry("蹲不住", 3000, null)]);
        var view = engine.View;
        engine.AddWords([new UserDictionaryEntry("蹲不住", 5, null), new UserDictionaryEntry("筑牢", 1, null)]);
        Assert.Same(view, engine.View);
        Assert.Equal(3000, engine.GetFrequency("蹲不住"));
    }
}
