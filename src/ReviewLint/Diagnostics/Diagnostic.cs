using System.Collections.Immutable;

namespace ReviewLint.Diagnostics;

/// <summary>One finding: descriptor, location, formatted Chinese message, effective severity and an optional fix.</summary>
public sealed record Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, string message, DiagnosticSeverity severity, Fix? fix = null,
        ImmutableDictionary<string, string>? properties = null)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = severity;
        Fix = fix;
        Properties = properties ?? ImmutableDictionary<string, string>.Empty;
    }

    public DiagnosticDescriptor Descriptor { get; init; }
    public Location Location { get; init; }
    public string Message { get; init; }
    public DiagnosticSeverity Severity { get; init; }
    public Fix? Fix { get; init; }
    public ImmutableDictionary<string, string> Properties { get; init; }

    public string Id => Descriptor.Id;
    public string Path => Location.Path;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, Fix? fix = null, params object?[] messageArgs) =>
        new(descriptor, location, descriptor.FormatMessage(messageArgs), descriptor.DefaultSeverity, fix);

    public override string ToString() =>
        $"{Path}({Location.LineSpan.Start.Line + 1},{Location.LineSpan.Start.Character + 1}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
