using System.Buffers;
using System.Collections.Concurrent;
using ReviewLint.Caching;

namespace ReviewLint.Analysis;

/// <summary>
/// The findings of paragraph actions on recently seen paragraphs, keyed by the action, the analyzer's options, the declared input
/// and the exact paragraph text, with paragraph-relative positions, within a memory budget: a paragraph a batch repeats
/// (template boilerplate shared by the reports of one county) is analysed once or twice and its findings are replayed for the
/// other copies. The entries live in a <see cref="BoundedContentCache{TValue}"/>, like the tokenizer's lines: a paragraph is stored
/// only when it was seen before (unique paragraphs never churn the cache), within about <see cref="BudgetBytes"/> bytes. Thread-safe.
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

    private readonly ConcurrentDictionary<(ParagraphAction Action, string Options, object? Input), int> _slots = new();
    private readonly BoundedContentCache<ParagraphFinding[]> _entries;
    private int _nextSlot;

    public ParagraphFindingsCache(long budgetBytes) => _entries = new(budgetBytes, DoorkeeperSize, EstimateBytes);

    public long BudgetBytes => _entries.BudgetBytes;
    public long Hits => _entries.Hits;
    public long Misses => _entries.Misses;

    /// <summary>Approximate bytes held now, by the estimate used for the budget.</summary>
    public long EstimatedBytes => _entries.EstimatedBytes;

    /// <summary>A cache with the budget given, or set by <see cref="BudgetVariable"/>, or the default; null when caching is turned off.</summary>
    public static ParagraphFindingsCache? Create(long? budgetBytes = null)
    {
        long budget = budgetBytes ?? BoundedContentCache<ParagraphFinding[]>.BudgetFromEnvironment(BudgetVariable, DefaultBudgetBytes);
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
            return _entries.TryGet(key, out findings);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>True when this paragraph under this slot was probably seen recently: only then is it worth storing.</summary>
    public bool Admit(int slot, ReadOnlySpan<char> paragraph) => _entries.Admit(HashCode.Combine(slot, string.GetHashCode(paragraph)));

    /// <summary>Remembers the paragraph-relative findings of <paramref name="paragraph"/> under <paramref name="slot"/>.</summary>
    public void Add(int slot, string paragraph, ParagraphFinding[] findings) =>
        _entries.Add(string.Create(SlotChars + paragraph.Length, (slot, paragraph), static (key, state) => WriteKey(key, state.slot, state.paragraph)), findings);

    /// <summary>Forgets everything: the tokenizer's dictionary changed, so findings on the same text may differ.</summary>
    public void Clear() => _entries.Clear();

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
}
