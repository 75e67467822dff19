using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewLint.Cli.Tests.Infrastructure;

/// <summary>Writes minimal Word documents for tests: one paragraph per line, each split into runs to look like real Word output.</summary>
public static class DocxFile
{
    public static void Write(string path, IEnumerable<string> paragraphs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(Paragraph)));
        main.Document.Save();
    }

    private static Paragraph Paragraph(string text)
    {
        int half = text.Length / 2;
        return new Paragraph(
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text[..half]) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new Bold()), new DocumentFormat.OpenXml.Wordprocessing.Text(text[half..]) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
