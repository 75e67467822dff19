using ReviewLint.Configuration;
using ReviewLint.Tokenization;

namespace ReviewLint.Analysis;

/// <summary>Per-document analysis state shared by all analyzers: the document, its options and the lazily computed tokens.</summary>
internal sealed class DocumentState
{
    private readonly Lazy<TokenList> _tokens;
    private readonly TimeProvider _time;

    public DocumentState(ReportDocument document, ITokenizer tokenizer, RuleOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        Document = document;
        Tokenizer = tokenizer;
        Options = options;
        CancellationToken = cancellationToken;
        _time = time;
        _tokens = new Lazy<TokenList>(Tokenize, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ReportDocument Document { get; }
    public ITokenizer Tokenizer { get; }
    public RuleOptions Options { get; }
    public CancellationToken CancellationToken { get; }
    public TokenList Tokens => _tokens.Value;

    /// <summary>The tokens of one paragraph with paragraph-relative spans: a view over <see cref="Tokens"/> (no copy), made once and
    /// shared by every paragraph action of every analyzer (the engine runs one document's analyzers on one thread at a time).</summary>
    public TokenList TokensOf(Syntax.Paragraph paragraph)
    {
        var byParagraph = _paragraphTokens ??= new TokenList?[Document.Syntax.Paragraphs.Length];
        return byParagraph[paragraph.Index] ??= Tokens.Relative(paragraph.Span);
    }

    private TokenList?[]? _paragraphTokens;
    private string?[]? _paragraphTexts;

    /// <summary>The text of one paragraph as a string, made once and shared by every paragraph action.</summary>
    public string TextOf(Syntax.Paragraph paragraph)
    {
        var byParagraph = _paragraphTexts ??= new string?[Document.Syntax.Paragraphs.Length];
        return byParagraph[paragraph.Index] ??= Document.Text.ToString(paragraph.Span);
    }

    /// <summary>What the tokenizer threw for this document, if it failed. The tokens are computed once, so every analyzer that asks
    /// for them gets this same exception; the driver reports it once for the document instead of once per analyzer.</summary>
    public Exception? TokenizationError { get; private set; }

    /// <summary>True when <paramref name="exception"/> is, or wraps, this document's tokenization failure.</summary>
    public bool IsTokenizationFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (ReferenceEquals(e, TokenizationError)) return true;
        return false;
    }

    /// <summary>Time spent tokenizing this document (zero until the tokens are first asked for).</summary>
    public TimeSpan TokenizationTime { get; private set; }

    private TokenList Tokenize()
    {
        long start = _time.GetTimestamp();
        try
        {
            return Tokenizer.Tokenize(Document.Text.Content);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            TokenizationError = exception;
            throw;
        }
        finally
        {
            TokenizationTime = _time.GetElapsedTime(start);
        }
    }
}
