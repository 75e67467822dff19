using System.Collections.Immutable;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>A heading with everything under it up to the next heading of the same or a higher level.</summary>
public sealed class Section
{
    internal Section(Heading heading, TextSpan span, int firstParagraph, int lastParagraph)
    {
        Heading = heading;
        Span = span;
        FirstParagraphIndex = firstParagraph;
        LastParagraphIndex = lastParagraph;
    }

    public Heading Heading { get; }
    public int Level => Heading.Level;
    public string Title => Heading.Title;
    /// <summary>From the heading's start to the end of the section's last paragraph.</summary>
    public TextSpan Span { get; }
    public int FirstParagraphIndex { get; }
    public int LastParagraphIndex { get; }
    public Section? Parent { get; internal set; }
    public ImmutableArray<Section> Children { get; internal set; } = [];

    public IEnumerable<Section> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var section in child.DescendantsAndSelf())
                yield return section;
    }

    public override string ToString() => $"{Heading.Marker}{Title}";
}
