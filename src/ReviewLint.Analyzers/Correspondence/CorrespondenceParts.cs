using System.Collections.Immutable;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>One problem listed inside a problem area: its lead clause (<c>一是理论学习不深。</c>) and the rest of it.</summary>
public sealed record ProblemItem(TextSpan LeadSpan, TextSpan BodySpan);

/// <summary>A problem area under 存在问题: a subsection <c>（三）在……方面</c> with its items, or a single <c>一是</c> item.</summary>
/// <param name="Label">The numbering shown in messages, e.g. <c>（三）</c>; empty for an item, whose marker stays in the title.</param>
/// <param name="AnchorSpan">The heading line (or the item's lead clause) diagnostics are reported on.</param>
/// <param name="TitleSpan">The heading words compared with the measures.</param>
/// <param name="BodySpan">Everything after the heading.</param>
public sealed record ProblemArea(string Label, TextSpan AnchorSpan, TextSpan TitleSpan, TextSpan BodySpan, ImmutableArray<ProblemItem> Items);

/// <summary>One measure under 整改措施: a subsection, an item or a paragraph.</summary>
/// <param name="Label">The numbering shown in messages, e.g. <c>（二）</c>; empty for items and paragraphs.</param>
/// <param name="Title">The measure's heading or lead clause.</param>
public sealed record MeasureUnit(string Label, string Title, TextSpan Span);
