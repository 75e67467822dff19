using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewLint.Configuration;

namespace ReviewLint.Tests.Configuration;

public class OptionsBindingTests
{
    private static ReviewLintOptions Bind(IConfiguration configuration)
    {
        using var provider = new ServiceCollection().AddReviewLint(configuration.GetSection("ReviewLint")).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ReviewLintOptions>>().Value;
    }

    private static void AssertBound(ReviewLintOptions options)
    {
        Assert.Equal("error", options.Rules["rl2001"]);
        Assert.Equal("off", options.Rules["repeated-character"]);
        Assert.Equal("全盟", options.RuleOptions["RL4001"]["extraforeignwords"]);
        Assert.Equal("DutyReport", options.Genre);
        Assert.Equal("青石镇", options.UnitName);
        Assert.Equal(["terms.txt"], options.Dictionaries);
        Assert.Equal(3, options.MaxDegreeOfParallelism);
        Assert.True(options.DiscoverConfigurationFiles);
    }

    [Fact]
    public void Options_bind_from_in_memory_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewLint:Rules:RL2001"] = "error",
            ["ReviewLint:Rules:repeated-character"] = "off",
            ["ReviewLint:RuleOptions:RL4001:extraForeignWords"] = "全盟",
            ["ReviewLint:Genre"] = "DutyReport",
            ["ReviewLint:UnitName"] = "青石镇",
            ["ReviewLint:Dictionaries:0"] = "terms.txt",
            ["ReviewLint:MaxDegreeOfParallelism"] = "3",
            ["ReviewLint:DiscoverConfigurationFiles"] = "true",
        }).Build();
        AssertBound(Bind(configuration));
    }

    [Fact]
    public void Options_bind_from_json_configuration()
    {
        const string json = """
            { "ReviewLint": {
                "rules": { "RL2001": "error", "repeated-character": "off" },
                "ruleOptions": { "RL4001": { "extraForeignWords": "全盟" } },
                "genre": "DutyReport", "unitName": "青石镇", "dictionaries": ["terms.txt"],
                "maxDegreeOfParallelism": 3, "discoverConfigurationFiles": true } }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        AssertBound(Bind(new ConfigurationBuilder().AddJsonStream(stream).Build()));
    }

    [Fact]
    public void Code_configuration_runs_after_binding()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Genre"] = "DutyReport" }).Build();
        using var provider = new ServiceCollection().AddReviewLint(configuration, o => o.UnitName = "白河乡").BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ReviewLintOptions>>().Value;
        Assert.Equal(("DutyReport", "白河乡"), (options.Genre, options.UnitName));
    }

    [Fact]
    public void An_unknown_key_names_the_section_and_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReviewLint:Colour"] = "red" }).Build();
        var error = Assert.Throws<ConfigurationException>(() => Bind(configuration));
        Assert.Equal("Colour", error.Key);
        Assert.Contains("ReviewLint", error.Message);
        Assert.Contains("Colour", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            { ["ReviewLint:MaxDegreeOfParallelism"] = "many" }).Build();
        var error = Assert.Throws<ConfigurationException>(() => Bind(configuration));
        Assert.Contains("MaxDegreeOfParallelism", error.Message);
    }

    [Fact]
    public void Clone_copies_deeply()
    {
        var options = new ReviewLintOptions { Genre = "DutyReport", MaxDegreeOfParallelism = 2, JiebaDataDirectory = "jieba", DiscoverConfigurationFiles = true };
        options.Rules["RL2001"] = "error";
        options.RuleOptions["RL4001"] = new() { ["a"] = "1" };
        options.Dictionaries.Add("terms.txt");
        var clone = options.Clone();
        clone.Rules["RL2001"] = "off";
        clone.RuleOptions["RL4001"]["a"] = "2";
        clone.Dictionaries.Add("more.txt");
        Assert.Equal("error", options.Rules["RL2001"]);
        Assert.Equal("1", options.RuleOptions["RL4001"]["a"]);
        Assert.Single(options.Dictionaries);
        Assert.Equal(("DutyReport", 2, "jieba", true), (clone.Genre, clone.MaxDegreeOfParallelism, clone.JiebaDataDirectory, clone.DiscoverConfigurationFiles));
        Assert.Equal("2", clone.RuleOptions["rl4001"]["A"]);
    }
}
