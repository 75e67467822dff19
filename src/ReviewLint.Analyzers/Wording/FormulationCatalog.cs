using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using ReviewLint.Diagnostics;

namespace ReviewLint.Analyzers.Wording;

/// <summary>A fixed political formulation: its items in canonical order and the dates its wording changed (rules/data/formulations.tsv).</summary>
internal sealed record Formulation(
    string Key,
    string? Name,
    IReadOnlyList<string> Items,
    int MinItems,
    DiagnosticSeverity Severity,
    DateOnly? Since,
    IReadOnlyDictionary<int, DateOnly> AddedItems,
    IReadOnlyList<ReplacedItem> ReplacedItems,
    Regex? Context)
{
    public string Canonical => string.Join("、", Items);
}

/// <summary>An item's older wording, in use until <paramref name="Until"/>, when <paramref name="Index"/>'s current wording replaced it.</summary>
internal sealed record ReplacedItem(string OldText, int Index, DateOnly Until);

/// <summary>Verbs that must not govern a formulation's name, and the ones that should (rules/data/formulation-collocations.tsv).</summary>
internal sealed record FormulationCollocation(string Name, FrozenSet<string> WrongVerbs, IReadOnlyList<string> Right, bool OffersFix, DiagnosticSeverity Severity);

/// <summary>When a phrase is reported: always, from a date on (outdated) or before a date (not yet in use).</summary>
internal enum PhraseKind
{
    Error,
    Outdated,
    Anachronism,
}

/// <summary>A miswritten, outdated or anachronistic phrase (rules/data/formulation-phrases.tsv).</summary>
/// <param name="Literal">Text every match of <paramref name="Pattern"/> contains (<see cref="RegexRequiredLiteral"/>), or null.</param>
internal sealed record FormulationPhrase(
    Regex Pattern,
    string? Literal,
    string? Replacement,
    PhraseKind Kind,
    DateOnly? Date,
    Regex? Unless,
    bool IsSafe,
    DiagnosticSeverity Severity,
    string Explanation);

/// <summary>The formulation data, loaded once from the embedded rule data.</summary>
internal sealed class FormulationCatalog
{
    private const string None = "—";

    private static readonly Lazy<FormulationCatalog> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // The first and the second characters of the item wordings, one bit per UTF-16 code unit.
    private readonly ulong[] _firstChars = new ulong[(char.MaxValue + 1) / 64];
    private readonly ulong[] _secondChars = new ulong[(char.MaxValue + 1) / 64];
    private readonly bool _hasOneCharacterForm;

    private FormulationCatalog(IReadOnlyList<Formulation> formulations, IReadOnlyList<FormulationCollocation> collocations, IReadOnlyList<FormulationPhrase> phrases)
    {
        Formulations = formulations;
        Collocations = collocations;
        Phrases = phrases;
        ItemsByFirstChar = formulations
            .SelectMany((f, fi) => f.Items.Select((item, index) => new ItemForm(item, fi, index, IsOld: false))
                .Concat(f.ReplacedItems.Select(r => new ItemForm(r.OldText, fi, r.Index, IsOld: true))))
            .GroupBy(form => form.Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(form => form.Text.Length).ToArray());
        foreach (var forms in ItemsByFirstChar.Values)
            foreach (var form in forms)
            {
                Set(_firstChars, form.Text[0]);
                if (form.Text.Length > 1) Set(_secondChars, form.Text[1]);
                else _hasOneCharacterForm = true;
            }
    }

    public static FormulationCatalog Shared => Instance.Value;

    public IReadOnlyList<Formulation> Formulations { get; }
    public IReadOnlyList<FormulationCollocation> Collocations { get; }
    public IReadOnlyList<FormulationPhrase> Phrases { get; }

    /// <summary>Every item wording (current and replaced) by its first character, longest first.</summary>
    public FrozenDictionary<char, ItemForm[]> ItemsByFirstChar { get; }

    /// <summary>False when no item wording can start at <paramref name="i"/> and end by <paramref name="end"/>: the character
    /// there starts none, or the next one is the second character of none (two bit tests, before any dictionary lookup).</summary>
    public bool MayStartItem(string text, int i, int end) =>
        IsSet(_firstChars, text[i]) && (_hasOneCharacterForm || i + 1 < end && IsSet(_secondChars, text[i + 1]));

    private static void Set(ulong[] bits, char c) => bits[c >> 6] |= 1UL << c;

    private static bool IsSet(ulong[] bits, char c) => (bits[c >> 6] & (1UL << c)) != 0;

    private static FormulationCatalog Load() => new(
        [.. RuleData.ReadTable("formulations.tsv").Select(ParseFormulation)],
        [.. RuleData.ReadTable("formulation-collocations.tsv").Select(ParseCollocation)],
        [.. RuleData.ReadTable("formulation-phrases.tsv").Select(ParsePhrase)]);

    private static Formulation ParseFormulation(string[] row)
    {
        var items = Optional(row[2]) is { } list ? list.Split('|') : [];
        var added = new Dictionary<int, DateOnly>();
        foreach (var entry in List(row[6]))
        {
            var (item, date) = SplitAt(entry);
            added[IndexOf(items, item, row[0])] = date;
        }
        var replaced = new List<ReplacedItem>();
        foreach (var entry in List(row[7]))
        {
            var (change, date) = SplitAt(entry);
            var parts = change.Split('>');
            replaced.Add(new ReplacedItem(parts[0], IndexOf(items, parts[1], row[0]), date));
        }
        return new Formulation(row[0], Optional(row[1]), items, int.Parse(row[3], CultureInfo.InvariantCulture), Severity(row[4]),
            Date(row[5]), added, replaced, Optional(row[8]) is { } context ? new Regex(context, RegexOptions.CultureInvariant) : null);
    }

    private static FormulationCollocation ParseCollocation(string[] row) =>
        new(row[0], row[1].Split('|').ToFrozenSet(StringComparer.Ordinal), row[2].Split('|'), row[3] == "yes", Severity(row[4]));

    private static FormulationPhrase ParsePhrase(string[] row) => new(
        new Regex(row[0], RegexOptions.CultureInvariant),
        RegexRequiredLiteral.Of(row[0]),
        Optional(row[1]),
        Enum.Parse<PhraseKind>(row[2], ignoreCase: true),
        Date(row[3]),
        Optional(row[4]) is { } unless ? new Regex(unless, RegexOptions.CultureInvariant) : null,
        row[5] == "yes",
        Severity(row[6]),
        row[7]);

    private static int IndexOf(string[] items, string item, string key) =>
        Array.IndexOf(items, item) is var index and >= 0 ? index
            : throw new InvalidOperationException($"formulations.tsv：提法“{key}”的项中没有“{item}”。");

    private static (string Text, DateOnly Date) SplitAt(string entry)
    {
        int at = entry.LastIndexOf('@');
        return (entry[..at], DateOnly.ParseExact(entry[(at + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static IEnumerable<string> List(string cell) => Optional(cell) is { } text ? text.Split(';') : [];

    private static string? Optional(string cell) => cell.Length == 0 || cell == None ? null : cell;

    private static DateOnly? Date(string cell) =>
        Optional(cell) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static DiagnosticSeverity Severity(string cell) => Enum.Parse<DiagnosticSeverity>(cell, ignoreCase: true);
}

/// <summary>One way an item of a formulation is written: its text, formulation, canonical position, and whether it is a replaced older wording.</summary>
internal readonly record struct ItemForm(string Text, int Formulation, int Index, bool IsOld);
