using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewLint.Analysis;
using ReviewLint.Cli.CommandLine;
using ReviewLint.Diagnostics;
using ReviewLint.Formatting;
using ReviewLint.Hosting;

namespace ReviewLint.Cli;

/// <summary><c>reviewlint rules</c>: every rule the tool knows, from the descriptors, as an aligned table or as JSON.</summary>
internal sealed class RulesCommand(CliConsole console)
{
    private static readonly IReadOnlyList<OptionSpec> Options =
    [
        new("format", 'f', "格式", "text（默认，表格）或 json", ["text", "json"]),
        new("help", 'h', null, "显示本帮助"),
    ];

    public static string Help => $"""
        用法：reviewlint rules [选项]

        列出全部规则：编号、名称、类别、默认级别、能否自动修复、标题。

        选项：
        {ArgumentParser.Describe(Options)}
        """;

    /// <summary>The descriptors of the built-in analyzers and the engine, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        [.. BuiltInAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Append(EngineDiagnostics.AnalyzerException)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];

    public int Run(IReadOnlyList<string> args)
    {
        var parsed = ArgumentParser.Parse(args, Options);
        if (parsed.Has("help"))
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Clean;
        }
        if (parsed.Positionals.Count > 0) throw new UsageException($"rules 不接受参数“{parsed.Positionals[0]}”。");
        var rules = Descriptors();
        console.Out.Write(parsed.Value("format") == "json" ? Json(rules) : Table(rules));
        return ExitCodes.Clean;
    }

    private static string Table(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        string[] header = ["编号", "名称", "类别", "默认级别", "可修复", "标题"];
        var rows = rules.Select(r => new[]
        {
            r.Id, r.Name, r.Category, r.IsEnabledByDefault ? DiagnosticFormatters.SeverityName(r.DefaultSeverity) : "off",
            r.IsFixable ? "是" : "否", r.Title,
        }).Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Max(r => Width(r[i]))).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (int i = 0; i < widths.Length; i++) text.Append(row[i]).Append(' ', widths[i] - Width(row[i]) + 2);
            text.Append(row[^1]).Append('\n');
        }
        text.Append($"共 {rules.Count} 条规则。\n");
        return text.ToString();
    }

    private static string Json(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteString("category", rule.Category);
                json.WriteString("defaultSeverity", DiagnosticFormatters.SeverityName(rule.DefaultSeverity));
                json.WriteBoolean("enabledByDefault", rule.IsEnabledByDefault);
                json.WriteBoolean("fixable", rule.IsFixable);
                json.WriteString("title", rule.Title);
                json.WriteString("helpLink", rule.HelpLink);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static int Width(string text) => text.Sum(c => c >= 0x1100 ? 2 : 1);
}
