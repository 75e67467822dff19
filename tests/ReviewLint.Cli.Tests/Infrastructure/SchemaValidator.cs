using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ReviewLint.Cli.Tests.Infrastructure;

/// <summary>Validates JSON against the schemas shipped in Schemas/ with format validation on, reporting every error with its location.</summary>
public static class SchemaValidator
{
    private static readonly Lazy<JsonSchema> Sarif = new(() => Load("sarif-schema-2.1.0.json"));
    private static readonly Lazy<JsonSchema> Contract = new(() => Load("reviewlint-json.schema.json"));

    public static string SchemaPath(string name) => Path.Combine(AppContext.BaseDirectory, "Schemas", name);

    public static void AssertValidSarif(string json) => AssertValid(Sarif.Value, json, "SARIF 2.1.0");

    public static void AssertValidJsonContract(string json) => AssertValid(Contract.Value, json, "reviewlint JSON contract");

    private static void AssertValid(JsonSchema schema, string json, string what)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid) return;
        var errors = (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        Assert.Fail($"Not valid {what}:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20))}");
    }

    /// <summary>Loads a schema evaluated as draft-07 (the SARIF schema says draft-04, which JsonSchema.Net does not implement; the
    /// keywords it uses mean the same in draft-07, as <c>SarifSchemaTests</c> checks).</summary>
    private static JsonSchema Load(string name)
    {
        var node = JsonNode.Parse(File.ReadAllText(SchemaPath(name)))!.AsObject();
        node.Remove("$schema");
        node.Remove("id");
        return JsonSchema.Build(JsonSerializer.SerializeToElement(node), new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() });
    }
}
