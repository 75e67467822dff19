using System.Collections.Immutable;
using System.Globalization;
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

/// <summary>Collects the paragraphs of a batch as MinHash band keys (thread-safe) and, at the end, finds near-identical paragraphs in reports of different units.</summary>
internal sealed class CopiedParagraphIndex(CopiedParagraphSettings settings)
{
    private readonly ParagraphShingler _shingler = new(settings.ShingleSize);
    private readonly Lock _gate = new();
    private readonly List<DocumentEntry> _documents = [];
    private readonly List<ParagraphEntry> _paragraphs = [];
    private int _batchSize;

    /// <summary>What is kept of a document until the batch ends: enough to re-read its paragraphs and report, not its parse.</summary>
    private sealed record DocumentEntry(string Path, SourceText Text, DocumentFactsOverride? FactsOverride, string? UnitName)
    {
        public ReportDocument ToDocument() => ReportDocument.Create(Path, Text, FactsOverride);
    }

    /// <summary>A paragraph long enough to count, with its band keys (about 150 bytes each).</summary>
    private sealed record ParagraphEntry(int Document, TextSpan Span, uint[] Bands);

    private sealed record Match(int Paragraph, int Other, double Similarity);

    public void Add(ReportDocument document)
    {
        Interlocked.Increment(ref _batchSize);
        var found = new List<(TextSpan Span, uint[] Bands)>();
        foreach (var span in ContentSpans(document.Syntax))
        {
            var signature = new MinHashBands();
            if (_shingler.Visit(document.Text.AsSpan(span), ref signature) >= settings.MinLength) found.Add((span, signature.Keys()));
        }
        if (found.Count == 0) return;
        var entry = new DocumentEntry(document.Path, document.Text, document.FactsOverride, document.Facts.UnitName);
        lock (_gate)
        {
            int index = _documents.Count;
            _documents.Add(entry);
            _paragraphs.AddRange(found.Select(f => new ParagraphEntry(index, f.Span, f.Bands)));
        }
    }

    public void Report(BatchEndAnalysisContext context, DiagnosticDescriptor rule)
    {
        int limit = settings.DocumentFrequencyLimit(_batchSize);
        var candidates = Candidates(limit, context.CancellationToken);
        if (candidates.Count == 0) return;
        var shingles = new Dictionary<int, ulong[]>();
        ulong[] ShinglesOf(int paragraph)
        {
            if (!shingles.TryGetValue(paragraph, out var set))
                shingles[paragraph] = set = _shingler.DistinctShingles(TextOf(_paragraphs[paragraph]));
            return set;
        }
        foreach (var (a, b) in candidates) { ShinglesOf(a); ShinglesOf(b); }
        var common = CommonShingles(shingles.Values, limit, context.CancellationToken);
        var matches = new List<Match>();
        foreach (var (a, b) in candidates)
        {
            var (shared, total) = Overlap(shingles[a], shingles[b], common);
            double similarity = total == 0 ? 0 : (double)shared / total;
            if (similarity < settings.Threshold || shared * 2 < settings.MinLength) continue;
            matches.Add(new Match(a, b, similarity));
            matches.Add(new Match(b, a, similarity));
        }
        foreach (var group in matches.GroupBy(m => m.Paragraph))
            ReportParagraph(context, rule, group.Key, [.. group.OrderByDescending(m => m.Similarity).ThenBy(m => PathOf(m.Other), StringComparer.Ordinal)]);
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

    /// <summary>Pairs of paragraphs of different documents and units that share a band key; keys shared by too many documents are boilerplate.</summary>
    private HashSet<(int, int)> Candidates(int limit, CancellationToken cancellationToken)
    {
        var pairs = new HashSet<(int, int)>();
        var keyed = new (uint Key, int Paragraph)[_paragraphs.Count];
        for (int band = 0; band < MinHashBands.Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < _paragraphs.Count; i++) keyed[i] = (_paragraphs[i].Bands[band], i);
            Array.Sort(keyed);
            for (int start = 0, end; start < keyed.Length; start = end)
            {
                for (end = start + 1; end < keyed.Length && keyed[end].Key == keyed[start].Key; end++) { }
                if (end - start < 2) continue;
                var bucket = keyed.AsSpan(start, end - start);
                if (DistinctDocuments(bucket) > limit) continue;
                for (int i = 0; i < bucket.Length; i++)
                    for (int j = i + 1; j < bucket.Length; j++)
                        if (IsComparable(bucket[i].Paragraph, bucket[j].Paragraph))
                            pairs.Add((Math.Min(bucket[i].Paragraph, bucket[j].Paragraph), Math.Max(bucket[i].Paragraph, bucket[j].Paragraph)));
            }
        }
        return pairs;
    }

