using System.Collections.Frozen;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analyzers.Wording;

/// <summary>The confusable pairs indexed by the first character of the wrong form, longest first, built once.</summary>
internal sealed class ConfusableTable
{
    public const string DataFile = "confusables.tsv";

    private readonly FrozenDictionary<char, ConfusableEntry[]> _byFirstCharacter;

    private ConfusableTable(IEnumerable<ConfusableEntry> entries)
    {
        _byFirstCharacter = entries
            .GroupBy(e => e.Wrong[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Wrong.Length).ToArray());
    }

    public static ConfusableTable Default => DefaultTable.Value;

    private static readonly Lazy<ConfusableTable> DefaultTable = new(() => new ConfusableTable(Load()));

    /// <summary>The entries whose wrong form starts with <paramref name="first"/>, longest first.</summary>
    public ReadOnlySpan<ConfusableEntry> Candidates(char first) =>
        _byFirstCharacter.TryGetValue(first, out var entries) ? entries : [];

    /// <summary>This table without the ignored wrong forms and with extra unconditional pairs (Warning, safe fix).</summary>
    public ConfusableTable With(IReadOnlyCollection<string> ignoredWrongForms, IEnumerable<(string Wrong, string Right)> extraPairs)
    {
        var ignored = ignoredWrongForms.ToHashSet(StringComparer.Ordinal);
        var entries = _byFirstCharacter.Values.SelectMany(e => e).Where(e => !ignored.Contains(e.Wrong))
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
