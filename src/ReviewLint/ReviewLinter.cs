using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ReviewLint.Analysis;
using ReviewLint.Configuration;
using ReviewLint.Diagnostics;
using ReviewLint.Tokenization;

namespace ReviewLint;

/// <summary>The engine: parses each document once, shares tokens between analyzers, runs documents in parallel, keeps output order.</summary>
public sealed class ReviewLinter : IReviewLinter
{
    private readonly ImmutableArray<RegisteredAnalyzer> _analyzers;
    private readonly ITokenizer _tokenizer;
    private readonly ReviewLintOptions _options;
    private readonly IDocumentOptionsProvider _optionsProvider;
    private readonly OptionsResolver _resolver;
    private readonly ConditionalWeakTable<ReviewLintOptions, RuleOptions> _resolved = new();

    public ReviewLinter(IEnumerable<DiagnosticAnalyzer> analyzers, ITokenizer tokenizer, ReviewLintOptions? options = null,
        IDocumentOptionsProvider? optionsProvider = null)
    {
        var list = analyzers.ToList();
        CheckUniqueIds(list);
        _analyzers = [.. list.Select(a => new RegisteredAnalyzer(a))];
        _tokenizer = tokenizer;
        _options = options ?? new ReviewLintOptions();
        _optionsProvider = optionsProvider ?? new FixedOptionsProvider(_options);
        Analyzers = list;
        Descriptors = [.. list.SelectMany(a => a.SupportedDiagnostics).Append(EngineDiagnostics.AnalyzerException).OrderBy(d => d.Id, StringComparer.Ordinal)];
        _resolver = new OptionsResolver(Descriptors);
        Resolve(_options, null);
    }

