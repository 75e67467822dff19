using System.Collections.Frozen;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analyzers.Wording;

/// <summary>The confusable pairs indexed by the first character, and by the first two characters, of the wrong form, longest
/// first, built once.</summary>
internal sealed class ConfusableTable
{
    public const string DataFile = "confusables.tsv";

    private readonly FrozenDictionary<char, ConfusableEntry[]> _byFirstCharacter;

    /// <summary>For each first two characters of a wrong form, the entries that can start with them: those longer than one
    /// character starting with both, then the one-character ones, in the order of <see cref="_byFirstCharacter"/>.</summary>
    private readonly FrozenDictionary<int, ConfusableEntry[]> _byFirstTwoCharacters;

    /// <summary>The one-character wrong forms by their character (only from the <c>extra</c> option, if any).</summary>
    private readonly FrozenDictionary<char, ConfusableEntry[]> _singleCharacters;

    /// <summary>One bit per UTF-16 code unit: set when some wrong form starts with it.</summary>
    private readonly ulong[] _isFirstCharacter = new ulong[65536 / 64];

    /// <summary>One bit per UTF-16 code unit: set when it is a one-character wrong form.</summary>
    private readonly ulong[] _isSingleCharacter = new ulong[65536 / 64];

    /// <summary>The first two characters of the wrong forms longer than one character: one bit test turns away most positions
    /// whose character merely starts some wrong form (a third of the characters of running text), before any dictionary lookup.</summary>
    private readonly CharPairFilter _firstTwoCharacters = new();

    private ConfusableTable(IEnumerable<ConfusableEntry> entries)
    {
        _byFirstCharacter = entries
            .GroupBy(e => e.Wrong[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Wrong.Length).ToArray());
        foreach (char first in _byFirstCharacter.Keys) _isFirstCharacter[first >> 6] |= 1UL << first;
        _singleCharacters = _byFirstCharacter
            .Select(p => (p.Key, Entries: p.Value.Where(e => e.Wrong.Length == 1).ToArray()))
            .Where(p => p.Entries.Length > 0)
            .ToFrozenDictionary(p => p.Key, p => p.Entries);
        foreach (char single in _singleCharacters.Keys) _isSingleCharacter[single >> 6] |= 1UL << single;
        foreach (var entry in _byFirstCharacter.Values.SelectMany(e => e).Where(e => e.Wrong.Length > 1)) _firstTwoCharacters.Add(entry.Wrong[0], entry.Wrong[1]);
        _byFirstTwoCharacters = _byFirstCharacter.Values
            .SelectMany(sorted => sorted.Where(e => e.Wrong.Length > 1).Select(e => Key(e.Wrong[0], e.Wrong[1])).Distinct()
                .Select(key => (Key: key, Entries: sorted.Where(e => e.Wrong.Length == 1 || Key(e.Wrong[0], e.Wrong[1]) == key).ToArray())))
            .ToFrozenDictionary(p => p.Key, p => p.Entries);
    }

    private static int Key(char first, char second) => first << 16 | second;

    /// <summary>The entries whose wrong form may start at <paramref name="start"/> in <paramref name="text"/> judging by its
    /// first two characters, longest first, in the same order as <see cref="Candidates(char)"/> (so the first full match is
    /// the same); no lookup at all for a character no wrong form starts with.</summary>
    public ReadOnlySpan<ConfusableEntry> Candidates(string text, int start)
    {
        char first = text[start];
        if ((_isFirstCharacter[first >> 6] & (1UL << first)) == 0) return [];
        if (start + 1 < text.Length && _firstTwoCharacters.MayContain(first, text[start + 1])
            && _byFirstTwoCharacters.TryGetValue(Key(first, text[start + 1]), out var entries)) return entries;
        return (_isSingleCharacter[first >> 6] & (1UL << first)) != 0 && _singleCharacters.TryGetValue(first, out var singles) ? singles : [];
    }

    public static ConfusableTable Default => DefaultTable.Value;

    private static readonly Lazy<ConfusableTable> DefaultTable = new(() => new ConfusableTable(Load()));

    /// <summary>The entries whose wrong form starts with <paramref name="first"/>, longest first.</summary>
    public ReadOnlySpan<ConfusableEntry> Candidates(char first) =>
        _byFirstCharacter.TryGetValue(first, out var entries) ? entries : [];

    /// <summary>This table without the ignored wrong forms and with extra unconditional pairs (Warning, safe fix).</summary>
    /// <summary>Every entry of the table.</summary>
    public IEnumerable<ConfusableEntry> Entries => _byFirstCharacter.Values.SelectMany(e => e);

    public ConfusableTable With(IReadOnlyCollection<string> ignoredWrongForms, IEnumerable<(string Wrong, string Right)> extraPairs)
    {
        var ignored = ignoredWrongForms.ToHashSet(StringComparer.Ordinal);
        var entries = Entries.Where(e => !ignored.Contains(e.Wrong))
            .Concat(extraPairs.Select(p => new ConfusableEntry(p.Wrong, p.Right, ConfusableKind.Miswritten, DiagnosticSeverity.Warning, true, [], "")));
        return new ConfusableTable(entries);
    }

    private static IEnumerable<ConfusableEntry> Load()
    {
        var rows = RuleData.ReadTable(DataFile);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            string where = $"rules/data/{DataFile} 第 {i + 1} 条数据";
            if (row.Length < 8) throw new FormatException($"{where}：应有至少 8 列，实际 {row.Length} 列。");
            yield return new ConfusableEntry(
                Wrong: Required(row[0], where),
                Right: Required(row[1], where),
                Kind: ParseKind(row[2], where),
                Severity: row[3] switch
                {
                    "warning" => DiagnosticSeverity.Warning,
                    "info" => DiagnosticSeverity.Info,
                    _ => throw new FormatException($"{where}：级别“{row[3]}”应为 warning 或 info。"),
                },
                IsFixSafe: row[4] switch
                {
                    "safe" => true,
                    "unsafe" => false,
                    _ => throw new FormatException($"{where}：修复“{row[4]}”应为 safe 或 unsafe。"),
                },
                Conditions: ConfusableCondition.ParseAll(row[5], where),
                Hint: row[6]);
        }
    }

    private static string Required(string value, string where) =>
        value.Length > 0 ? value : throw new FormatException($"{where}：词形不能为空。");

    private static ConfusableKind ParseKind(string kind, string where) => kind switch
    {
        "别字" => ConfusableKind.Miswritten,
        "成语" => ConfusableKind.Idiom,
        "固定表述" => ConfusableKind.Formulation,
        "异形词" => ConfusableKind.Variant,
        "公文惯例" => ConfusableKind.Convention,
        "语境" => ConfusableKind.Contextual,
        _ => throw new FormatException($"{where}：未知类别“{kind}”。"),
    };
}
