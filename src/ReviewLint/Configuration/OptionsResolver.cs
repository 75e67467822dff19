using System.Collections.Frozen;
using System.Globalization;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;

namespace ReviewLint.Configuration;

/// <summary>Validates <see cref="ReviewLintOptions"/> against the registered descriptors and resolves them into <see cref="RuleOptions"/>.</summary>
public sealed class OptionsResolver
{
    private readonly FrozenDictionary<string, DiagnosticDescriptor> _byKey;

    public OptionsResolver(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var byKey = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in descriptors)
        {
            byKey.TryAdd(descriptor.Id, descriptor);
            byKey.TryAdd(descriptor.Name, descriptor);
        }
        _byKey = byKey.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Resolves options; throws <see cref="ConfigurationException"/> naming <paramref name="source"/> and the bad key.
    /// When a rule is named twice (by id and by name), the first entry wins: merged options list the base options' entries first.</summary>
    public RuleOptions Resolve(ReviewLintOptions options, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        foreach (var (key, value) in options.Rules)
        {
            var descriptor = Find(key, source, "rules");
            severities.TryAdd(descriptor.Id, ParseSeverity(value, source, $"rules.{key}"));
        }
        var ruleOptions = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (key, values) in options.RuleOptions)
        {
            var descriptor = Find(key, source, "ruleOptions");
            if (!ruleOptions.TryGetValue(descriptor.Id, out var merged)) ruleOptions[descriptor.Id] = merged = new(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in values) merged.TryAdd(name, value);
        }
        CheckDictionaries(options, source);
        return new RuleOptions(options, severities.ToFrozenDictionary(StringComparer.Ordinal),
            ruleOptions.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal),
            ParseFacts(options, source));
    }

    public DiagnosticDescriptor? TryFind(string idOrName) => _byKey.TryGetValue(idOrName, out var d) ? d : null;

    private DiagnosticDescriptor Find(string key, string? source, string section) =>
        TryFind(key) ?? throw Error($"未知的规则“{key}”（unknown rule id or name）。", source, $"{section}.{key}");

    /// <summary>The severity words configuration accepts (any case): error, warning (warn), info (suggestion), off (none).</summary>
    public static IReadOnlyDictionary<string, DiagnosticSeverity?> SeverityNames { get; } = new Dictionary<string, DiagnosticSeverity?>
    {
        ["error"] = DiagnosticSeverity.Error,
        ["warning"] = DiagnosticSeverity.Warning,
        ["warn"] = DiagnosticSeverity.Warning,
        ["info"] = DiagnosticSeverity.Info,
        ["suggestion"] = DiagnosticSeverity.Info,
        ["off"] = null,
        ["none"] = null,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a severity word (see <see cref="SeverityNames"/>); null means off.</summary>
    public static DiagnosticSeverity? ParseSeverity(string? value, string? source, string key) =>
        value is not null && SeverityNames.TryGetValue(value.Trim(), out var severity) ? severity
        : throw Error($"严重级别“{value}”无效，应为 error、warning、info 或 off。", source, key);

    /// <summary>Checks what can be checked without knowing the rules: severities and fact overrides.</summary>
    public static void ValidateValues(ReviewLintOptions options, string? source)
    {
        foreach (var (key, value) in options.Rules) ParseSeverity(value, source, $"rules.{key}");
        ParseFacts(options, source);
        CheckDictionaries(options, source);
    }

    private static void CheckDictionaries(ReviewLintOptions options, string? source)
    {
        for (int i = 0; i < options.Dictionaries.Count; i++)
            if (!File.Exists(options.Dictionaries[i]))
                throw Error($"用户词典不存在：{Path.GetFullPath(options.Dictionaries[i])}。", source, $"dictionaries[{i}]");
    }

    private static DocumentFactsOverride? ParseFacts(ReviewLintOptions options, string? source)
    {
        if (options is { Genre: null, UnitName: null, UnitType: null, Organization: null, Voice: null, Date: null, Province: null }) return null;
        return new DocumentFactsOverride(
            Genre: ParseEnum<ReportGenre>(options.Genre, source, "genre"),
            Voice: ParseEnum<ReportVoice>(options.Voice, source, "voice"),
            UnitName: options.UnitName,
            UnitType: ParseEnum<UnitType>(options.UnitType, source, "unitType") ?? (options.UnitName is { } name
                ? FactsInference.UnitTypeOfName(name) is var t && t != Syntax.UnitType.Unknown ? t : null
                : null),
            Organization: ParseEnum<OrganizationType>(options.Organization, source, "organization"),
            Date: options.Date is null ? null
                : DateOnly.TryParseExact(options.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                : throw Error($"日期“{options.Date}”无效，应为 yyyy-MM-dd。", source, "date"),
            Province: options.Province is null ? null
                : Provinces.Normalize(options.Province)
                  ?? throw Error($"“{options.Province}”不是省级行政区名称，应为如“浙江省”“内蒙古自治区”（也可用简称“浙江”“内蒙古”）。", source, "province"));
    }

    private static T? ParseEnum<T>(string? value, string? source, string key) where T : struct, Enum
    {
        if (value is null) return null;
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
        throw Error($"“{value}”不是有效的 {key}，可选值：{string.Join("、", Enum.GetNames<T>())}。", source, key);
    }

    private static ConfigurationException Error(string message, string? source, string key) =>
        new(source is null ? $"配置项 {key}：{message}" : $"{source}：配置项 {key}：{message}", source, key);
}
