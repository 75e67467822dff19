using ReviewLint.Configuration;
using ReviewLint.Tokenization;

namespace ReviewLint.Analysis;

/// <summary>Per-document analysis state shared by all analyzers: the document, its options and the lazily computed tokens.</summary>
internal sealed class DocumentState
{
    private readonly Lazy<TokenList> _tokens;

    public DocumentState(ReportDocument document, ITokenizer tokenizer, RuleOptions options, CancellationToken cancellationToken)
    {
        Document = document;
        Tokenizer = tokenizer;
        Options = options;
        CancellationToken = cancellationToken;
        _tokens = new Lazy<TokenList>(Tokenize, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ReportDocument Document { get; }
    public ITokenizer Tokenizer { get; }
    public RuleOptions Options { get; }
    public CancellationToken CancellationToken { get; }
    public TokenList Tokens => _tokens.Value;

    /// <summary>Stopwatch ticks spent tokenizing this document (0 until the tokens are first asked for).</summary>
    public long TokenizationTicks { get; private set; }

    private TokenList Tokenize()
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var tokens = Tokenizer.Tokenize(Document.Text.Content);
        TokenizationTicks = System.Diagnostics.Stopwatch.GetTimestamp() - start;
        return tokens;
    }
}
