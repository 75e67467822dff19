using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>One element of a list of formulation items: a correct (possibly older) item, or a slot that looks like a miswritten item.</summary>
/// <param name="Index">The canonical position of the item this element stands for.</param>
/// <param name="Miswritten">For a miswritten slot, the item it should be; otherwise null.</param>
internal readonly record struct ListElement(int Start, int End, int Index, bool IsOld, string? Miswritten);

/// <summary>Items of one formulation written as a list (separated by 、，和 or nothing, quotes allowed) inside one paragraph.</summary>
internal sealed record ItemList(Formulation Formulation, IReadOnlyList<ListElement> Elements)
{
    public int Start => Elements[0].Start;
    public int End => Elements[^1].End;
    public int DistinctItems => Elements.Select(e => e.Index).Distinct().Count();
    public bool HasDuplicates => DistinctItems != Elements.Count;
}

/// <summary>Finds lists of formulation items in a paragraph, on token boundaries, tolerating quote and separator variations.</summary>
internal sealed class FormulationListScanner(FormulationCatalog catalog, string text, TokenBoundaries boundaries, ITokenizer tokenizer)
{
    private const int MaxGap = 4;
    private const int MinSlotItemLength = 3;

    /// <summary>Characters that may stand between the items of one list.</summary>
    public static bool IsSeparator(char c) => c is '、' or '，' or ',' or '和' or '与' or '及' or ' ' or '\u3000'
        or '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '『' or '』';

    /// <summary>The lists in <c>text[start..end)</c>, by formulation; a formulation with a single item there and at least two
    /// required makes no list (nothing could be added to one item: slots are only looked for beside two or more).</summary>
    public IReadOnlyList<ItemList> Scan(int start, int end)
    {
        Dictionary<int, List<ListElement>>? byFormulation = null;
        for (int i = start; i < end; i++)
        {
            if (!catalog.MayStartItem(text, i, end) || !catalog.ItemsByFirstChar.TryGetValue(text[i], out var forms)) continue;
            foreach (var form in forms)
            {
                int formEnd = i + form.Text.Length;
                if (formEnd > end || !text.AsSpan(i).StartsWith(form.Text, StringComparison.Ordinal) || !boundaries.IsWordAt(i, formEnd)) continue;
                byFormulation ??= [];
                if (!byFormulation.TryGetValue(form.Formulation, out var found)) byFormulation[form.Formulation] = found = [];
                found.Add(new ListElement(i, formEnd, form.Index, form.IsOld, null));
            }
        }
        if (byFormulation is null) return [];
        List<ItemList>? lists = null;
        foreach (var (index, found) in byFormulation.OrderBy(p => p.Key))
        {
            var formulation = catalog.Formulations[index];
            if (found.Count == 1 && formulation.MinItems >= 2) continue;
            (lists ??= []).AddRange(Chain(formulation, found, start, end));
        }
        return lists ?? (IReadOnlyList<ItemList>)[];
    }

    /// <param name="found">Elements by start, longer first at one start: the order <see cref="Scan"/> finds them in.</param>
    private IEnumerable<ItemList> Chain(Formulation formulation, List<ListElement> found, int start, int end)
    {
        var current = new List<ListElement>();
        foreach (var element in found)
        {
            if (current.Count > 0 && element.Start < current[^1].End) continue;
            if (current.Count > 0 && !Connect(formulation, current, element))
            {
                yield return Close(formulation, current, start, end);
                current = [];
            }
            current.Add(element);
        }
        if (current.Count > 0) yield return Close(formulation, current, start, end);
    }

    /// <summary>True when <paramref name="next"/> continues the list; a miswritten item between them is added as a slot.</summary>
    private bool Connect(Formulation formulation, List<ListElement> list, ListElement next)
    {
        int gapStart = list[^1].End, gapEnd = next.Start;
        if (gapEnd - gapStart <= MaxGap && AllSeparators(gapStart, gapEnd)) return true;
        int slotStart = SkipSeparators(gapStart, gapEnd, forward: true), slotEnd = SkipSeparators(gapStart, gapEnd, forward: false);
        if (slotStart - gapStart > MaxGap || gapEnd - slotEnd > MaxGap || slotEnd <= slotStart) return false;
        int known = Known(list) + (list.Any(e => e.Index == next.Index) ? 0 : 1);
        if (FindSlot(formulation, list, next.Index, known, slotStart, slotEnd) is not { } slot) return false;
        list.Add(slot);
        return true;
    }

