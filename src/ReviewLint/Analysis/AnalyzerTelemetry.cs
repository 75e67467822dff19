using System.Collections.Concurrent;

namespace ReviewLint.Analysis;

/// <summary>Time spent per analyzer, in parsing and in tokenization, accumulated across documents; thread-safe.</summary>
public sealed class AnalyzerTelemetry
{
    private readonly ConcurrentDictionary<string, StrongBox> _analyzerTicks = new(StringComparer.Ordinal);
    private long _tokenizationTicks;
    private long _parsingTicks;
    private long _documents;
    private long _characters;

    public long Documents => Interlocked.Read(ref _documents);
    public long Characters => Interlocked.Read(ref _characters);
    public TimeSpan Tokenization => TimeSpan.FromTicks(Interlocked.Read(ref _tokenizationTicks));

    /// <summary>Paragraph-action runs answered from the paragraph findings cache (a repeated paragraph's findings replayed).</summary>
    public long ParagraphCacheHits => Interlocked.Read(ref _paragraphCacheHits);

    /// <summary>Paragraph-action runs on cacheable paragraphs the cache could not answer (the action ran).</summary>
    public long ParagraphCacheMisses => Interlocked.Read(ref _paragraphCacheMisses);

    private long _paragraphCacheHits;
    private long _paragraphCacheMisses;

    /// <summary>Building the document model: structure, sentences and facts.</summary>
    public TimeSpan Parsing => TimeSpan.FromTicks(Interlocked.Read(ref _parsingTicks));

    /// <summary>Wall time per analyzer name, largest first; tokenization is not included in any analyzer's time.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Analyzers =>
        _analyzerTicks.Select(p => KeyValuePair.Create(p.Key, TimeSpan.FromTicks(Interlocked.Read(ref p.Value.Ticks))))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();

    internal void CountDocument(int characters)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Add(ref _characters, characters);
    }

    internal void AddAnalyzerTime(string analyzer, TimeSpan elapsed) =>
        Interlocked.Add(ref _analyzerTicks.GetOrAdd(analyzer, _ => new StrongBox()).Ticks, elapsed.Ticks);

    internal void AddParagraphCacheCounts(long hits, long misses)
    {
        Interlocked.Add(ref _paragraphCacheHits, hits);
        Interlocked.Add(ref _paragraphCacheMisses, misses);
    }

    internal void AddParsingTime(TimeSpan elapsed) => Interlocked.Add(ref _parsingTicks, elapsed.Ticks);

    internal void AddTokenizationTime(TimeSpan elapsed) => Interlocked.Add(ref _tokenizationTicks, elapsed.Ticks);

    private sealed class StrongBox
    {
        public long Ticks;
    }
}
