using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewLint.Configuration;

/// <summary>Reads <c>reviewlint.json</c> files and finds the one that applies to a document by walking up from its folder.</summary>
/// <remarks>Precedence, highest first: options set in code or on the command line (the base options), then the nearest
/// reviewlint.json at or above the document's folder (only that one file: files further up are not merged), then the rules'
/// defaults. Dictionaries are the exception: those of the base options and of the file are both loaded.</remarks>
public static class ConfigurationFiles
{
    public const string FileName = "reviewlint.json";
    private const string SchemaResource = "reviewlint.schema.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The top-level keys a reviewlint.json may contain, as written in JSON.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        [.. typeof(FileOptions).GetProperties().Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    /// <summary>The provider the engine uses: discovery when <see cref="ReviewLintOptions.DiscoverConfigurationFiles"/> is set.</summary>
    public static IDocumentOptionsProvider CreateProvider(ReviewLintOptions options) =>
        options.DiscoverConfigurationFiles ? new DiscoveringOptionsProvider(options) : new FixedOptionsProvider(options);

    /// <summary>The JSON schema of reviewlint.json (for editors: save it and point <c>"$schema"</c> at it).</summary>
    public static string ReadSchema()
    {
        using var stream = typeof(ConfigurationFiles).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"程序集中缺少内嵌资源 {SchemaResource}。");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a configuration file; a syntax error, an unknown key, a wrong type or a bad value fails naming the file and the key.
    /// Relative dictionary paths are resolved against the file's folder.</summary>
    public static ReviewLintOptions Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}：无法读取配置文件：{e.Message}", path, null, e);
        }
        return Parse(json, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Parses configuration text; <paramref name="source"/> names it in errors.</summary>
    public static ReviewLintOptions Parse(string json, string source) => Parse(json, source, null);

    private static ReviewLintOptions Parse(string json, string source, string? baseDirectory)
    {
        FileOptions? file;
        try
        {
            file = JsonSerializer.Deserialize<FileOptions>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw JsonError(e, source);
        }
        if (file is null) throw new ConfigurationException($"{source}：配置文件内容为 null，应为一个 JSON 对象。", source);
        var options = file.ToOptions(source, baseDirectory);
        OptionsResolver.ValidateValues(options, source);
        return options;
    }

    private static ConfigurationException JsonError(JsonException e, string source)
    {
        string key = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "(根)" : e.Path.TrimStart('$', '.');
        string where = e.LineNumber is { } line ? $"第 {line + 1} 行：" : "";
        string message = e.Message.StartsWith("The JSON property", StringComparison.Ordinal)
            ? $"未知的配置项 {key}（unknown key）；可用的配置项：{string.Join("、", Keys)}。"
            : e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? $"配置项 {key} 的类型不对：{ExpectedShape(key)}。"
                : $"JSON 语法错误（配置项 {key} 附近）：{e.Message}";
        return new ConfigurationException($"{source}：{where}{message}", source, key, e);
    }

    private static string ExpectedShape(string key) => key.Split('.', '[')[0].ToLowerInvariant() switch
    {
        "rules" when key.Contains('.') => "应为字符串 error、warning、info 或 off",
        "rules" => "应为对象，如 {\"RL2001\": \"error\"}",
        "ruleoptions" => "应为对象，如 {\"RL4001\": {\"extraForeignWords\": \"全盟\"}}",
        "dictionaries" => "应为字符串数组，如 [\"terms.txt\"]",
        _ => "应为字符串",
    };

    /// <summary>The nearest reviewlint.json at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Merges <paramref name="file"/> under <paramref name="baseOptions"/>: what the base sets wins; dictionaries are joined.</summary>
    public static ReviewLintOptions Merge(ReviewLintOptions baseOptions, ReviewLintOptions file)
    {
        var merged = baseOptions.Clone();
        foreach (var (key, value) in file.Rules) merged.Rules.TryAdd(key, value);
        foreach (var (key, value) in file.RuleOptions)
        {
            if (!merged.RuleOptions.TryGetValue(key, out var existing)) merged.RuleOptions[key] = new Dictionary<string, string>(value, StringComparer.OrdinalIgnoreCase);
            else foreach (var (k, v) in value) existing.TryAdd(k, v);
        }
        merged.Genre ??= file.Genre;
        merged.UnitName ??= file.UnitName;
        merged.UnitType ??= file.UnitType;
        merged.Organization ??= file.Organization;
        merged.Voice ??= file.Voice;
        merged.Date ??= file.Date;
        merged.Province ??= file.Province;
        foreach (var dictionary in file.Dictionaries)
            if (!merged.Dictionaries.Contains(dictionary, StringComparer.Ordinal)) merged.Dictionaries.Add(dictionary);
        return merged;
    }

    /// <summary>The shape of reviewlint.json: the per-file options plus a <c>$schema</c> key for editors.</summary>
    private sealed class FileOptions
    {
        [JsonPropertyName("$schema")]
        public string? Schema { get; set; }
        public Dictionary<string, string?>? Rules { get; set; }
        public Dictionary<string, Dictionary<string, JsonElement>?>? RuleOptions { get; set; }
        public string? Genre { get; set; }
        public string? UnitName { get; set; }
        public string? UnitType { get; set; }
        public string? Organization { get; set; }
        public string? Voice { get; set; }
        public string? Date { get; set; }
        public string? Province { get; set; }
        public List<string?>? Dictionaries { get; set; }

        public ReviewLintOptions ToOptions(string source, string? baseDirectory)
        {
            var options = new ReviewLintOptions { Genre = Genre, UnitName = UnitName, UnitType = UnitType, Organization = Organization, Voice = Voice, Date = Date, Province = Province };
            foreach (var (key, value) in Rules ?? [])
                options.Rules[key] = value ?? throw Error(source, $"rules.{key}", "严重级别不能为 null，应为 error、warning、info 或 off。");
            foreach (var (rule, values) in RuleOptions ?? [])
            {
                var converted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (key, value) in values ?? throw Error(source, $"ruleOptions.{rule}", "应为对象。"))
                    converted[key] = OptionText(value, source, $"ruleOptions.{rule}.{key}");
                options.RuleOptions[rule] = converted;
            }
            for (int i = 0; i < (Dictionaries?.Count ?? 0); i++)
            {
                string path = Dictionaries![i] is { Length: > 0 } p ? p : throw Error(source, $"dictionaries[{i}]", "词典路径不能为空。");
                options.Dictionaries.Add(baseDirectory is null ? path : Path.GetFullPath(path, baseDirectory));
            }
            return options;
        }

        /// <summary>A rule option as text: strings as they are, numbers and booleans as written, arrays joined with commas.</summary>
        private static string OptionText(JsonElement value, string source, string key) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Array => string.Join(",", value.EnumerateArray().Select((item, i) =>
                item.ValueKind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Null
                    ? throw Error(source, $"{key}[{i}]", "列表中只能是字符串、数字或布尔值。")
                    : OptionText(item, source, $"{key}[{i}]"))),
            _ => throw Error(source, key, "规则选项应为字符串、数字、布尔值或它们的数组。"),
        };

        private static ConfigurationException Error(string source, string key, string message) =>
            new($"{source}：配置项 {key}：{message}", source, key);
    }

    /// <summary>Merges the nearest reviewlint.json under the base options, per document folder, cached.</summary>
    private sealed class DiscoveringOptionsProvider(ReviewLintOptions baseOptions) : IDocumentOptionsProvider
    {
        private readonly ConcurrentDictionary<string, Lazy<(ReviewLintOptions, string?)>> _byDirectory = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<(ReviewLintOptions, string?)>> _byFile = new(StringComparer.Ordinal);

        public (ReviewLintOptions Options, string? Source) GetOptions(ReportDocument document)
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(document.Path));
            if (directory is null) return (baseOptions, null);
            return _byDirectory.GetOrAdd(directory, d => new Lazy<(ReviewLintOptions, string?)>(() =>
                Find(d) is { } file ? _byFile.GetOrAdd(file, f => new Lazy<(ReviewLintOptions, string?)>(() => (Merge(baseOptions, Load(f)), f))).Value
                    : (baseOptions, null))).Value;
        }
    }
}
