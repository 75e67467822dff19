namespace ReviewLint.Analyzers.Consistency;

/// <summary>In how many documents of a batch each shingle occurs, estimated in fixed memory (a count-min sketch: two rows of
/// 2²¹ counters, 16 MiB whatever the batch size). Estimates are never low; collisions make a shingle look more common only
/// when both of its counters are shared with common shingles. Thread-safe; the counts do not depend on the order of documents.
/// The counters of a sketch that is <see cref="Release"/>d are cleared (in the background) and kept (one pair per process) for the next batch, so
/// that batch after batch does not allocate 16 MiB on the large-object heap each time.</summary>
internal sealed class ShingleFrequencySketch
{
    private const int RowBits = 21;
    private const int RowMask = (1 << RowBits) - 1;

    private static Rows? s_spare;

    private Rows _rows = Interlocked.Exchange(ref s_spare, null) ?? new Rows(new int[1 << RowBits], new int[1 << RowBits]);

    private sealed record Rows(int[] First, int[] Second);

    private readonly Lock _gate = new();

    /// <summary>Counts one document that contains each of <paramref name="distinctShingles"/> (each listed once).</summary>
    public void AddDocument(HashSet<ulong> distinctShingles)
    {
        // One lock per document and plain increments: interlocked ones fence every random-access miss, plain ones overlap them.
        var (first, second) = (_rows.First, _rows.Second);
        lock (_gate)
        {
            foreach (ulong shingle in distinctShingles)
            {
                first[(int)shingle & RowMask]++;
                second[(int)(shingle >> 40) & RowMask]++;
            }
        }
    }

    /// <summary>Whether the estimate (the smaller of the shingle's two counters, at least the number of documents that contain it)
    /// exceeds <paramref name="limit"/>; reads the second counter only when the first exceeds it, which saves a cache miss for
    /// most shingles (those of a paragraph's own wording are rare).</summary>
    public bool IsMoreCommonThan(ulong shingle, int limit) =>
        _rows.First[(int)shingle & RowMask] > limit && _rows.Second[(int)(shingle >> 40) & RowMask] > limit;

    /// <summary>Hands the counters over to be cleared and kept for the next sketch; this sketch must not be used afterwards. The
    /// clearing (16 MiB, 1–7 ms) runs on the thread pool, not in the batch end that calls this, which holds up the batch's last
    /// results; a sketch made before it is done allocates its own counters.</summary>
    public void Release()
    {
        var rows = _rows;
        if (rows.First.Length == 0) return;
        _rows = new Rows([], []);
        ThreadPool.UnsafeQueueUserWorkItem(static rows =>
        {
            Array.Clear(rows.First);
            Array.Clear(rows.Second);
            Volatile.Write(ref s_spare, rows);
        }, rows, preferLocal: false);
    }
}
