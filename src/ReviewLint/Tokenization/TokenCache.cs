using System.Collections.Concurrent;

namespace ReviewLint.Tokenization;

/// <summary>
/// Tokens of recently seen lines, keyed by their exact content, within a memory budget. Segmentation never looks
/// across a line break, so a line that repeats (template boilerplate shared by a batch of reports) is segmented once.
/// Two generations approximate least-recently-used eviction: new lines go to the young one; when it is full it
/// becomes the old one and the previous old one is dropped; a hit in the old generation is promoted.
/// At most about <see cref="BudgetBytes"/> bytes are held. A line is stored only when it is seen a second time (a
/// "doorkeeper" table of recent line hashes decides), so a batch with little repetition does not churn the cache: storing
/// lines that never come back would only promote garbage to the oldest GC generation and inflate the working set.
/// Thread-safe.
/// </summary>
internal sealed class TokenCache
{
    /// <summary>Lines shorter than this are cheaper to segment than to look up.</summary>
    public const int MinLineLength = 4;

    /// <summary>Longer lines are segmented without caching, so one huge line cannot fill the cache.</summary>
    public const int MaxLineLength = 4096;

    /// <summary>Environment variable that sets the budget in MiB (0 turns caching off).</summary>
    public const string BudgetVariable = "REVIEWLINT_TOKEN_CACHE_MB";

    public const long DefaultBudgetBytes = 16L << 20;

    private const int DoorkeeperSize = 1 << 16;

    private readonly Lock _rotation = new();
    private readonly int[] _doorkeeper = new int[DoorkeeperSize];
    private Generation _young = new();
    private Generation _old = new();

    public TokenCache(long budgetBytes) => BudgetBytes = budgetBytes;

    public long BudgetBytes { get; }

    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);
    private long _hits;
    private long _misses;

    /// <summary>The cache configured by <see cref="BudgetVariable"/>, or null when caching is turned off.</summary>
    public static TokenCache? CreateDefault()
    {
        long budget = DefaultBudgetBytes;
        if (Environment.GetEnvironmentVariable(BudgetVariable) is { Length: > 0 } text && long.TryParse(text, out long mebibytes))
            budget = Math.Max(0, mebibytes) << 20;
        return budget > 0 ? new TokenCache(budget) : null;
    }

    public static bool IsCacheable(int lineLength) => lineLength is >= MinLineLength and <= MaxLineLength;

    /// <summary>The tokens of <paramref name="line"/> with spans relative to the line start, if cached.</summary>
    public bool TryGet(ReadOnlySpan<char> line, out Token[] tokens)
    {
        var young = Volatile.Read(ref _young);
        if (young.Lookup.TryGetValue(line, out tokens!))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }
        var old = Volatile.Read(ref _old);
        if (old.Lookup.TryGetValue(line, out tokens!))
        {
            Interlocked.Increment(ref _hits);
            Add(line.ToString(), tokens);
            return true;
        }
        Interlocked.Increment(ref _misses);
        return false;
    }

    /// <summary>True when <paramref name="line"/> was probably seen recently: only then is it worth storing.</summary>
    public bool Admit(ReadOnlySpan<char> line)
    {
        int hash = string.GetHashCode(line);
        ref int slot = ref _doorkeeper[hash & (DoorkeeperSize - 1)];
        if (slot == hash) return true;
        slot = hash;
        return false;
    }

    /// <summary>Remembers the tokens of a line (spans relative to the line start).</summary>
    public void Add(string line, Token[] tokens)
    {
        var young = Volatile.Read(ref _young);
        if (!young.Entries.TryAdd(line, tokens)) return;
        long size = Interlocked.Add(ref young.Bytes, EstimateBytes(line, tokens));
        if (size <= BudgetBytes / 2) return;
        lock (_rotation)
        {
            if (!ReferenceEquals(young, _young)) return;
            Volatile.Write(ref _old, young);
            Volatile.Write(ref _young, new Generation());
        }
    }

    /// <summary>Forgets everything (measurements start each iteration from a cold cache).</summary>
    public void Clear()
    {
        lock (_rotation)
        {
            Array.Clear(_doorkeeper);
            Volatile.Write(ref _old, new Generation());
            Volatile.Write(ref _young, new Generation());
        }
    }

    /// <summary>Approximate bytes held now, by the estimate used for the budget.</summary>
    public long EstimatedBytes => Volatile.Read(ref _young).Bytes + Volatile.Read(ref _old).Bytes;

    /// <summary>Approximate heap bytes of one entry: the key string, the token array, and the token strings.</summary>
    private static long EstimateBytes(string line, Token[] tokens)
    {
        long bytes = 22 + 2L * line.Length + 24 + 24L * tokens.Length + 64;
        foreach (var token in tokens)
            if (token.Text.Length > 1) bytes += 22 + 2L * token.Text.Length;
        return bytes;
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, Token[]> Entries = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, Token[]>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public long Bytes;

        public Generation() => Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
