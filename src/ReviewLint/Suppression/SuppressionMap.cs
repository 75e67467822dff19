using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Suppression;

/// <summary>The inline directives of one document, answering whether a diagnostic at a place is suppressed.</summary>
public sealed partial class SuppressionMap
{
    private readonly ImmutableArray<SuppressionDirective> _directives;
    private readonly SourceText _text;

    private SuppressionMap(SourceText text, ImmutableArray<SuppressionDirective> directives)
    {
        _text = text;
        _directives = directives;
    }

    public ImmutableArray<SuppressionDirective> Directives => _directives;

    public static SuppressionMap Create(SourceText text)
    {
        if (!text.Content.Contains("reviewlint-", StringComparison.Ordinal)) return new SuppressionMap(text, []);
        var directives = ImmutableArray.CreateBuilder<SuppressionDirective>();
        foreach (Match match in DirectivePattern().Matches(text.Content))
        {
            var kind = match.Groups["kind"].Value switch
            {
                "disable" => SuppressionDirectiveKind.Disable,
                "enable" => SuppressionDirectiveKind.Enable,
                "disable-line" => SuppressionDirectiveKind.DisableLine,
                "disable-next-line" => SuppressionDirectiveKind.DisableNextLine,
                _ => SuppressionDirectiveKind.DisableFile,
            };
            var rules = match.Groups["rules"].Value.Split([' ', ',', '，', '\t'], StringSplitOptions.RemoveEmptyEntries);
            string? justification = match.Groups["why"].Success ? match.Groups["why"].Value.Trim() : null;
            var span = new TextSpan(match.Index, match.Length);
            directives.Add(new SuppressionDirective(kind, rules, string.IsNullOrEmpty(justification) ? null : justification, span,
                text.GetLineNumber(match.Index), text.GetLineNumber(span.End)));
        }
        return new SuppressionMap(text, directives.ToImmutable());
    }

    /// <summary>The directive that suppresses <paramref name="diagnostic"/>, or null.</summary>
    public SuppressionDirective? FindSuppression(Diagnostic diagnostic) =>
        FindSuppression(diagnostic.Id, diagnostic.Descriptor.Name, diagnostic.Location.Span);

    public SuppressionDirective? FindSuppression(string id, string name, TextSpan span)
    {
        if (_directives.IsEmpty) return null;
        int line = _text.GetLineNumber(span.Start);
        SuppressionDirective? active = null;
        foreach (var directive in _directives)
        {
            if (!directive.AppliesTo(id, name)) continue;
            switch (directive.Kind)
            {
                case SuppressionDirectiveKind.DisableFile:
                    return directive;
                case SuppressionDirectiveKind.DisableLine when directive.Line == line:
                case SuppressionDirectiveKind.DisableNextLine when directive.EndLine + 1 == line:
                    return directive;
                case SuppressionDirectiveKind.Disable when directive.Span.Start <= span.Start:
                    active = directive;
                    break;
                case SuppressionDirectiveKind.Enable when directive.Span.Start <= span.Start:
                    active = null;
                    break;
            }
        }
        return active;
    }

    /// <summary><c>&lt;!-- reviewlint-KIND [rule…] [-- justification] --&gt;</c>; rules are separated by spaces or commas, the
    /// justification never runs past the comment's end, and the comment may span lines.</summary>
    [GeneratedRegex(@"<!--\s*reviewlint-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)(?<rules>(?:[ \t,，]+(?!--)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)*)[\s,，]*(?:--(?!>)(?<why>(?:(?!-->).)*?))?\s*-->", RegexOptions.Singleline)]
    private static partial Regex DirectivePattern();
}
