using System.Collections.Frozen;
using System.Globalization;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;

namespace ReviewLint.Configuration;

/// <summary>Options resolved against the registered rules: effective severities, rule options by id, and fact overrides.</summary>
public sealed class RuleOptions
{
    private readonly FrozenDictionary<string, DiagnosticSeverity?> _severities;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _ruleOptions;

    internal RuleOptions(
        ReviewLintOptions source,
        FrozenDictionary<string, DiagnosticSeverity?> severities,
        FrozenDictionary<string, FrozenDictionary<string, string>> ruleOptions,
        DocumentFactsOverride? factsOverride)
    {
        Source = source;
        _severities = severities;
        _ruleOptions = ruleOptions;
        FactsOverride = factsOverride;
    }

    public ReviewLintOptions Source { get; }
    public DocumentFactsOverride? FactsOverride { get; }

    /// <summary>The severity a descriptor reports with, or null when the rule is off.</summary>
    public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor) =>
        _severities.TryGetValue(descriptor.Id, out var configured) ? configured
        : descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null;

    /// <summary>The severity of a diagnostic after configuration: a configured severity wins, otherwise the analyzer's choice stands.</summary>
    public DiagnosticSeverity? GetEffectiveSeverity(Diagnostic diagnostic) =>
        _severities.TryGetValue(diagnostic.Id, out var configured) ? configured
        : diagnostic.Descriptor.IsEnabledByDefault ? diagnostic.Severity : null;

    public bool IsEnabled(DiagnosticDescriptor descriptor) => GetSeverity(descriptor) is not null;

    /// <summary>A rule option by rule id and key, or null when not configured.</summary>
    public string? Get(string ruleId, string key) =>
        _ruleOptions.TryGetValue(ruleId, out var options) && options.TryGetValue(key, out var value) ? value : null;

    /// <summary>An integer option; a value that is not an integer throws <see cref="ConfigurationException"/> naming the option.</summary>
    public int GetInt(string ruleId, string key, int defaultValue) =>
        Get(ruleId, key) is not { } text ? defaultValue
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value
        : throw Invalid(ruleId, key, text, "整数");

    public double GetDouble(string ruleId, string key, double defaultValue) =>
        Get(ruleId, key) is not { } text ? defaultValue
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value
        : throw Invalid(ruleId, key, text, "数值");

    public bool GetBool(string ruleId, string key, bool defaultValue) =>
        Get(ruleId, key) is not { } text ? defaultValue
        : bool.TryParse(text, out bool value) ? value
        : throw Invalid(ruleId, key, text, "true 或 false");

    private static ConfigurationException Invalid(string ruleId, string key, string text, string expected) =>
        new($"配置项 ruleOptions.{ruleId}.{key}：“{text}”不是{expected}。", null, $"ruleOptions.{ruleId}.{key}");

    /// <summary>The options of the rules <paramref name="descriptors"/> name, as one string that is equal exactly when they are
    /// (empty when none is set): part of the key under which paragraph findings are cached.</summary>
    internal string Fingerprint(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        System.Text.StringBuilder? fingerprint = null;
        foreach (var descriptor in descriptors)
        {
            if (!_ruleOptions.TryGetValue(descriptor.Id, out var options)) continue;
            foreach (var (key, value) in options.OrderBy(p => p.Key, StringComparer.Ordinal))
                (fingerprint ??= new()).Append(descriptor.Id).Append('\u0001').Append(key).Append('\u0001').Append(value).Append('\u0002');
        }
        return fingerprint?.ToString() ?? "";
    }

    /// <summary>A list option: values separated by commas, 、 or whitespace.</summary>
    public IReadOnlyList<string> GetList(string ruleId, string key) =>
        Get(ruleId, key) is { } text
            ? text.Split([',', '，', '、', ';', '；', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
}