    public IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; }
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Validates options against this linter's rules; throws <see cref="ConfigurationException"/> when they are wrong.</summary>
    public RuleOptions Resolve(ReviewLintOptions options, string? source) =>
        _resolved.TryGetValue(options, out var resolved) ? resolved : _resolved.GetValue(options, o => _resolver.Resolve(o, source));

    public async Task<DocumentResult> AnalyzeAsync(ReportDocument document, CancellationToken cancellationToken = default) =>
        (await AnalyzeBatchAsync([document], cancellationToken).ConfigureAwait(false)).Documents[0];

    public async Task<BatchResult> AnalyzeBatchAsync(IEnumerable<ReportDocument> documents, CancellationToken cancellationToken = default)
    {
        var telemetry = new AnalyzerTelemetry();
        var results = new List<DocumentResult>();
        var indexByPath = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var result in AnalyzeStreamAsync(documents, telemetry, cancellationToken).ConfigureAwait(false))
        {
            if (indexByPath.TryGetValue(result.Path, out int index) && ReferenceEquals(results[index].Document.Text, result.Document.Text))
            {
                results[index] = Merge(results[index], result);
                continue;
            }
            indexByPath[result.Path] = results.Count;
            results.Add(result);
        }
        return new BatchResult([.. results], telemetry);
    }

    public async IAsyncEnumerable<DocumentResult> AnalyzeStreamAsync(IEnumerable<ReportDocument> documents, AnalyzerTelemetry? telemetry = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        telemetry ??= new AnalyzerTelemetry();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var batch = StartBatch(token);
        int parallelism = _options.MaxDegreeOfParallelism > 0 ? _options.MaxDegreeOfParallelism : Environment.ProcessorCount;
        using var throttle = new SemaphoreSlim(parallelism);
        var pending = Channel.CreateBounded<Task<DocumentResult>>(new BoundedChannelOptions(parallelism * 2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var document in documents)
                {
                    token.ThrowIfCancellationRequested();
                    await throttle.WaitAsync(token).ConfigureAwait(false);
                    var work = Task.Run(() =>
                    {
                        try
                        {
                            return AnalyzeOne(document, batch, telemetry, token);
                        }
                        finally
                        {
                            throttle.Release();
                        }
                    }, token);
                    await pending.Writer.WriteAsync(work, token).ConfigureAwait(false);
                }
                pending.Writer.Complete();
            }
            catch (Exception exception)
            {
                pending.Writer.Complete(exception);
            }
        }, token);

        try
        {
            await foreach (var work in pending.Reader.ReadAllAsync(token).ConfigureAwait(false))
                yield return await work.ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            foreach (var result in EndBatch(batch, token)) yield return result;
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
        }
    }

    private DocumentResult AnalyzeOne(ReportDocument document, Dictionary<RegisteredAnalyzer, BatchStartAnalysisContext> batch,
        AnalyzerTelemetry telemetry, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var options = OptionsFor(document);
        var prepared = document.WithFacts(options.FactsOverride);
        long parseStart = System.Diagnostics.Stopwatch.GetTimestamp();
        _ = prepared.Syntax;
        telemetry.AddParsingTime(System.Diagnostics.Stopwatch.GetTimestamp() - parseStart);
        var state = new DocumentState(prepared, _tokenizer, options, token);
        var found = AnalyzerDriver.Run(state, _analyzers, batch, telemetry);
        telemetry.AddTokenizationTime(state.TokenizationTicks);
        telemetry.CountDocument(document.Text.Length);
        return AnalyzerDriver.Finish(prepared, options, found);
    }

    private RuleOptions OptionsFor(ReportDocument document)
    {
        var (options, source) = _optionsProvider.GetOptions(document);
        return Resolve(options, source);
    }

    private Dictionary<RegisteredAnalyzer, BatchStartAnalysisContext> StartBatch(CancellationToken token)
    {
        var options = Resolve(_options, null);
        var contexts = new Dictionary<RegisteredAnalyzer, BatchStartAnalysisContext>();
        foreach (var registered in _analyzers.Where(a => a.Actions.BatchStartActions.Count > 0 && a.IsEnabled(options)))
        {
            var context = new BatchStartAnalysisContext(options, token);
            foreach (var action in registered.Actions.BatchStartActions) action(context);
            contexts[registered] = context;
        }
        return contexts;
    }

    private IEnumerable<DocumentResult> EndBatch(Dictionary<RegisteredAnalyzer, BatchStartAnalysisContext> batch, CancellationToken token)
    {
        var found = new List<(ReportDocument Document, Diagnostic Diagnostic)>();
        foreach (var (registered, context) in batch)
        {
            if (context.EndActions.Count == 0) continue;
            var run = new AnalyzerRun(registered.Analyzer, registered.Declared);
            var documents = new Dictionary<string, ReportDocument>(StringComparer.Ordinal);
            var end = new BatchEndAnalysisContext(run, documents, token);
            try
            {
                foreach (var action in context.EndActions) action(end);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                foreach (var document in documents.Values)
                    run.Diagnostics.Add(AnalyzerDriver.CrashDiagnostic(document, registered.Analyzer, exception));
            }
            found.AddRange(run.Diagnostics.Select(d => (documents[d.Path], d)));
        }
        return found.GroupBy(f => f.Document).OrderBy(g => g.Key.Path, StringComparer.Ordinal)
            .Select(g => AnalyzerDriver.Finish(g.Key, OptionsFor(g.Key), g.Select(f => f.Diagnostic)));
    }

    private static DocumentResult Merge(DocumentResult first, DocumentResult second) => first with
    {
        Diagnostics = [.. first.Diagnostics.Concat(second.Diagnostics).OrderBy(d => d.Location.Span.Start).ThenBy(d => d.Location.Span.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)],
        Suppressed = first.Suppressed.AddRange(second.Suppressed),
    };

    private static void CheckUniqueIds(List<DiagnosticAnalyzer> analyzers)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var analyzer in analyzers)
            foreach (var descriptor in analyzer.SupportedDiagnostics.DistinctBy(d => d.Id))
            {
                foreach (var key in new[] { descriptor.Id, descriptor.Name })
                    if (!owners.TryAdd(key, analyzer.Name) && descriptor.Id != EngineDiagnostics.AnalyzerException.Id)
                        throw new InvalidOperationException($"规则标识“{key}”重复：{owners[key]} 与 {analyzer.Name} 都声明了它。");
            }
    }
}
