using System.Numerics;

namespace ReviewLint.Caching;

/// <summary>
/// A count that many threads increment on a hot path: one cell per processor, each on its own pair of cache lines, so that
/// threads on different cores do not write the same line (nor the line next to it, which the other core may be reading).
/// <see cref="Value"/> is exact once the increments are done.
/// </summary>
internal sealed class StripedCounter
{
    /// <summary>Longs between two cells: 128 bytes, two cache lines (the adjacent-line prefetcher pairs lines).</summary>
    private const int Spacing = 16;

    private readonly long[] _cells;
    private readonly int _mask;

    public StripedCounter()
    {
        int stripes = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(Environment.ProcessorCount, 1, 64));
        _mask = stripes - 1;
        // Cell i sits at (i + 1) * Spacing: the first is away from the array's header and from whatever precedes it on the heap.
        _cells = new long[(stripes + 1) * Spacing];
    }

    /// <summary>Adds one in the cell of the processor the thread runs on (interlocked: a thread may move between processors).</summary>
    public void Increment() => Interlocked.Increment(ref _cells[((Thread.GetCurrentProcessorId() & _mask) + 1) * Spacing]);

    public long Value
    {
        get
        {
            long sum = 0;
            for (int cell = Spacing; cell < _cells.Length; cell += Spacing) sum += Interlocked.Read(ref _cells[cell]);
            return sum;
        }
    }
}
