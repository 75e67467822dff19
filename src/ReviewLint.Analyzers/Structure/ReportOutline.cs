using System.Collections.Immutable;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Structure;

/// <summary>Finds the sections of a genre's template in a report: numbered headings at any level (the shallowest match wins)
/// and, failing those, un-numbered heading lines such as <c>存在的问题</c> or <c>原因分析：一是……</c>.</summary>
public sealed class ReportOutline
{
    private const int MaxStandaloneHeadingLength = 24;
    private const int MaxRunInHeadingLength = 16;
    private const string Decorations = "■□●○◆◇▲△★☆▶►【】[]〖〗";

    private readonly ReportSyntax _syntax;

    private ReportOutline(ReportSyntax syntax, GenreTemplate template, ImmutableArray<OutlineSection> sections)
    {
        _syntax = syntax;
        Template = template;
        Sections = sections;
    }

    public GenreTemplate Template { get; }

    /// <summary>The template sections found, in text order (a heading naming two parts yields two entries).</summary>
    public ImmutableArray<OutlineSection> Sections { get; }

    /// <summary>The section found for a role key, or null.</summary>
    public OutlineSection? Find(string roleKey) => Sections.FirstOrDefault(s => s.Role.Key == roleKey);

    /// <summary>True when the role has a heading, or, for roles that allow it, when topical top-level headings precede the next expected section.</summary>
    public bool IsPresent(SectionRole role)
    {
        if (Find(role.Key) is not null) return true;
        if (!role.FallbackToPrecedingHeadings) return false;
        int limit = Sections.Where(s => s.Role.Order > role.Order).Select(s => s.HeadingParagraph).DefaultIfEmpty(int.MaxValue).Min();
        var claimed = Sections.Select(s => s.HeadingParagraph).ToHashSet();
        return _syntax.Paragraphs.Any(p => p.Heading is { Level: 1 } && p.Index < limit && !claimed.Contains(p.Index));
    }

    /// <summary>The outermost numbered sections inside an outline section (its （一）（二）…), each with its span cut at the section's end.</summary>
    public ImmutableArray<(Section Section, TextSpan Span)> SubsectionsOf(OutlineSection outer)
    {
        var inside = _syntax.AllSections
            .Where(s => s.FirstParagraphIndex > outer.HeadingParagraph && s.FirstParagraphIndex <= outer.LastParagraph)
            .ToList();
        if (inside.Count == 0) return [];
        int level = inside.Min(s => s.Level);
        return [.. inside.Where(s => s.Level == level)
            .OrderBy(s => s.FirstParagraphIndex)
            .Select(s => (s, TextSpan.FromBounds(s.Span.Start, Math.Min(s.Span.End, outer.Span.End))))];
    }

    /// <summary>The document's outline for its genre template, built once per document and shared by the rules that need it
    /// (RL1001, RL1002, RL5001).</summary>
    public static ReportOutline Of(ReportDocument document, GenreTemplate template)
    {
        var shared = document.GetOrAdd(d => Build(d.Syntax, template));
        return shared.Template == template ? shared : Build(document.Syntax, template);
    }

    /// <summary>Locates the template's sections in a parsed report.</summary>
    public static ReportOutline Build(ReportSyntax syntax, GenreTemplate template)
    {
        var candidates = ReadCandidates(syntax);
        var chosen = new List<(SectionRole Role, Candidate Heading)>();
        foreach (var role in template.Sections)
        {
            var matches = candidates.Where(c => role.Matches(c.Title)).ToList();
            var numbered = matches.Where(c => c.Level > 0).ToList();
            var pick = numbered.Count > 0
                ? numbered.Where(c => c.Level == numbered.Min(n => n.Level)).First()
                : matches.FirstOrDefault();
            if (pick is not null) chosen.Add((role, pick));
        }

        var sections = chosen
            .OrderBy(c => c.Heading.Paragraph).ThenBy(c => c.Role.Order)
            .Select(c => ToSection(syntax, c.Role, c.Heading, chosen.Select(x => x.Heading)))
            .ToImmutableArray();
        return new ReportOutline(syntax, template, sections);
    }

    private static OutlineSection ToSection(ReportSyntax syntax, SectionRole role, Candidate heading, IEnumerable<Candidate> allChosen)
    {
        var paragraphs = syntax.Paragraphs;
        Section? section = heading.Level > 0 ? syntax.AllSections.First(s => s.FirstParagraphIndex == heading.Paragraph) : null;
        int last = section?.LastParagraphIndex
            ?? allChosen.Where(c => c.Paragraph > heading.Paragraph).Select(c => c.Paragraph - 1).DefaultIfEmpty(paragraphs.Length - 1).Min();
        var span = TextSpan.FromBounds(paragraphs[heading.Paragraph].Span.Start, paragraphs[last].Span.End);
        return new OutlineSection(role, heading.Paragraph, heading.Anchor, heading.Title, last, span, section);
    }

    private static List<Candidate> ReadCandidates(ReportSyntax syntax)
    {
        var candidates = new List<Candidate>();
        foreach (var paragraph in syntax.Paragraphs)
        {
            if (paragraph.Heading is { } heading)
            {
                int end = heading.TitleSpan.IsEmpty ? heading.MarkerSpan.End : heading.TitleSpan.End;
                candidates.Add(new Candidate(paragraph.Index, TextSpan.FromBounds(heading.MarkerSpan.Start, end), Normalize(heading.Title), heading.Level));
            }
            else if (paragraph.Kind is ParagraphKind.Body or ParagraphKind.Header && ReadUnnumberedHeading(syntax, paragraph) is { } anchor)
            {
                candidates.Add(new Candidate(paragraph.Index, anchor, Normalize(syntax.GetText(anchor)), 0));
            }
        }
        return candidates;
    }

    /// <summary>A stand-alone short line without sentence punctuation, or the lead of <c>原因分析：……</c>.</summary>
    private static TextSpan? ReadUnnumberedHeading(ReportSyntax syntax, Paragraph paragraph)
    {
        string line = syntax.GetText(paragraph.Span);
        int colon = line.IndexOfAny(['：', ':']);
        int end = colon > 0 && colon <= MaxRunInHeadingLength ? colon
            : line.Length <= MaxStandaloneHeadingLength ? line.TrimEnd('。', '：', ':').Length
            : -1;
        if (end <= 0) return null;
        var lead = line.AsSpan(0, end);
        if (lead.IndexOfAny("，。；！？,;!?") >= 0) return null;
        return new TextSpan(paragraph.Span.Start, end);
    }

    private static string Normalize(string title)
    {
        var chars = title.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray();
        return new string(chars).Trim(Decorations.ToCharArray()).TrimEnd('。', '：', ':', '；');
    }

    private sealed record Candidate(int Paragraph, TextSpan Anchor, string Title, int Level);
}
