using System.Collections.Immutable;
using ReviewLint.Text;

namespace ReviewLint.Diagnostics;

/// <summary>A proposed edit for a diagnostic; <see cref="IsSafe"/> fixes may be applied without a person looking.</summary>
public sealed record Fix(string Title, ImmutableArray<TextChange> Changes, bool IsSafe)
{
    public static Fix Replace(TextSpan span, string newText, bool isSafe, string? title = null) =>
        new(title ?? $"改为“{newText}”", [new TextChange(span, newText)], isSafe);
}
