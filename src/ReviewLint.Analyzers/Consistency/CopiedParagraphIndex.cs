using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>Settings of the copied-paragraph search (rule options of RL4004).</summary>
internal sealed record CopiedParagraphSettings(int MinLength, double Threshold, int ShingleSize, int MaxDocumentFrequency, int MaxListed)
{
    /// <summary>Shingles found in more documents than this are boilerplate: the configured limit, or 5 and 2% of the batch, whichever is larger.</summary>
    public int DocumentFrequencyLimit(int documents) =>
        MaxDocumentFrequency > 0 ? MaxDocumentFrequency : Math.Max(5, (int)Math.Ceiling(documents * 0.02));
}

/// <summary>
/// Finds near-identical paragraphs in reports of different units of one batch, in time and memory that grow linearly with the batch.
/// While the batch streams, each document adds its shingles to a fixed-size frequency sketch (created with the second document,
/// so that a single report costs nothing) and leaves only its text (shared with the engine's document, not copied; no parse,
/// no tokens) and the spans of its paragraphs that are long enough to count.
/// At the end, each paragraph's shingles minus the batch's boilerplate (shingles in more than the frequency limit of documents)
/// get a MinHash signature; paragraphs that share a band key become candidates (a key shared by more documents than the
/// limit is boilerplate, and within a large bucket each paragraph meets only its next <see cref="BucketWindow"/> neighbours),
/// and candidates are compared exactly. Thread-safe.
/// </summary>
internal sealed class CopiedParagraphIndex(CopiedParagraphSettings settings)
{
    /// <summary>How many following paragraphs of a band bucket each paragraph is paired with: caps the pairs of a bucket at
    /// about this many per paragraph, so that a paragraph repeated by many reports costs linear, not quadratic, time.</summary>
    private const int BucketWindow = 32;

    [ThreadStatic] private static HashSet<ulong>? t_seen;
    [ThreadStatic] private static List<ulong>? t_paragraph;
    [ThreadStatic] private static uint[]? t_signature;

    private readonly ParagraphShingler _shingler = new(settings.ShingleSize);
    private readonly Lock _gate = new();
    private ShingleFrequencySketch? _frequencies;
    private HashSet<ulong>? _firstShingles;
    private readonly List<DocumentEntry> _documents = [];
    private int _batchSize;

    /// <summary>What is kept of a document until the batch ends: its text (for the exact comparison and to report), never its parse.</summary>
    private sealed record DocumentEntry(string Path, SourceText Text, DocumentFactsOverride? FactsOverride, string? UnitName, TextSpan[] Paragraphs)
    {
        public ReportDocument ToDocument() => ReportDocument.Create(Path, Text, FactsOverride);
    }

    /// <summary>A paragraph of the batch: its document (index in the sorted document list) and span.</summary>
    private readonly record struct Paragraph(int Document, TextSpan Span);

    private sealed record Match(int Paragraph, int Other, double Similarity);

    public void Add(ReportDocument document)
    {
        Interlocked.Increment(ref _batchSize);
        var seen = t_seen ??= [];
        var collector = new Collector(t_paragraph ??= []);
        seen.Clear();
        var spans = new List<TextSpan>();
        foreach (var span in ContentSpans(document.Syntax))
        {
            collector.Shingles.Clear();
            if (_shingler.Visit(document.Text.AsSpan(span), ref collector) < settings.MinLength) continue;
            spans.Add(span);
            foreach (ulong shingle in collector.Shingles) seen.Add(shingle);
        }
        if (spans.Count == 0) return;
        var entry = new DocumentEntry(document.Path, document.Text, document.FactsOverride, document.Facts.UnitName, [.. spans]);
        ShingleFrequencySketch sketch;
        lock (_gate)
        {
            _documents.Add(entry);
            if (_documents.Count == 1)
            {
                _firstShingles = [.. seen];
                return;
            }
            if (_frequencies is null)
            {
                _frequencies = new ShingleFrequencySketch();
                _frequencies.AddDocument(_firstShingles!);
                _firstShingles = null;
            }
            sketch = _frequencies;
        }
        sketch.AddDocument(seen);
    }

