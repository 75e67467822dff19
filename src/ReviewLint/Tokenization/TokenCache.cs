using ReviewLint.Caching;

namespace ReviewLint.Tokenization;

/// <summary>
/// Tokens of recently seen lines, keyed by their exact content, within a memory budget (a <see cref="BoundedContentCache{TValue}"/>).
/// Segmentation never looks across a line break, so a line that repeats (template boilerplate shared by a batch of reports)
/// is segmented once. A line is stored only when it is seen a second time, so a batch with little repetition does not churn
/// the cache: storing lines that never come back would only promote garbage to the oldest GC generation and inflate the
/// working set. Thread-safe.
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

    private readonly BoundedContentCache<Token[]> _entries;

    public TokenCache(long budgetBytes) => _entries = new(budgetBytes, DoorkeeperSize, EstimateBytes);

    public long BudgetBytes => _entries.BudgetBytes;
    public long Hits => _entries.Hits;
    public long Misses => _entries.Misses;

    /// <summary>The cache configured by <see cref="BudgetVariable"/>, or null when caching is turned off.</summary>
    public static TokenCache? CreateDefault()
    {
        long budget = BoundedContentCache<Token[]>.BudgetFromEnvironment(BudgetVariable, DefaultBudgetBytes);
        return budget > 0 ? new TokenCache(budget) : null;
    }

    public static bool IsCacheable(int lineLength) => lineLength is >= MinLineLength and <= MaxLineLength;

    /// <summary>The tokens of <paramref name="line"/> with spans relative to the line start, if cached.</summary>
    public bool TryGet(ReadOnlySpan<char> line, out Token[] tokens) => _entries.TryGet(line, out tokens);

    /// <summary>True when <paramref name="line"/> was probably seen recently: only then is it worth storing.</summary>
    public bool Admit(ReadOnlySpan<char> line) => _entries.Admit(string.GetHashCode(line));

    /// <summary>Remembers the tokens of a line (spans relative to the line start).</summary>
    public void Add(string line, Token[] tokens) => _entries.Add(line, tokens);

    /// <summary>Forgets everything (measurements start each iteration from a cold cache).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Approximate bytes held now, by the estimate used for the budget.</summary>
    public long EstimatedBytes => _entries.EstimatedBytes;

    /// <summary>Approximate heap bytes of one entry: the key string, the token array, and the token strings.</summary>
    private static long EstimateBytes(string line, Token[] tokens)
    {
        long bytes = 22 + 2L * line.Length + 24 + 24L * tokens.Length + 64;
        foreach (var token in tokens)
            if (token.Text.Length > 1) bytes += 22 + 2L * token.Text.Length;
        return bytes;
    }
}
