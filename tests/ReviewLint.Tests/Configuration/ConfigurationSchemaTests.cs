using System.Text.Json;
using Json.Schema;
using ReviewLint.Configuration;
using ReviewLint.Syntax;

namespace ReviewLint.Tests.Configuration;

public class ConfigurationSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ConfigurationFiles.ReadSchema()));
    private static readonly JsonElement SchemaJson = JsonDocument.Parse(ConfigurationFiles.ReadSchema()).RootElement;

    private static string[] EnumOf(string property) =>
        [.. SchemaJson.GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];

    private static bool IsValid(string json) => Schema.Value.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;

    [Fact]
    public void The_schema_lists_exactly_the_keys_the_loader_accepts()
    {
        var schemaKeys = SchemaJson.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(ConfigurationFiles.Keys.Order(StringComparer.Ordinal), schemaKeys);
        Assert.False(SchemaJson.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Every_key_of_the_schema_loads()
    {
        foreach (var key in ConfigurationFiles.Keys)
        {
            string value = key switch
            {
                "rules" => "{}",
                "ruleOptions" => "{}",
                "dictionaries" => "[]",
                "genre" => "\"Unknown\"",
                "unitType" => "\"Town\"",
                "province" => "\"内蒙古\"",
                "organization" => "\"Branch\"",
                "voice" => "\"Personal\"",
                "date" => "\"2024-01-10\"",
                _ => "\"x\"",
            };
            string json = $"{{ \"{key}\": {value} }}";
            ConfigurationFiles.Parse(json, "reviewlint.json");
            Assert.True(IsValid(json), json);
        }
    }

    [Fact]
    public void The_enumerations_match_the_code()
    {
        Assert.Equal(Enum.GetNames<ReportGenre>(), EnumOf("genre"));
        Assert.Equal(Enum.GetNames<UnitType>(), EnumOf("unitType"));
        Assert.Equal(Enum.GetNames<ReportVoice>(), EnumOf("voice"));
        Assert.Equal(Enum.GetNames<OrganizationType>(), EnumOf("organization"));
        var severities = SchemaJson.GetProperty("$defs").GetProperty("severity").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(OptionsResolver.SeverityNames.Keys.Order(StringComparer.Ordinal), severities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_documented_example_is_valid()
    {
        const string example = """
            {
              "$schema": "./reviewlint.schema.json",
              "rules": { "RL2001": "error", "repeated-character": "off" },
              "ruleOptions": { "RL4001": { "extraForeignWords": "全盟", "max": 3, "list": ["a", 1, true] } },
              "genre": "CollectiveReview",
              "unitName": "青石镇",
              "dictionaries": ["terms.txt"]
            }
            """;
        Assert.True(IsValid(example));
    }

    [Theory]
    [InlineData("{ \"colour\": \"red\" }")]
    [InlineData("{ \"rules\": { \"RL2001\": \"fatal\" } }")]
    [InlineData("{ \"rules\": { \"not a rule\": \"off\" } }")]
    [InlineData("{ \"genre\": \"Speech\" }")]
    [InlineData("{ \"date\": \"10/01/2024\" }")]
    [InlineData("{ \"ruleOptions\": { \"RL4001\": { \"x\": { \"y\": 1 } } } }")]
    public void The_schema_rejects_what_the_loader_rejects(string json)
    {
        Assert.False(IsValid(json));
        var resolver = new OptionsResolver([Analysis.TestRules.Repeat]);
        Assert.Throws<ConfigurationException>(() => resolver.Resolve(ConfigurationFiles.Parse(json, "reviewlint.json"), "reviewlint.json"));
    }
}
