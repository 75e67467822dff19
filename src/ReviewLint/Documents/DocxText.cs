using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewLint.Documents;

/// <summary>Extracts the body text of a .docx: one line per paragraph (table cells and text boxes included, in document order),
/// a manual line break starting a new line, lines joined with \n. Headers, footers, notes and deleted revisions are left out.</summary>
internal static class DocxText
{
    public static string Extract(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InvalidDataException("缺少正文部分（word/document.xml）。");
        var lines = new List<string>();
        Walk(body, lines);
        return string.Join('\n', lines);
    }

    private static void Walk(OpenXmlElement element, List<string> lines)
    {
        foreach (var child in element.ChildElements)
        {
            if (child is AlternateContentFallback) continue;
            if (child is W.Paragraph paragraph) AddParagraph(paragraph, lines);
            else Walk(child, lines);
        }
    }

    /// <summary>Adds a paragraph's lines, then those of paragraphs nested in it (text boxes).</summary>
    private static void AddParagraph(W.Paragraph paragraph, List<string> lines)
    {
        var text = new StringBuilder();
        var nested = new List<W.Paragraph>();
        AppendRuns(paragraph, text, nested);
        lines.AddRange(text.ToString().Split('\n'));
        foreach (var inner in nested) AddParagraph(inner, lines);
    }

    private static void AppendRuns(OpenXmlElement element, StringBuilder text, List<W.Paragraph> nested)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case AlternateContentFallback:
                    break;
                case W.Paragraph inner:
                    nested.Add(inner);
                    break;
                case W.Text run:
                    text.Append(run.Text);
                    break;
                case W.TabChar:
                    text.Append('\t');
                    break;
                case W.Break lineBreak when lineBreak.Type is null || lineBreak.Type.Value == W.BreakValues.TextWrapping:
                case W.CarriageReturn:
                    text.Append('\n');
                    break;
                case W.NoBreakHyphen:
                    text.Append('-');
                    break;
                default:
                    AppendRuns(child, text, nested);
                    break;
            }
        }
    }
}
