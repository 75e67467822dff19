using System.Collections.Concurrent;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint;

/// <summary>One report: its path, immutable text, and the lazily parsed, cached structure and facts.</summary>
public sealed class ReportDocument
{
    private readonly Lazy<ReportSyntax> _syntax;
    private readonly Lazy<DocumentFacts> _facts;
    /// <summary>Created by the first <see cref="GetOrAdd"/>: most documents of a batch never need one.</summary>
    private ConcurrentDictionary<Type, Lazy<object>>? _derived;

    private ReportDocument(string path, SourceText text, DocumentFactsOverride? factsOverride, Lazy<ReportSyntax>? syntax = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = path;
        Text = text;
        FactsOverride = factsOverride;
        _syntax = syntax ?? new Lazy<ReportSyntax>(() => ReportParser.Parse(text), LazyThreadSafetyMode.ExecutionAndPublication);
        _facts = new Lazy<DocumentFacts>(ComputeFacts, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }
    public SourceText Text { get; }
    public DocumentFactsOverride? FactsOverride { get; }
    public ReportSyntax Syntax => _syntax.Value;
    public DocumentFacts Facts => _facts.Value;

    public static ReportDocument FromText(string path, string text) => new(path, SourceText.From(text), null);

    public static ReportDocument Create(string path, SourceText text, DocumentFactsOverride? factsOverride = null) => new(path, text, factsOverride);

    /// <summary>The same document with configured facts replacing the inferred ones; the parse is shared.</summary>
    public ReportDocument WithFacts(DocumentFactsOverride? factsOverride) =>
        factsOverride == FactsOverride ? this : new ReportDocument(Path, Text, factsOverride, _syntax);

    /// <summary>A structure derived from this document (an outline, an index), built once by the first caller and shared by every
    /// analyzer that asks for the same type; concurrent callers wait for the one build. The value must depend only on the
    /// document (its text, syntax and facts), never on options: documents with other configured facts are other instances. The key
    /// is the type, so cache a type of your own (<c>ReportOutline</c>), not a shared one such as <c>List&lt;string&gt;</c>.</summary>
    public T GetOrAdd<T>(Func<ReportDocument, T> factory) where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        var derived = Volatile.Read(ref _derived) ?? Interlocked.CompareExchange(ref _derived, new(), null) ?? _derived;
        var lazy = derived.GetOrAdd(typeof(T), static (_, state) =>
            new Lazy<object>(() => state.Factory(state.Document), LazyThreadSafetyMode.ExecutionAndPublication), (Factory: factory, Document: this));
        return (T)lazy.Value;
    }

    private DocumentFacts ComputeFacts()
    {
        var inferred = FactsInference.Infer(Text, Syntax.Paragraphs);
        return FactsOverride is null ? inferred : FactsOverride.ApplyTo(inferred);
    }

    public override string ToString() => Path;
}