    /// <summary>The finished list; it takes over <paramref name="elements"/>.</summary>
    private ItemList Close(Formulation formulation, List<ListElement> elements, int start, int end)
    {
        if (elements.All(e => e.Miswritten is null) && elements.Count >= 2)
        {
            int after = SkipSeparators(elements[^1].End, Math.Min(end, elements[^1].End + MaxGap), forward: true);
            if (after > elements[^1].End && TrailingSlot(formulation, elements, after, end) is { } trailing) elements.Add(trailing);
            else
            {
                int before = SkipSeparators(Math.Max(start, elements[0].Start - MaxGap), elements[0].Start, forward: false);
                if (before < elements[0].Start && LeadingSlot(formulation, elements, before, start) is { } leading) elements.Insert(0, leading);
            }
        }
        return new ItemList(formulation, elements);
    }

    private ListElement? TrailingSlot(Formulation formulation, List<ListElement> list, int slotStart, int end)
    {
        foreach (var missing in MissingItems(formulation, list))
        {
            int slotEnd = slotStart + formulation.Items[missing].Length;
            if (slotEnd <= end && boundaries.IsBoundary(slotEnd) && FindSlot(formulation, list, -1, Known(list), slotStart, slotEnd) is { } slot) return slot;
        }
        return null;
    }

    private ListElement? LeadingSlot(Formulation formulation, List<ListElement> list, int slotEnd, int start)
    {
        foreach (var missing in MissingItems(formulation, list))
        {
            int slotStart = slotEnd - formulation.Items[missing].Length;
            if (slotStart >= start && boundaries.IsBoundary(slotStart) && FindSlot(formulation, list, -1, Known(list), slotStart, slotEnd) is { } slot) return slot;
        }
        return null;
    }

    /// <summary>A slot whose text differs from a missing item in exactly one Han character and is not itself a word.</summary>
    private ListElement? FindSlot(Formulation formulation, List<ListElement> list, int nextIndex, int knownItems, int slotStart, int slotEnd)
    {
        if (list.Any(e => e.Miswritten is not null) || knownItems < 2) return null;
        var slot = text.AsSpan(slotStart, slotEnd - slotStart);
        foreach (var missing in MissingItems(formulation, list).Where(m => m != nextIndex))
        {
            string item = formulation.Items[missing];
            if (item.Length < MinSlotItemLength || item.Length != slot.Length || !DiffersInOneHanCharacter(slot, item)) continue;
            if (tokenizer.IsWord(slot.ToString())) continue;
            return new ListElement(slotStart, slotEnd, missing, false, item);
        }
        return null;
    }

    private static int Known(List<ListElement> list) => list.Select(e => e.Index).Distinct().Count();

    private static IEnumerable<int> MissingItems(Formulation formulation, List<ListElement> list) =>
        Enumerable.Range(0, formulation.Items.Count).Where(i => list.All(e => e.Index != i));

    private static bool DiffersInOneHanCharacter(ReadOnlySpan<char> slot, string item)
    {
        int differences = 0;
        for (int i = 0; i < slot.Length; i++)
        {
            if (!TokenBoundaries.IsHan(slot[i])) return false;
            if (slot[i] != item[i]) differences++;
        }
        return differences == 1;
    }

    private bool AllSeparators(int start, int end)
    {
        for (int i = start; i < end; i++)
            if (!IsSeparator(text[i])) return false;
        return true;
    }

    private int SkipSeparators(int start, int end, bool forward)
    {
        if (forward)
        {
            while (start < end && IsSeparator(text[start])) start++;
            return start;
        }
        while (end > start && IsSeparator(text[end - 1])) end--;
        return end;
    }
}
