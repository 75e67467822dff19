using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Fixing;

/// <summary>Applies the safe fixes of a document's diagnostics, the way <c>reviewlint check --fix</c> does.</summary>
public static class SafeFixes
{
    /// <summary>Applies every safe fix that does not overlap an earlier one (in text order) and returns the new text and how many were applied.
    /// Overlapping fixes are left for the next pass, after re-analysis.</summary>
    public static (SourceText Text, int Applied) Apply(SourceText text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<TextChange>();
        int applied = 0;
        int end = -1;
        foreach (var fix in diagnostics.Select(d => d.Fix).OfType<Fix>().Where(f => f.IsSafe && !f.Changes.IsEmpty)
                     .OrderBy(f => f.Changes.Min(c => c.Span.Start)).ThenBy(f => f.Changes.Max(c => c.Span.End)))
        {
            var ordered = fix.Changes.OrderBy(c => c.Span.Start).ToList();
            if (ordered[0].Span.Start < end || Overlaps(ordered) || ordered[^1].Span.End > text.Length) continue;
            changes.AddRange(ordered);
            end = ordered[^1].Span.End;
            applied++;
        }
        return applied == 0 ? (text, 0) : (text.WithChanges(changes), applied);
    }

    /// <summary>Whether a diagnostic carries a fix that <see cref="Apply"/> would consider.</summary>
    public static bool IsSafelyFixable(Diagnostic diagnostic) => diagnostic.Fix is { IsSafe: true, Changes.IsEmpty: false };

    private static bool Overlaps(List<TextChange> ordered)
    {
        for (int i = 1; i < ordered.Count; i++)
            if (ordered[i].Span.Start < ordered[i - 1].Span.End) return true;
        return false;
    }
}
