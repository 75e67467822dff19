using System.Text.RegularExpressions;

namespace ReviewLint.Diagnostics;

/// <summary>The single source of a rule's metadata: id, name, Chinese title and message format, category, severity, help link.</summary>
public sealed partial class DiagnosticDescriptor
{
    public const string HelpLinkBase = "rules/";

    public DiagnosticDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault = true,
        string? description = null,
        bool isFixable = false)
    {
        if (!IdPattern().IsMatch(id)) throw new ArgumentException($"Rule id '{id}' is not of the form RL####.", nameof(id));
        if (!NamePattern().IsMatch(name)) throw new ArgumentException($"Rule name '{name}' is not kebab-case.", nameof(name));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? title;
        IsFixable = isFixable;
    }

    public string Id { get; }
    public string Name { get; }
    public string Title { get; }
    public string MessageFormat { get; }
    public string Category { get; }
    public DiagnosticSeverity DefaultSeverity { get; }
    public bool IsEnabledByDefault { get; }
    public string Description { get; }
    public bool IsFixable { get; }
    public string HelpLink => $"{HelpLinkBase}{Id}.md";

    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, arguments);

    public override string ToString() => $"{Id} {Name}";

    [GeneratedRegex("^RL[0-9]{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
