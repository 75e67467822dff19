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
/// <param name="Line">The 0-based line the comment starts on (the line <c>disable-line</c> covers).</param>
/// <param name="EndLine">The 0-based line the comment ends on; <c>disable-next-line</c> covers the line after it.</param>
public sealed record SuppressionDirective(SuppressionDirectiveKind Kind, IReadOnlyList<string> Rules, string? Justification, TextSpan Span, int Line, int EndLine)
{
    public SuppressionDirective(SuppressionDirectiveKind kind, IReadOnlyList<string> rules, string? justification, TextSpan span, int line)
        : this(kind, rules, justification, span, line, line)
    {
    }

    public bool AppliesTo(string id, string name) =>
        Rules.Count == 0 || Rules.Any(r => string.Equals(r, id, StringComparison.OrdinalIgnoreCase) || string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
