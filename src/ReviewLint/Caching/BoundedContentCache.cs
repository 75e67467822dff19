using System.Collections.Concurrent;

namespace ReviewLint.Caching;

/// <summary>
/// Values keyed by exact text, for content a batch repeats (template boilerplate), within a memory budget. An entry is stored
/// only when a "doorkeeper" table of recent key hashes says its content was seen before, so content that never comes back
/// does not churn the cache. Two generations approximate least-recently-used eviction: new entries go to the young one; when
/// it holds half the budget it becomes the old one and the previous old one is dropped; a hit in the old generation is
/// promoted. At most about <see cref="BudgetBytes"/> bytes are held. Thread-safe; one lock is taken only when a generation is
/// full. The shared mechanism of the tokenizer's line cache and the engine's paragraph findings cache.
/// </summary>
internal sealed class BoundedContentCache<TValue>(long budgetBytes, int doorkeeperSize, Func<string, TValue, long> estimateBytes)
    where TValue : class
{
    private readonly Lock _rotation = new();
    private int[]? _doorkeeper;
    private Generation _young = new();
    private Generation _old = new();
    // Counted on every lookup by every worker: one cell per processor, so that two cores do not contend for one line (it used to
    // be this object's, which also holds the generations every lookup reads).
    private readonly StripedCounter _hits = new();
    private readonly StripedCounter _misses = new();

    public long BudgetBytes { get; } = budgetBytes;
    public long Hits => _hits.Value;
    public long Misses => _misses.Value;

    /// <summary>The budget in bytes set by the environment variable <paramref name="variable"/> (in MiB; 0 turns caching off), or
    /// <paramref name="defaultBytes"/> when it is not set or not a number.</summary>
    public static long BudgetFromEnvironment(string variable, long defaultBytes) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text && long.TryParse(text, out long mebibytes)
            ? Math.Max(0, mebibytes) << 20
            : defaultBytes;

    /// <summary>Approximate bytes held now, by the estimate used for the budget.</summary>
    public long EstimatedBytes => Volatile.Read(ref _young).Bytes + Volatile.Read(ref _old).Bytes;

    /// <summary>The value stored under <paramref name="key"/>, if any; a hit in the old generation is promoted.</summary>
    public bool TryGet(ReadOnlySpan<char> key, out TValue value)
    {
        if (Volatile.Read(ref _young).Lookup.TryGetValue(key, out value!))
        {
            _hits.Increment();
            return true;
        }
        if (Volatile.Read(ref _old).Lookup.TryGetValue(key, out value!))
        {
            _hits.Increment();
            Add(new string(key), value);
            return true;
        }
        _misses.Increment();
        return false;
    }

    /// <summary>True when content with this <paramref name="hash"/> was probably seen recently: only then is it worth storing.
    /// The table is made on first use, so a cache that is never asked costs nothing.</summary>
    public bool Admit(int hash)
    {
        var doorkeeper = LazyInitializer.EnsureInitialized(ref _doorkeeper, () => new int[doorkeeperSize]);
        ref int slot = ref doorkeeper[hash & (doorkeeper.Length - 1)];
        if (slot == hash) return true;
        slot = hash;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> (the first value stored for a key stays).</summary>
    public void Add(string key, TValue value)
    {
        var young = Volatile.Read(ref _young);
        if (!young.Entries.TryAdd(key, value)) return;
        long size = Interlocked.Add(ref young.Bytes, estimateBytes(key, value));
        if (size <= BudgetBytes / 2) return;
        lock (_rotation)
        {
            if (!ReferenceEquals(young, _young)) return;
            Volatile.Write(ref _old, young);
            Volatile.Write(ref _young, new Generation());
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        lock (_rotation)
        {
            if (Volatile.Read(ref _doorkeeper) is { } doorkeeper) Array.Clear(doorkeeper);
            Volatile.Write(ref _old, new Generation());
            Volatile.Write(ref _young, new Generation());
        }
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, TValue> Entries = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public long Bytes;

        public Generation() => Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
