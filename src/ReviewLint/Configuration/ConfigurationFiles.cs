using System.Collections.Concurrent;
using System.Text.Json;

namespace ReviewLint.Configuration;

/// <summary>Reads <c>reviewlint.json</c> files and finds the one that applies to a document by walking up from its folder.</summary>
public static class ConfigurationFiles
{
    public const string FileName = "reviewlint.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The provider the engine uses: discovery when <see cref="ReviewLintOptions.DiscoverConfigurationFiles"/> is set.</summary>
    public static IDocumentOptionsProvider CreateProvider(ReviewLintOptions options) =>
        options.DiscoverConfigurationFiles ? new DiscoveringOptionsProvider(options) : new FixedOptionsProvider(options);

    /// <summary>Reads a configuration file; a syntax error, an unknown key or a wrong type fails naming the file and the key.</summary>
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
        return Parse(json, path);
    }

    public static ReviewLintOptions Parse(string json, string source)
    {
        try
        {
            var options = JsonSerializer.Deserialize<FileOptions>(json, JsonOptions)
                ?? throw new ConfigurationException($"{source}：配置文件为空。", source);
            return options.ToOptions();
        }
        catch (JsonException e)
        {
            string key = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "(根)" : e.Path.TrimStart('$', '.');
            string where = e.LineNumber is { } line ? $"第 {line + 1} 行" : "";
            throw new ConfigurationException($"{source}：{where}配置项 {key} 无效：{e.Message}", source, key, e);
        }
    }

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

    /// <summary>The shape of reviewlint.json: the options plus a <c>$schema</c> key for editors.</summary>
    private sealed class FileOptions
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")]
        public string? Schema { get; set; }
        public Dictionary<string, string>? Rules { get; set; }
        public Dictionary<string, Dictionary<string, string>>? RuleOptions { get; set; }
        public string? Genre { get; set; }
        public string? UnitName { get; set; }
        public string? UnitType { get; set; }
        public string? Voice { get; set; }
        public string? Date { get; set; }
        public string? Province { get; set; }
        public List<string>? Dictionaries { get; set; }

        public ReviewLintOptions ToOptions()
        {
            var options = new ReviewLintOptions { Genre = Genre, UnitName = UnitName, UnitType = UnitType, Voice = Voice, Date = Date, Province = Province };
            foreach (var (key, value) in Rules ?? []) options.Rules[key] = value;
            foreach (var (key, value) in RuleOptions ?? []) options.RuleOptions[key] = new Dictionary<string, string>(value, StringComparer.OrdinalIgnoreCase);
            options.Dictionaries.AddRange(Dictionaries ?? []);
            return options;
        }
    }

    /// <summary>Merges the nearest reviewlint.json over the base options, per document folder, cached.</summary>
    private sealed class DiscoveringOptionsProvider(ReviewLintOptions baseOptions) : IDocumentOptionsProvider
    {
        private readonly ConcurrentDictionary<string, (ReviewLintOptions, string?)> _byDirectory = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, (ReviewLintOptions, string?)> _byFile = new(StringComparer.Ordinal);

        public (ReviewLintOptions Options, string? Source) GetOptions(ReportDocument document)
        {
            string? directory = Path.GetDirectoryName(Path.GetFullPath(document.Path));
            if (directory is null) return (baseOptions, null);
            return _byDirectory.GetOrAdd(directory, d => Find(d) is { } file ? _byFile.GetOrAdd(file, Merge) : (baseOptions, null));
        }

        private (ReviewLintOptions, string?) Merge(string file)
        {
            var fromFile = Load(file);
            var merged = baseOptions.Clone();
            foreach (var (key, value) in fromFile.Rules) merged.Rules.TryAdd(key, value);
            foreach (var (key, value) in fromFile.RuleOptions)
                if (!merged.RuleOptions.TryGetValue(key, out var existing)) merged.RuleOptions[key] = value;
                else foreach (var (k, v) in value) existing.TryAdd(k, v);
            merged.Genre ??= fromFile.Genre;
            merged.UnitName ??= fromFile.UnitName;
            merged.UnitType ??= fromFile.UnitType;
            merged.Voice ??= fromFile.Voice;
            merged.Date ??= fromFile.Date;
            merged.Province ??= fromFile.Province;
            return (merged, file);
        }
    }
}
