using ReviewLint.Text;

namespace ReviewLint.Suppression;

/// <summary>What an inline directive does.</summary>
public enum SuppressionDirectiveKind
{
    Disable,
    Enable,
    DisableLine,
    DisableNextLine,
    DisableFile,
}

/// <summary>One <c>&lt;!-- reviewlint-… --&gt;</c> comment: its kind, the rules it names (none = all), its justification and place.</summary>
public sealed record SuppressionDirective(SuppressionDirectiveKind Kind, IReadOnlyList<string> Rules, string? Justification, TextSpan Span, int Line)
{
    public bool AppliesTo(string id, string name) =>
        Rules.Count == 0 || Rules.Any(r => string.Equals(r, id, StringComparison.OrdinalIgnoreCase) || string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
