namespace ReviewLint.Analyzers.Consistency;

/// <summary>In how many documents of a batch each shingle occurs, estimated in fixed memory (a count-min sketch: two rows of
/// 2²¹ counters, 16 MiB whatever the batch size). Estimates are never low; collisions make a shingle look more common only
/// when both of its counters are shared with common shingles. Thread-safe; the counts do not depend on the order of documents.</summary>
internal sealed class ShingleFrequencySketch
{
    private const int RowBits = 21;
    private const int RowMask = (1 << RowBits) - 1;
    private readonly int[] _first = new int[1 << RowBits];
    private readonly int[] _second = new int[1 << RowBits];

    /// <summary>Counts one document that contains each of <paramref name="distinctShingles"/> (each listed once).</summary>
    public void AddDocument(IEnumerable<ulong> distinctShingles)
    {
        foreach (ulong shingle in distinctShingles)
        {
            Interlocked.Increment(ref _first[(int)shingle & RowMask]);
            Interlocked.Increment(ref _second[(int)(shingle >> 40) & RowMask]);
        }
    }

    /// <summary>At least the number of documents that contain <paramref name="shingle"/>.</summary>
    public int Estimate(ulong shingle) => Math.Min(_first[(int)shingle & RowMask], _second[(int)(shingle >> 40) & RowMask]);
}
