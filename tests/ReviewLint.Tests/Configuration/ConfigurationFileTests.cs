using ReviewLint.Configuration;

namespace ReviewLint.Tests.Configuration;

public class ConfigurationFileTests
{
    private static ConfigurationException LoadError(string json)
    {
        using var folder = new TempDirectory();
        string path = folder.Write("reviewlint.json", json);
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFiles.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Equal(path, error.ConfigurationSource);
        return error;
    }

    [Fact]
    public void A_valid_file_sets_every_option()
    {
        using var folder = new TempDirectory();
        folder.Write("dict/terms.txt", "镇域经济 2000 n\n");
        string path = folder.Write("reviewlint.json", """
            {
              "$schema": "./reviewlint.schema.json",
              "rules": { "RL2001": "error", "repeated-character": "off" },
              "ruleOptions": { "RL4001": { "extraForeignWords": "全盟", "maxLength": 40, "strict": true, "words": ["全旗", 3] } },
              "genre": "CollectiveReview",
              "unitName": "青石镇",
              "unitType": "Town",
              "voice": "Collective",
              "date": "2024-01-10",
              "dictionaries": ["dict/terms.txt"]
            }
            """);
        var options = ConfigurationFiles.Load(path);
        Assert.Equal("error", options.Rules["rl2001"]);
        Assert.Equal("off", options.Rules["repeated-character"]);
        var ruleOptions = options.RuleOptions["rl4001"];
        Assert.Equal("全盟", ruleOptions["extraforeignwords"]);
        Assert.Equal("40", ruleOptions["maxLength"]);
        Assert.Equal("true", ruleOptions["strict"]);
        Assert.Equal("全旗,3", ruleOptions["words"]);
        Assert.Equal(("CollectiveReview", "青石镇", "Town", "Collective", "2024-01-10"),
            (options.Genre, options.UnitName, options.UnitType, options.Voice, options.Date));
        Assert.Equal([folder["dict/terms.txt"]], options.Dictionaries);
    }

    [Fact]
    public void Comments_trailing_commas_and_any_key_case_are_accepted()
    {
        var options = ConfigurationFiles.Parse("""
            // 本目录的检查配置
            {
              /* 规则 */
              "Rules": { "RL2001": "warning", },
              "GENRE": "DutyReport",
            }
            """, "reviewlint.json");
        Assert.Equal("warning", options.Rules["RL2001"]);
        Assert.Equal("DutyReport", options.Genre);
    }

    [Fact]
    public void An_empty_object_gives_default_options()
    {
        var options = ConfigurationFiles.Parse("{}", "reviewlint.json");
        Assert.Empty(options.Rules);
        Assert.Null(options.Genre);
        Assert.Empty(options.Dictionaries);
    }

    [Fact]
    public void A_syntax_error_names_the_file_and_line()
    {
        var error = LoadError("{\n  \"genre\": \"DutyReport\"\n  \"unitName\": \"青石镇\"\n}");
        Assert.Contains("第 3 行", error.Message);
        Assert.Contains("JSON 语法错误", error.Message);
    }

    [Fact]
    public void An_unknown_key_is_named_with_the_keys_that_exist()
    {
        var error = LoadError("{ \"genre\": \"DutyReport\", \"colour\": \"red\" }");
        Assert.Equal("colour", error.Key);
        Assert.Contains("未知的配置项 colour", error.Message);
        Assert.Contains("unitName", error.Message);
    }

    [Theory]
    [InlineData("{ \"rules\": [\"RL2001\"] }", "rules")]
    [InlineData("{ \"rules\": { \"RL2001\": 2 } }", "rules.RL2001")]
    [InlineData("{ \"genre\": 3 }", "genre")]
    [InlineData("{ \"dictionaries\": \"terms.txt\" }", "dictionaries")]
    [InlineData("{ \"ruleOptions\": { \"RL4001\": \"x\" } }", "ruleOptions.RL4001")]
    public void A_value_of_the_wrong_type_is_named(string json, string key)
    {
        var error = LoadError(json);
        Assert.Equal(key, error.Key);
        Assert.Contains(key, error.Message);
    }

    [Theory]
    [InlineData("{ \"rules\": { \"RL2001\": \"fatal\" } }", "rules.RL2001", "fatal")]
    [InlineData("{ \"rules\": { \"RL2001\": null } }", "rules.RL2001", "null")]
    [InlineData("{ \"genre\": \"Speech\" }", "genre", "CollectiveReview")]
    [InlineData("{ \"unitType\": \"Galaxy\" }", "unitType", "Township")]
    [InlineData("{ \"voice\": \"Plural\" }", "voice", "Personal")]
    [InlineData("{ \"date\": \"2024/01/10\" }", "date", "yyyy-MM-dd")]
    [InlineData("{ \"date\": \"2024-02-30\" }", "date", "yyyy-MM-dd")]
    [InlineData("{ \"ruleOptions\": { \"RL4001\": { \"x\": { \"y\": 1 } } } }", "ruleOptions.RL4001.x", "规则选项")]
    [InlineData("{ \"dictionaries\": [\"\"] }", "dictionaries[0]", "不能为空")]
    [InlineData("{ \"dictionaries\": [\"missing.txt\"] }", "dictionaries[0]", "missing.txt")]
    public void A_bad_value_is_named_with_what_is_expected(string json, string key, string hint)
    {
        var error = LoadError(json);
        Assert.Equal(key, error.Key);
        Assert.Contains($"配置项 {key}", error.Message);
        Assert.Contains(hint, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    public void A_file_that_is_not_an_object_is_rejected(string json) => LoadError(json);

    [Fact]
    public void An_unreadable_path_is_a_configuration_error()
    {
        using var folder = new TempDirectory();
        var error = Assert.Throws<ConfigurationException>(() => ConfigurationFiles.Load(folder["missing/reviewlint.json"]));
        Assert.Contains("无法读取", error.Message);
    }

    [Fact]
    public async Task An_unknown_rule_is_reported_naming_the_file_when_a_document_under_it_is_linted()
    {
        using var folder = new TempDirectory();
        string config = folder.Write("reviewlint.json", "{ \"rules\": { \"RL8888\": \"error\" } }");
        var linter = new ReviewLinter([Analysis.DelegateAnalyzer.Finding("还还")], new Analysis.CharTokenizer(), new ReviewLintOptions(),
            ConfigurationFiles.CreateProvider(new ReviewLintOptions { DiscoverConfigurationFiles = true }));
        var error = await Assert.ThrowsAsync<ConfigurationException>(() => linter.AnalyzeAsync(ReportDocument.FromText(folder["a.txt"], "还还")));
        Assert.Equal("rules.RL8888", error.Key);
        Assert.Contains(config, error.Message);
        Assert.Contains("未知的规则", error.Message);
    }
}
