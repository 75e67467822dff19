using System.Collections.Immutable;
using ReviewLint.Text;

namespace ReviewLint.Syntax;

/// <summary>The parsed structure of a report: title, paragraphs, headings, section tree, items (一是, 第一，, 首先 …) and sentences.</summary>
public sealed class ReportSyntax
{
    internal ReportSyntax(
        SourceText text,
        ImmutableArray<Paragraph> paragraphs,
        ImmutableArray<Section> sections,
        ImmutableArray<EnumeratedItem> items,
        ImmutableArray<Sentence> sentences)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sections = sections;
        Items = items;
        Sentences = sentences;
        Headings = paragraphs.Where(p => p.Heading is not null).Select(p => p.Heading!).ToImmutableArray();
    }

    public SourceText Text { get; }
    public Paragraph? Title => Paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Title);
    public ImmutableArray<Paragraph> Paragraphs { get; }
    public ImmutableArray<Heading> Headings { get; }
    /// <summary>The top-level sections; nested ones are in <see cref="Section.Children"/>.</summary>
    public ImmutableArray<Section> Sections { get; }
    public ImmutableArray<EnumeratedItem> Items { get; }
    public ImmutableArray<Sentence> Sentences { get; }

    public IEnumerable<Section> AllSections => Sections.SelectMany(s => s.DescendantsAndSelf());

    /// <summary>The sentences whose spans lie inside <paramref name="span"/>.</summary>
    public IEnumerable<Sentence> SentencesIn(TextSpan span) => Sentences.Where(s => span.Contains(s.Span));

    public string GetText(TextSpan span) => Text.ToString(span);
}
