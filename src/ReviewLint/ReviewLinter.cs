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
    private const int ResultsAheadPerThread = 8;

    private readonly ImmutableArray<RegisteredAnalyzer> _analyzers;
    private readonly ITokenizer _tokenizer;
    private readonly ReviewLintOptions _options;
    private readonly IDocumentOptionsProvider _optionsProvider;
    private readonly OptionsResolver _resolver;
    private readonly TimeProvider _time;
    private readonly ConditionalWeakTable<ReviewLintOptions, RuleOptions> _resolved = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _addedDictionaries = new(StringComparer.Ordinal);

    /// <param name="analyzers">The analyzers to run; their rule ids and names must be unique.</param>
    /// <param name="tokenizer">The shared tokenizer.</param>
    /// <param name="options">The base options; validated here (a bad rule id or severity throws <see cref="ConfigurationException"/>).</param>
    /// <param name="optionsProvider">Options per document (e.g. from the nearest reviewlint.json); by default the base options.</param>
    /// <param name="timeProvider">The clock for per-analyzer timings; <see cref="TimeProvider.System"/> by default.</param>
    public ReviewLinter(IEnumerable<DiagnosticAnalyzer> analyzers, ITokenizer tokenizer, ReviewLintOptions? options = null,
        IDocumentOptionsProvider? optionsProvider = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var list = analyzers.ToList();
        CheckUniqueIds(list);
        _analyzers = [.. list.Select(a => new RegisteredAnalyzer(a))];
        _tokenizer = tokenizer;
        _options = options ?? new ReviewLintOptions();
        _optionsProvider = optionsProvider ?? new FixedOptionsProvider(_options);
        _time = timeProvider ?? TimeProvider.System;
        Analyzers = list;
        Descriptors = [.. list.SelectMany(a => a.SupportedDiagnostics).Append(EngineDiagnostics.AnalyzerException)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)];
        _resolver = new OptionsResolver(Descriptors);
        Resolve(_options, null);
    }

    public IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>The budget of each batch's paragraph findings cache in bytes (0 turns it off); null reads
    /// <see cref="ParagraphFindingsCache.BudgetVariable"/> or takes the default. For tests and measurements.</summary>
    internal long? ParagraphCacheBudgetBytes { get; set; }
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Validates options against this linter's rules; throws <see cref="ConfigurationException"/> when they are wrong.</summary>
    public RuleOptions Resolve(ReviewLintOptions options, string? source) =>
        _resolved.TryGetValue(options, out var resolved) ? resolved : _resolved.GetValue(options, o => _resolver.Resolve(o, source));

    public async Task<DocumentResult> AnalyzeAsync(ReportDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await AnalyzeBatchAsync([document], cancellationToken).ConfigureAwait(false)).Documents[0];
    }

    public async Task<BatchResult> AnalyzeBatchAsync(IEnumerable<ReportDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var telemetry = new AnalyzerTelemetry();
        var results = new List<DocumentResult>();
        // Keyed by text: a batch analyzer may report on a document it rebuilt from the text it kept.
        var firstIndex = new Dictionary<Text.SourceText, int>(ReferenceEqualityComparer.Instance);
        await foreach (var (result, fromBatchEnd) in RunAsync(documents, telemetry, cancellationToken).ConfigureAwait(false))
        {
            if (fromBatchEnd && firstIndex.TryGetValue(result.Document.Text, out int index))
            {
                results[index] = Merge(results[index], result);
                continue;
            }
            firstIndex.TryAdd(result.Document.Text, results.Count);
            results.Add(result);
        }
        return new BatchResult([.. results], telemetry);
    }

    public IAsyncEnumerable<DocumentResult> AnalyzeStreamAsync(IEnumerable<ReportDocument> documents, AnalyzerTelemetry? telemetry = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Results(RunAsync(documents, telemetry ?? new AnalyzerTelemetry(), cancellationToken));

        static async IAsyncEnumerable<DocumentResult> Results(IAsyncEnumerable<(DocumentResult Result, bool FromBatchEnd)> run)
        {
            await foreach (var (result, _) in run.ConfigureAwait(false)) yield return result;
        }
    }

    /// <summary>Per-document results in input order, then batch-end results. A producer enumerates the documents into a queue that
    /// as many workers as the degree of parallelism take from, so a worker that finishes a document starts the next one without
    /// waiting for another thread. Up to <see cref="ResultsAheadPerThread"/> times the degree of parallelism of documents are queued
    /// or finished ahead of the result being waited for, so one long report does not idle the other threads (with twice the degree,
    /// the other threads stop after finishing a few documents behind it).</summary>
    private async IAsyncEnumerable<(DocumentResult Result, bool FromBatchEnd)> RunAsync(IEnumerable<ReportDocument> documents,
        AnalyzerTelemetry telemetry, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var batch = StartBatch(token);
        int parallelism = _options.MaxDegreeOfParallelism > 0 ? _options.MaxDegreeOfParallelism : Environment.ProcessorCount;
        var pending = Channel.CreateBounded<Task<DocumentResult>>(new BoundedChannelOptions(parallelism * ResultsAheadPerThread) { SingleReader = true, SingleWriter = true });
        var queue = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleWriter = true });
        for (int i = 0; i < parallelism; i++) _ = Task.Run(() => WorkAsync(queue.Reader, batch, telemetry, token), CancellationToken.None);
        var producer = Task.Run(async () =>
        {
            try
            {
                var inFlight = new List<Task>();
                int position = 0;
                foreach (var document in documents)
                {
                    ArgumentNullException.ThrowIfNull(document, nameof(documents));
                    token.ThrowIfCancellationRequested();
                    inFlight.RemoveAll(t => t.IsCompleted);
                    await AddDictionariesAsync(document, batch, inFlight, token).ConfigureAwait(false);
                    var result = new TaskCompletionSource<DocumentResult>();
                    await pending.Writer.WriteAsync(result.Task, token).ConfigureAwait(false);
                    queue.Writer.TryWrite(new WorkItem(document, position++, result));
                    inFlight.Add(result.Task);
                }
                pending.Writer.Complete();
            }
            catch (Exception exception)
            {
                pending.Writer.Complete(exception);
            }
            finally
            {
                queue.Writer.Complete();
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var work in pending.Reader.ReadAllAsync(token).ConfigureAwait(false))
                yield return (await work.ConfigureAwait(false), false);
            await producer.ConfigureAwait(false);
            if (batch.ParagraphCache is { } cache) telemetry.AddParagraphCacheCounts(cache.Hits, cache.Misses);
            foreach (var result in EndBatch(batch, token)) yield return (result, true);
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A document waiting for a worker, its input position, and where its result goes.</summary>
    private sealed record WorkItem(ReportDocument Document, int Position, TaskCompletionSource<DocumentResult> Result);

    /// <summary>One worker: analyzes queued documents until the queue is complete; after cancellation it cancels the rest.</summary>
    private async Task WorkAsync(ChannelReader<WorkItem> queue, BatchRun batch, AnalyzerTelemetry telemetry, CancellationToken token)
    {
        while (await queue.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (queue.TryRead(out var item))
            {
                if (token.IsCancellationRequested)
                {
                    item.Result.TrySetCanceled(token);
                    continue;
                }
                try
                {
                    item.Result.TrySetResult(AnalyzeOne(item.Document, item.Position, batch, telemetry, token));
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    item.Result.TrySetCanceled(token);
                }
                catch (Exception exception)
                {
                    item.Result.TrySetException(exception);
                }
            }
        }
    }

    private DocumentResult AnalyzeOne(ReportDocument document, int position, BatchRun batch, AnalyzerTelemetry telemetry, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var options = OptionsFor(document);
        var prepared = document.WithFacts(options.FactsOverride);
        batch.Add(prepared, position);
        long parseStart = _time.GetTimestamp();
        _ = prepared.Syntax;
        _ = prepared.Facts;
        telemetry.AddParsingTime(_time.GetElapsedTime(parseStart));
        var state = new DocumentState(prepared, _tokenizer, options, _time, token);
        var found = AnalyzerDriver.Run(state, _analyzers, batch, telemetry, _time);
        telemetry.AddTokenizationTime(state.TokenizationTime);
        telemetry.CountDocument(document.Text.Length);
        return AnalyzerDriver.Finish(prepared, options, found);
    }

    private RuleOptions OptionsFor(ReportDocument document)
    {
        var (options, source) = _optionsProvider.GetOptions(document);
        return Resolve(options, source);
    }

    /// <summary>Adds the user dictionaries a document's options name to the tokenizer before the document is analyzed. Dictionaries
    /// are process-wide, so a new one waits until the documents in flight are done: document k sees exactly the dictionaries of
    /// documents 0…k, whatever the degree of parallelism.</summary>
    private async Task AddDictionariesAsync(ReportDocument document, BatchRun batch, List<Task> inFlight, CancellationToken token)
    {
        if (_tokenizer is not IUserDictionaryTokenizer extensible) return;
        var fresh = OptionsFor(document).Source.Dictionaries.Select(d => Path.GetFullPath(d)).Where(d => !_addedDictionaries.ContainsKey(d)).ToList();
        if (fresh.Count == 0) return;
        foreach (var task in inFlight) await task.WaitAsync(token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        token.ThrowIfCancellationRequested();
        foreach (var dictionary in fresh)
        {
            extensible.AddDictionary(dictionary);
            _addedDictionaries.TryAdd(dictionary, true);
        }
        // New words change tokens and dictionary answers: findings cached on the same text may no longer hold.
        batch.ParagraphCache?.Clear();
    }

    private BatchRun StartBatch(CancellationToken token)
    {
        var options = Resolve(_options, null);
        var batch = new BatchRun();
        foreach (var registered in _analyzers.Where(a => a.Actions.BatchStartActions.Count > 0 && a.IsEnabled(options)))
        {
            var context = new BatchStartAnalysisContext(options, token);
            try
            {
                foreach (var action in registered.Actions.BatchStartActions) action(context);
                batch.Contexts[registered] = context;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                batch.StartFailures[registered] = exception;
            }
        }
        batch.TracksDocuments = batch.Contexts.Values.Any(c => c.EndActions.Count > 0);
        if (_analyzers.Any(a => a.Actions.ParagraphActions.Count > 0)) batch.ParagraphCache = ParagraphFindingsCache.Create(ParagraphCacheBudgetBytes);
        return batch;
    }

    /// <summary>Runs batch-end actions; their findings come out per document, in input order.</summary>
    private IEnumerable<DocumentResult> EndBatch(BatchRun batch, CancellationToken token)
    {
        var found = new List<(ReportDocument Document, Diagnostic Diagnostic)>();
        foreach (var (registered, context) in batch.Contexts)
        {
            if (context.EndActions.Count == 0) continue;
            var run = new AnalyzerRun(registered.Analyzer, registered.Declared);
            var end = new BatchEndAnalysisContext(run, batch, token);
            try
            {
                foreach (var action in context.EndActions) action(end);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
            {
                var blamed = end.Found.Select(f => f.Document).Distinct(ReferenceEqualityComparer.Instance).Cast<ReportDocument>().ToList();
                if (blamed.Count == 0 && batch.First is { } first) blamed.Add(first);
                foreach (var document in blamed)
                    end.Found.Add((document, AnalyzerDriver.CrashDiagnostic(document, registered.Analyzer, exception, "批处理结束时")));
            }
            found.AddRange(end.Found);
        }
        return found.GroupBy(f => f.Document, ReferenceEqualityComparer.Instance)
            .OrderBy(g => batch.PositionOf((ReportDocument)g.Key!))
            .Select(g => AnalyzerDriver.Finish((ReportDocument)g.Key!, OptionsFor((ReportDocument)g.Key!), g.Select(f => f.Diagnostic)))
            .ToList();
    }

    private static DocumentResult Merge(DocumentResult first, DocumentResult second) => first with
    {
        Diagnostics = AnalyzerDriver.Order(first.Diagnostics.Concat(second.Diagnostics)),
        Suppressed = first.Suppressed.AddRange(second.Suppressed),
    };

    private static void CheckUniqueIds(List<DiagnosticAnalyzer> analyzers)
    {
        var owners = new Dictionary<string, DiagnosticAnalyzer>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<DiagnosticAnalyzer>(ReferenceEqualityComparer.Instance);
        foreach (var analyzer in analyzers)
        {
            ArgumentNullException.ThrowIfNull(analyzer, nameof(analyzers));
            if (!seen.Add(analyzer)) throw new InvalidOperationException($"分析器 {analyzer.Name} 注册了两次。");
            foreach (var descriptor in analyzer.SupportedDiagnostics.DistinctBy(d => d.Id))
            {
                if (descriptor.Id == EngineDiagnostics.AnalyzerException.Id) continue;
                foreach (var key in new[] { descriptor.Id, descriptor.Name })
                {
                    if (owners.TryAdd(key, analyzer)) continue;
                    var owner = owners[key];
                    throw new InvalidOperationException(
                        ReferenceEquals(owner, analyzer) ? $"分析器 {analyzer.Name} 声明的规则标识“{key}”重复。"
                        : owner.GetType() == analyzer.GetType() ? $"分析器 {analyzer.Name} 注册了两次（规则标识“{key}”重复）。"
                        : $"规则标识“{key}”重复：{owner.Name} 与 {analyzer.Name} 都声明了它。");
                }
            }
        }
    }
}
