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

    /// <summary>Time spent tokenizing this document (zero until the tokens are first asked for).</summary>
    public TimeSpan TokenizationTime { get; private set; }

    private TokenList Tokenize()
    {
        long start = _time.GetTimestamp();
        try
        {
            return Tokenizer.Tokenize(Document.Text.Content);
        }
        finally
        {
            TokenizationTime = _time.GetElapsedTime(start);
        }
    }
}