    public void Report(BatchEndAnalysisContext context, DiagnosticDescriptor rule)
    {
        if (_documents.Count < 2) return;
        var token = context.CancellationToken;
        int limit = settings.DocumentFrequencyLimit(_batchSize);
        // Documents arrive in completion order; sort them so that buckets, and so results, do not depend on thread timing.
        var documents = _documents.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Text.Content, StringComparer.Ordinal).ToList();
        var paragraphs = documents.SelectMany((d, i) => d.Paragraphs.Select(span => new Paragraph(i, span))).ToArray();
        HashSet<long> candidates;
        var shingles = new Dictionary<int, ulong[]>();
        try
        {
            var keys = BandKeys(documents, paragraphs, _frequencies!, limit, token);
            candidates = Candidates(documents, paragraphs, keys, limit, token);
            if (candidates.Count == 0) return;
            foreach (long pair in candidates)
            {
                shingles.TryAdd((int)(pair >> 32), []);
                shingles.TryAdd((int)pair, []);
            }
            Parallel.ForEach(shingles.Keys.ToList(), new ParallelOptions { CancellationToken = token }, paragraph =>
            {
                var set = OwnShingles(documents, paragraphs[paragraph], _frequencies!, limit);
                lock (shingles) shingles[paragraph] = set;
            });
        }
        finally
        {
            _frequencies!.Release();
        }

