using System.Buffers;
using System.Collections.Concurrent;

namespace ReviewLint.Analysis;

/// <summary>
/// The findings of paragraph actions on recently seen paragraphs, keyed by the action, the analyzer's options, the declared input
/// and the exact paragraph text, with paragraph-relative positions, within a memory budget: a paragraph a batch repeats
/// (template boilerplate shared by the reports of one county) is analysed once or twice and its findings are replayed for the
/// other copies. Built like the line cache of the tokenizer: a paragraph is stored only when a "doorkeeper" table of recent key
/// hashes says it was seen before (unique paragraphs never churn the cache), and two generations approximate least-recently-used
/// eviction within about <see cref="BudgetBytes"/> bytes. Thread-safe; one lock is taken only when a generation is full.
/// </summary>
internal sealed class ParagraphFindingsCache
{
    /// <summary>Paragraphs shorter than this are cheaper to analyse than to look up.</summary>
    public const int MinParagraphLength = 4;

    /// <summary>Longer paragraphs are analysed without caching, so one huge paragraph cannot fill the cache.</summary>
    public const int MaxParagraphLength = 16_384;

    /// <summary>Environment variable that sets the budget in MiB (0 turns caching off).</summary>
    public const string BudgetVariable = "REVIEWLINT_PARAGRAPH_CACHE_MB";

    public const long DefaultBudgetBytes = 16L << 20;

    /// <summary>Distinct (action, options, input) combinations remembered before the table of them starts afresh.</summary>
    private const int MaxSlots = 4096;

    private const int DoorkeeperSize = 1 << 14;

    /// <summary>Characters of the key that hold the slot number before the paragraph text.</summary>
    private const int SlotChars = 2;

    private readonly Lock _rotation = new();
    private readonly int[] _doorkeeper = new int[DoorkeeperSize];
    private readonly ConcurrentDictionary<(ParagraphAction Action, string Options, object? Input), int> _slots = new();
    private int _nextSlot;
    private Generation _young = new();
    private Generation _old = new();
    private long _hits;
    private long _misses;

    public ParagraphFindingsCache(long budgetBytes) => BudgetBytes = budgetBytes;

    public long BudgetBytes { get; }
    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Approximate bytes held now, by the estimate used for the budget.</summary>
    public long EstimatedBytes => Volatile.Read(ref _young).Bytes + Volatile.Read(ref _old).Bytes;

    /// <summary>A cache with the budget given, or set by <see cref="BudgetVariable"/>, or the default; null when caching is turned off.</summary>
    public static ParagraphFindingsCache? Create(long? budgetBytes = null)
    {
        long budget = budgetBytes ?? DefaultBudgetBytes;
        if (budgetBytes is null && Environment.GetEnvironmentVariable(BudgetVariable) is { Length: > 0 } text && long.TryParse(text, out long mebibytes))
            budget = Math.Max(0, mebibytes) << 20;
        return budget > 0 ? new ParagraphFindingsCache(budget) : null;
    }

    public static bool IsCacheable(int paragraphLength) => paragraphLength is >= MinParagraphLength and <= MaxParagraphLength;

    /// <summary>The number naming one action under one options fingerprint and declared input; part of every key.</summary>
    public int Slot(ParagraphAction action, string options, object? input)
    {
        var key = (action, options, input);
        if (_slots.TryGetValue(key, out int slot)) return slot;
        // Inputs that differ per document would grow the table without bound: start it afresh (old slots' entries age out).
        if (_slots.Count >= MaxSlots) _slots.Clear();
        return _slots.GetOrAdd(key, _ => Interlocked.Increment(ref _nextSlot));
    }

    /// <summary>The findings stored for <paramref name="paragraph"/> under <paramref name="slot"/>, paragraph-relative.</summary>
    public bool TryGet(int slot, ReadOnlySpan<char> paragraph, out ParagraphFinding[] findings)
    {
        char[]? rented = null;
        Span<char> key = paragraph.Length <= 512 ? stackalloc char[SlotChars + paragraph.Length] : (rented = ArrayPool<char>.Shared.Rent(SlotChars + paragraph.Length));
        key = key[..(SlotChars + paragraph.Length)];
        WriteKey(key, slot, paragraph);
        try
        {
            if (Volatile.Read(ref _young).Lookup.TryGetValue(key, out findings!))
            {
                Interlocked.Increment(ref _hits);
                return true;
            }
            if (Volatile.Read(ref _old).Lookup.TryGetValue(key, out findings!))
            {
                Interlocked.Increment(ref _hits);
                Store(new string(key), findings);
                return true;
            }
            Interlocked.Increment(ref _misses);
            return false;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>True when this paragraph under this slot was probably seen recently: only then is it worth storing.</summary>
    public bool Admit(int slot, ReadOnlySpan<char> paragraph)
    {
        int hash = HashCode.Combine(slot, string.GetHashCode(paragraph));
        ref int entry = ref _doorkeeper[hash & (DoorkeeperSize - 1)];
        if (entry == hash) return true;
        entry = hash;
        return false;
    }

    /// <summary>Remembers the paragraph-relative findings of <paramref name="paragraph"/> under <paramref name="slot"/>.</summary>
    public void Add(int slot, string paragraph, ParagraphFinding[] findings) =>
        Store(string.Create(SlotChars + paragraph.Length, (slot, paragraph), static (key, state) => WriteKey(key, state.slot, state.paragraph)), findings);

    /// <summary>Forgets everything: the tokenizer's dictionary changed, so findings on the same text may differ.</summary>
    public void Clear()
    {
        lock (_rotation)
        {
            Array.Clear(_doorkeeper);
            Volatile.Write(ref _old, new Generation());
            Volatile.Write(ref _young, new Generation());
        }
    }

    private void Store(string key, ParagraphFinding[] findings)
    {
        var young = Volatile.Read(ref _young);
        if (!young.Entries.TryAdd(key, findings)) return;
        long size = Interlocked.Add(ref young.Bytes, EstimateBytes(key, findings));
        if (size <= BudgetBytes / 2) return;
        lock (_rotation)
        {
            if (!ReferenceEquals(young, _young)) return;
            Volatile.Write(ref _old, young);
            Volatile.Write(ref _young, new Generation());
        }
    }

    private static void WriteKey(Span<char> key, int slot, ReadOnlySpan<char> paragraph)
    {
        key[0] = (char)(slot >>> 16);
        key[1] = (char)slot;
        paragraph.CopyTo(key[SlotChars..]);
    }

    /// <summary>Approximate heap bytes of one entry: the key string, the dictionary node, the array and the findings.</summary>
    private static long EstimateBytes(string key, ParagraphFinding[] findings)
    {
        long bytes = 22 + 2L * key.Length + 48 + 24 + 8L * findings.Length;
        foreach (var finding in findings) bytes += finding.EstimatedBytes;
        return bytes;
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, ParagraphFinding[]> Entries = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, ParagraphFinding[]>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public long Bytes;

        public Generation() => Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