    private int DistinctDocuments(ReadOnlySpan<(uint Key, int Paragraph)> bucket)
    {
        var documents = new HashSet<int>();
        foreach (var (_, paragraph) in bucket) documents.Add(_paragraphs[paragraph].Document);
        return documents.Count;
    }

    /// <summary>Different documents at different paths, unless both name the same unit.</summary>
    private bool IsComparable(int a, int b)
    {
        var first = _documents[_paragraphs[a].Document];
        var second = _documents[_paragraphs[b].Document];
        if (ReferenceEquals(first, second) || first.Path == second.Path) return false;
        return first.UnitName is null || second.UnitName is null || first.UnitName != second.UnitName;
    }

    /// <summary>The candidates' shingles that occur in more than <paramref name="limit"/> documents of the batch, counted exactly in one
    /// more (parallel) pass over the batch's paragraphs; a small bit filter keeps the other shingles away from the dictionary.</summary>
    private HashSet<ulong> CommonShingles(IEnumerable<ulong[]> candidateShingles, int limit, CancellationToken cancellationToken)
    {
        if (_batchSize <= limit) return [];
        var watched = candidateShingles.SelectMany(s => s).ToHashSet();
        var filter = new WatchFilter(watched);
        var total = new Dictionary<ulong, int>();
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(_paragraphs.GroupBy(p => p.Document), options, () => new Dictionary<ulong, int>(), (document, _, counts) =>
        {
            var counter = new DocumentFrequencyCounter(watched, filter, counts, []);
            foreach (var paragraph in document) _shingler.Visit(TextOf(paragraph), ref counter);
            return counts;
        }, counts =>
        {
            lock (total)
                foreach (var (shingle, count) in counts) total[shingle] = total.GetValueOrDefault(shingle) + count;
        });
        return [.. total.Where(c => c.Value > limit).Select(c => c.Key)];
    }

    /// <summary>A bit per hash bucket: false means the shingle is certainly not watched.</summary>
    private sealed class WatchFilter
    {
        private const int Bits = 1 << 20;
        private readonly ulong[] _bits = new ulong[Bits / 64];

        public WatchFilter(IEnumerable<ulong> watched)
        {
            foreach (ulong shingle in watched) _bits[(shingle & (Bits - 1)) >> 6] |= 1UL << (int)(shingle & 63);
        }

        public bool MayContain(ulong shingle) => (_bits[(shingle & (Bits - 1)) >> 6] & (1UL << (int)(shingle & 63))) != 0;
    }

    /// <summary>Counts each watched shingle once per document.</summary>
    private readonly record struct DocumentFrequencyCounter(HashSet<ulong> Watched, WatchFilter Filter, Dictionary<ulong, int> Counts, HashSet<ulong> Seen)
        : IShingleVisitor
    {
        public void Add(ulong shingle)
        {
            if (Filter.MayContain(shingle) && Watched.Contains(shingle) && Seen.Add(shingle)) Counts[shingle] = Counts.GetValueOrDefault(shingle) + 1;
        }
    }

    /// <summary>The shingles two sorted sets share and their union, ignoring common shingles (the Jaccard similarity is shared / total).
    /// A match also needs <c>minLength / 2</c> shared shingles, so that a residue left after removing boilerplate cannot match alone.</summary>
    private static (int Shared, int Total) Overlap(ulong[] a, ulong[] b, HashSet<ulong> common)
    {
        int i = 0, j = 0, shared = 0, total = 0;
        while (i < a.Length || j < b.Length)
        {
            ulong next = j >= b.Length || i < a.Length && a[i] <= b[j] ? a[i] : b[j];
            bool inA = i < a.Length && a[i] == next, inB = j < b.Length && b[j] == next;
            if (inA) i++;
            if (inB) j++;
            if (common.Contains(next)) continue;
            total++;
            if (inA && inB) shared++;
        }
        return (shared, total);
    }

    private void ReportParagraph(BatchEndAnalysisContext context, DiagnosticDescriptor rule, int paragraph, List<Match> matches)
    {
        var entry = _paragraphs[paragraph];
        var document = _documents[entry.Document].ToDocument();
        var listed = matches.Take(settings.MaxListed).Select(m =>
        {
            var other = _paragraphs[m.Other];
            int line = _documents[other.Document].Text.GetLinePosition(other.Span.Start).Line + 1;
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

    private string PathOf(int paragraph) => _documents[_paragraphs[paragraph].Document].Path;

    private ReadOnlySpan<char> TextOf(ParagraphEntry paragraph) => _documents[paragraph.Document].Text.AsSpan(paragraph.Span);

    private static string Percent(double similarity) => ((int)Math.Round(similarity * 100)).ToString(CultureInfo.InvariantCulture) + "%";
}
