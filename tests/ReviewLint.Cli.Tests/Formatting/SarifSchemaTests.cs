using System.Security.Cryptography;
using ReviewLint.Cli.Tests.Infrastructure;

namespace ReviewLint.Cli.Tests.Formatting;

public class SarifSchemaTests
{
    [Fact]
    public void Shipped_schema_is_the_official_file_and_uses_nothing_that_differs_between_draft_04_and_draft_07()
    {
        string path = SchemaValidator.SchemaPath("sarif-schema-2.1.0.json");
        Assert.Equal("c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        string text = File.ReadAllText(path);
        Assert.Contains("\"$schema\": \"http://json-schema.org/draft-04/schema#\"", text);
        Assert.DoesNotContain("exclusiveMinimum", text);
        Assert.DoesNotContain("exclusiveMaximum", text);
        Assert.DoesNotMatch("\"\\$ref\": \"[^#]", text);
    }

    [Fact]
    public void Validator_rejects_a_log_that_breaks_the_schema()
    {
        Assert.ThrowsAny<Exception>(() => SchemaValidator.AssertValidSarif("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": {} } } ] }"""));
        Assert.ThrowsAny<Exception>(() => SchemaValidator.AssertValidSarif("""{ "version": "2.0.0", "runs": [] }"""));
    }
}