        var matches = new List<Match>();
        foreach (long pair in candidates.Order())
        {
            int a = (int)(pair >> 32), b = (int)pair;
            var (shared, total) = Overlap(shingles[a], shingles[b]);
            double similarity = total == 0 ? 0 : (double)shared / total;
            if (similarity < settings.Threshold || shared * 2 < settings.MinLength) continue;
            matches.Add(new Match(a, b, similarity));
            matches.Add(new Match(b, a, similarity));
        }
        string PathOf(int paragraph) => documents[paragraphs[paragraph].Document].Path;
        foreach (var group in matches.GroupBy(m => m.Paragraph))
        {
            var ordered = group.OrderByDescending(m => m.Similarity).ThenBy(m => PathOf(m.Other), StringComparer.Ordinal).ThenBy(m => m.Other).ToList();
            ReportParagraph(context, rule, documents, paragraphs, group.Key, ordered);
        }
    }

    /// <summary>Body paragraphs, and the text after a run-in heading's title; titles, headers and stand-alone headings never count.</summary>
    private static IEnumerable<TextSpan> ContentSpans(ReportSyntax syntax)
    {
        foreach (var paragraph in syntax.Paragraphs)
        {
            if (paragraph.Kind == ParagraphKind.Body) yield return paragraph.Span;
            else if (paragraph.Heading is { IsRunIn: true } heading) yield return TextSpan.FromBounds(heading.TitleSpan.End, paragraph.Span.End);
        }
    }

    /// <summary>The band keys of every paragraph's own shingles (boilerplate left out), <see cref="MinHashBands.Bands"/> per paragraph;
    /// a paragraph with too few own shingles to ever match gets no keys (its flag is false).</summary>
    private (uint[] Keys, bool[] Signed) BandKeys(List<DocumentEntry> documents, Paragraph[] paragraphs, ShingleFrequencySketch frequencies, int limit,
        CancellationToken token)
    {
        var keys = new uint[paragraphs.Length * MinHashBands.Bands];
        var signed = new bool[paragraphs.Length];
        Parallel.For(0, paragraphs.Length, new ParallelOptions { CancellationToken = token }, i =>
        {
            var paragraph = paragraphs[i];
            var collector = new Collector(t_paragraph ??= []);
            collector.Shingles.Clear();
            _shingler.Visit(documents[paragraph.Document].Text.AsSpan(paragraph.Span), ref collector);
            // Look all the shingles up before signing any: the independent sketch reads overlap their cache misses.
            var shingles = CollectionsMarshal.AsSpan(collector.Shingles);
            int own = 0;
            foreach (ulong shingle in shingles)
                if (!frequencies.IsMoreCommonThan(shingle, limit)) shingles[own++] = shingle;
            if (own * 2 < settings.MinLength) return;
            var bands = new MinHashBands(t_signature ??= new uint[MinHashBands.Hashes]);
            bands.AddAll(shingles[..own]);
            bands.WriteKeys(keys.AsSpan(i * MinHashBands.Bands, MinHashBands.Bands));
            signed[i] = true;
        });
        return (keys, signed);
    }

    /// <summary>Pairs (as <c>a &lt;&lt; 32 | b</c>, a &lt; b) of paragraphs of different documents and units that share a band key.
    /// Bands are searched in parallel and their pairs merged in band order, so the result does not depend on thread timing.</summary>
    private HashSet<long> Candidates(List<DocumentEntry> documents, Paragraph[] paragraphs, (uint[] Keys, bool[] Signed) bands, int limit,
        CancellationToken token)
    {
        var signed = Enumerable.Range(0, paragraphs.Length).Where(i => bands.Signed[i]).ToArray();
        var bandPairs = new List<long>[MinHashBands.Bands];
        Parallel.For(0, MinHashBands.Bands, new ParallelOptions { CancellationToken = token }, band =>
        {
            // Key in the high half, paragraph in the low half: sorting plain integers orders by key, then paragraph.
            var keyed = new ulong[signed.Length];
            for (int i = 0; i < signed.Length; i++) keyed[i] = (ulong)bands.Keys[signed[i] * MinHashBands.Bands + band] << 32 | (uint)signed[i];
            Array.Sort(keyed);
            var pairs = new List<long>();
            for (int start = 0, end; start < keyed.Length; start = end)
            {
                for (end = start + 1; end < keyed.Length && keyed[end] >> 32 == keyed[start] >> 32; end++) { }
                if (end - start < 2) continue;
                var bucket = keyed.AsSpan(start, end - start);
                if (DistinctDocuments(bucket, paragraphs) > limit) continue;
                for (int i = 0; i < bucket.Length; i++)
                    for (int j = i + 1; j < bucket.Length && j <= i + BucketWindow; j++)
                    {
                        int a = (int)(uint)bucket[i], b = (int)(uint)bucket[j];
                        if (IsComparable(documents[paragraphs[a].Document], documents[paragraphs[b].Document])) pairs.Add((long)a << 32 | (uint)b);
                    }
            }
            bandPairs[band] = pairs;
        });
        var candidates = new HashSet<long>();
        foreach (var pairs in bandPairs) candidates.UnionWith(pairs);
        return candidates;
    }

    /// <summary>Documents in a bucket sorted by paragraph, whose paragraphs are grouped by document: count the changes.</summary>
    private static int DistinctDocuments(ReadOnlySpan<ulong> bucket, Paragraph[] paragraphs)
    {
        int count = 1;
        for (int i = 1; i < bucket.Length; i++)
            if (paragraphs[(int)(uint)bucket[i]].Document != paragraphs[(int)(uint)bucket[i - 1]].Document) count++;
        return count;
    }

    /// <summary>Different documents at different paths, unless both name the same unit.</summary>
    private static bool IsComparable(DocumentEntry first, DocumentEntry second)
    {
        if (ReferenceEquals(first, second) || first.Path == second.Path) return false;
        return first.UnitName is null || second.UnitName is null || first.UnitName != second.UnitName;
    }

    /// <summary>The distinct shingles of a paragraph that are not boilerplate of this batch, sorted.</summary>
    private ulong[] OwnShingles(List<DocumentEntry> documents, Paragraph paragraph, ShingleFrequencySketch frequencies, int limit)
    {
        var collector = new OwnShingleCollector(new HashSet<ulong>(), frequencies, limit);
        _shingler.Visit(documents[paragraph.Document].Text.AsSpan(paragraph.Span), ref collector);
        var result = collector.Set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>The shingles two sorted sets share and their union (the Jaccard similarity is shared / total).
    /// A match also needs <c>minLength / 2</c> shared shingles, so that a residue left after removing boilerplate cannot match alone.</summary>
    private static (int Shared, int Total) Overlap(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return (shared, a.Length + b.Length - shared);
    }

    private void ReportParagraph(BatchEndAnalysisContext context, DiagnosticDescriptor rule, List<DocumentEntry> documents, Paragraph[] paragraphs,
        int paragraph, List<Match> matches)
    {
        var entry = paragraphs[paragraph];
        var document = documents[entry.Document].ToDocument();
        string PathOf(int other) => documents[paragraphs[other].Document].Path;
        var listed = matches.Take(settings.MaxListed).Select(m =>
        {
            var other = paragraphs[m.Other];
            int line = documents[other.Document].Text.GetLinePosition(other.Span.Start).Line + 1;
            return $"“{PathOf(m.Other)}”第{line}行的段落（相似度{Percent(m.Similarity)}）";
        });
        string others = string.Join("、", listed) + (matches.Count > settings.MaxListed ? $"等{matches.Count}处" : "");
        var best = matches[0];
        var diagnostic = Diagnostic.Create(rule, Location.Create(document, entry.Span), null, others) with
        {
            Properties = ImmutableDictionary<string, string>.Empty
                .Add("otherPath", PathOf(best.Other))
                .Add("similarity", best.Similarity.ToString("0.00", CultureInfo.InvariantCulture))
                .Add("matches", matches.Count.ToString(CultureInfo.InvariantCulture)),
        };
        context.ReportDiagnostic(document, diagnostic);
    }

    private static string Percent(double similarity) => ((int)Math.Round(similarity * 100)).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>Collects a paragraph's shingles, repeats included.</summary>
    private readonly record struct Collector(List<ulong> Shingles) : IShingleVisitor
    {
        public void Add(ulong shingle) => Shingles.Add(shingle);
    }

    /// <summary>Collects a paragraph's own shingles (those in at most <c>Limit</c> documents).</summary>
    private readonly record struct OwnShingleCollector(HashSet<ulong> Set, ShingleFrequencySketch Frequencies, int Limit) : IShingleVisitor
    {
        public void Add(ulong shingle)
        {
            if (!Frequencies.IsMoreCommonThan(shingle, Limit)) Set.Add(shingle);
        }
    }
}
