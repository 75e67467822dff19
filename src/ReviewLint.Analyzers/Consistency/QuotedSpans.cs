using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>The spans inside quotation or title marks (“…”, ‘…’, 「…」, 『…』, 《…》, "…"), paired within one paragraph.</summary>
internal sealed class QuotedSpans
{
    private const string Openers = "“‘「『《";
    private const string Closers = "”’」』》";
    private readonly List<TextSpan> _spans;

    private QuotedSpans(List<TextSpan> spans) => _spans = spans;

    /// <summary>Collects the quoted spans of a document; with <paramref name="titlesOnly"/>, only 《…》.</summary>
    public static QuotedSpans Of(SourceText text, ReportSyntax syntax, bool titlesOnly = false)
    {
        var spans = new List<TextSpan>();
        foreach (var paragraph in syntax.Paragraphs)
        {
            var open = new Stack<(char Closer, int Start)>();
            int asciiQuote = -1;
            for (int i = paragraph.Span.Start; i < paragraph.Span.End; i++)
            {
                char c = text[i];
                int opener = Openers.IndexOf(c);
                if (opener >= 0 && (!titlesOnly || c == '《')) open.Push((Closers[opener], i));
                else if (open.Count > 0 && c == open.Peek().Closer) spans.Add(TextSpan.FromBounds(open.Pop().Start, i + 1));
                else if (c == '"' && !titlesOnly)
                {
                    if (asciiQuote < 0) asciiQuote = i;
                    else
                    {
                        spans.Add(TextSpan.FromBounds(asciiQuote, i + 1));
                        asciiQuote = -1;
                    }
                }
            }
        }
        return new QuotedSpans(spans);
    }

    public bool Contains(TextSpan span) => _spans.Exists(s => s.Contains(span));
}
