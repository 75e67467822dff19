using System.Globalization;
using ReviewLint.Cli.CommandLine;
using ReviewLint.Diagnostics;
using ReviewLint.Documents;
using ReviewLint.Formatting;

namespace ReviewLint.Cli.Check;

/// <summary>The options of <c>reviewlint check</c>, parsed and checked for consistency.</summary>
internal sealed record CheckSettings
{
    public static readonly IReadOnlyList<OptionSpec> Options =
    [
        new("format", 'f', "格式", "输出格式：text（默认，MSBuild 格式）、json、sarif、github 或 html（单个网页文件，宜配合 --output）", DiagnosticFormatters.Names),
        new("output", 'o', "文件", "把检查结果写入文件而不是标准输出"),
        new("fail-on", null, "级别", "达到此级别的问题使退出码为 1：error、warning（默认）或 info", ["error", "warning", "info"]),
        new("fix", null, null, "就地应用安全修复（保持原编码、BOM 和换行符；.docx 不改写）"),
        new("fix-dry-run", null, null, "不改文件，把安全修复以统一差异格式（unified diff）输出到标准输出"),
        new("baseline", null, "文件", "基线文件：其中记录的已有问题不再报告（计入“已抑制”）"),
        new("update-baseline", null, null, "把本次发现的问题写入 --baseline 指定的基线文件"),
        new("config", 'c', "文件", "使用此配置文件，不再向上查找 reviewlint.json"),
        new("genre", null, "体裁", "指定材料体裁：CollectiveReview、PersonalReview、DutyReport、WorkSummary"),
        new("unit", null, "单位名称", "指定单位名称（如 青石镇），代替从标题推断"),
        new("stdin-filename", null, "文件名", "标准输入（-）的文件名：用于显示、查找配置和判断格式（.md/.docx）"),
        new("max-file-size", null, "MiB", $"单个文件的大小上限，默认 {DocumentReader.DefaultMaxFileSize / 1024 / 1024}"),
        new("quiet", 'q', null, "只输出诊断和错误：不显示进度、摘要和提示"),
        new("timing", null, null, "在标准错误输出每条规则的耗时及分词耗时占比"),
        new("no-color", null, null, "不使用颜色（也可设置环境变量 NO_COLOR）"),
        new("help", 'h', null, "显示本帮助"),
    ];

    public required IReadOnlyList<string> Paths { get; init; }
    public string Format { get; init; } = "text";
    public string? Output { get; init; }
    public DiagnosticSeverity FailOn { get; init; } = DiagnosticSeverity.Warning;
    public bool Fix { get; init; }
    public bool FixDryRun { get; init; }
    public string? Baseline { get; init; }
    public bool UpdateBaseline { get; init; }
    public string? Config { get; init; }
    public string? Genre { get; init; }
    public string? Unit { get; init; }
    public string? StdinFileName { get; init; }
    public long MaxFileSize { get; init; } = DocumentReader.DefaultMaxFileSize;
    public bool Quiet { get; init; }
    public bool Timing { get; init; }
    public bool NoColor { get; init; }

    public static CheckSettings From(ParsedArguments parsed)
    {
        if (parsed.Positionals.Count == 0) throw new UsageException("缺少要检查的路径（文件、目录、通配符或 -）。");
        if (parsed.Has("fix") && parsed.Has("fix-dry-run")) throw new UsageException("--fix 与 --fix-dry-run 不能同时使用。");
        if (parsed.Has("update-baseline") && !parsed.Has("baseline")) throw new UsageException("--update-baseline 需要用 --baseline 指定基线文件。");
        long maxFileSize = DocumentReader.DefaultMaxFileSize;
        if (parsed.Value("max-file-size") is { } size)
        {
            if (!double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out double mebibytes) || mebibytes <= 0 || mebibytes > 1024)
                throw new UsageException($"--max-file-size 的值“{size}”无效，应为 0 到 1024 之间的 MiB 数。");
            maxFileSize = (long)(mebibytes * 1024 * 1024);
        }
        return new CheckSettings
        {
            Paths = parsed.Positionals,
            Format = parsed.Value("format") ?? "text",
            Output = parsed.Value("output"),
            FailOn = parsed.Value("fail-on") switch
            {
                "error" => DiagnosticSeverity.Error,
                "info" => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Warning,
            },
            Fix = parsed.Has("fix"),
            FixDryRun = parsed.Has("fix-dry-run"),
            Baseline = parsed.Value("baseline"),
            UpdateBaseline = parsed.Has("update-baseline"),
            Config = parsed.Value("config"),
            Genre = parsed.Value("genre"),
            Unit = parsed.Value("unit"),
            StdinFileName = parsed.Value("stdin-filename"),
            MaxFileSize = maxFileSize,
            Quiet = parsed.Has("quiet"),
            Timing = parsed.Has("timing"),
            NoColor = parsed.Has("no-color"),
        };
    }
}
