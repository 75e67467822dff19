using ReviewLint.Analyzers.Lexicon;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ReviewLint.Analysis;
using ReviewLint.Diagnostics;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2003: fixed political formulations miswritten, out of order, wrongly collocated, outdated, or used before they existed.</summary>
public sealed class FormulationAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL2003", "formulation", "规范表述有误",
        "“{0}”{1}", DiagnosticCategory.Wording, DiagnosticSeverity.Warning,
        description: "固定政治表述（“四个意识”“四个自信”“两个维护”“学史明理、学史增信、学史崇德、学史力行”等）写错字、颠倒顺序、搭配不当，"
            + "或按文件日期已过时、尚未提出。",
        isFixable: true);

    private const string CheckDatesOption = "checkDates";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var catalog = FormulationCatalog.Shared;
        string text = context.Text.Content;
        var boundaries = new TokenBoundaries(text, context.Tokens);
        var date = context.Options.GetBool(Rule.Id, CheckDatesOption, true) ? context.Facts.Date : null;
        var reported = new HashSet<TextSpan>();
        Reporter report = (span, severity, fix, found, explanation) =>
        {
            if (!reported.Add(span)) return;
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Document, span), fix, Quote(found), explanation) with { Severity = severity });
        };

        var scanner = new FormulationListScanner(catalog, text, boundaries, context.Tokenizer);
        foreach (var paragraph in context.Syntax.Paragraphs)
        {
            int start = paragraph.Span.Start, end = paragraph.Span.End;
            foreach (var list in scanner.Scan(start, end)) CheckList(list, text, paragraph.Span, date, report);
            CheckCollocations(catalog, context, text, boundaries, start, end, report);
            CheckPhrases(catalog, text, boundaries, start, end, date, report);
        }
        if (date is { } documentDate) CheckNamesNotYetInUse(catalog, text, boundaries, documentDate, report);
    }

    private delegate void Reporter(TextSpan span, DiagnosticSeverity severity, Fix? fix, string found, string explanation);

    private static void CheckList(ItemList list, string text, TextSpan paragraph, DateOnly? date, Reporter report)
    {
        var formulation = list.Formulation;
        if (list.Elements.Count < formulation.MinItems || list.DistinctItems < formulation.MinItems || list.HasDuplicates) return;
        if (formulation.Context is { } context && !context.IsMatch(text.AsSpan(list.End, paragraph.End - list.End))) return;
        string named = $"（{formulation.Key}：{formulation.Canonical}）";
        var listSpan = WithEnclosingQuotes(list, text, paragraph);
        string listText = text[listSpan.Start..listSpan.End];

        var miswritten = list.Elements.Where(e => e.Miswritten is not null).ToList();
        foreach (var slot in miswritten)
        {
            var span = TextSpan.FromBounds(slot.Start, slot.End);
            report(span, formulation.Severity, Fix.Replace(span, slot.Miswritten!, isSafe: true), text[slot.Start..slot.End],
                $"疑为“{slot.Miswritten}”之误{named}。");
        }
        if (miswritten.Count == 0 && !IsInOrder(list))
        {
            string reordered = text[listSpan.Start..list.Start] + Reorder(list, text) + text[list.End..listSpan.End];
            report(listSpan, formulation.Severity, Fix.Replace(listSpan, reordered, isSafe: true), listText,
                $"的顺序与规范表述不符，应为“{Quote(reordered)}”{named}。");
        }
        if (date is not { } documentDate) return;
        foreach (var element in list.Elements.Where(e => e.IsOld))
        {
            var replaced = formulation.ReplacedItems.First(r => r.Index == element.Index);
            if (documentDate < replaced.Until) continue;
            var span = TextSpan.FromBounds(element.Start, element.End);
            string current = formulation.Items[element.Index];
            report(span, DiagnosticSeverity.Warning, Fix.Replace(span, current, isSafe: false), text[element.Start..element.End],
                $"为过时表述：{Month(replaced.Until)}起“{formulation.Key}”中的这一项为“{current}”，文件日期为{Day(documentDate)}。");
        }
        var present = list.Elements.Select(e => e.Index).ToHashSet();
        var missing = Enumerable.Range(0, formulation.Items.Count).Where(i => !present.Contains(i)).ToList();
        if (missing.Count > 0 && missing.All(i => formulation.AddedItems.TryGetValue(i, out var added) && documentDate >= added))
        {
            var added = formulation.AddedItems[missing[0]];
            string items = string.Join("、", missing.Select(i => formulation.Items[i]));
            report(listSpan, DiagnosticSeverity.Info, InsertMissing(list, text, missing), listText,
                $"缺少“{items}”：{Month(added)}起规范表述为“{formulation.Canonical}”，文件日期为{Day(documentDate)}。");
        }
    }

    /// <summary>The list's span, widened to the quotation marks around it when its first item opens and its last closes a quotation.</summary>
    private static TextSpan WithEnclosingQuotes(ItemList list, string text, TextSpan paragraph) =>
        list.Start > paragraph.Start && list.End < paragraph.End && text[list.Start - 1] is '“' or '‘' or '「' && text[list.End] is '”' or '’' or '」'
            ? TextSpan.FromBounds(list.Start - 1, list.End + 1)
            : TextSpan.FromBounds(list.Start, list.End);

    private static bool IsInOrder(ItemList list)
    {
        for (int i = 1; i < list.Elements.Count; i++)
            if (list.Elements[i].Index < list.Elements[i - 1].Index) return false;
        return true;
    }

    /// <summary>The list with its items in canonical order and its separators and quotes left where they were.</summary>
    private static string Reorder(ItemList list, string text)
    {
        var items = list.Elements.OrderBy(e => e.Index).Select(e => text[e.Start..e.End]).ToList();
        var builder = new StringBuilder();
        for (int i = 0; i < list.Elements.Count; i++)
        {
            if (i > 0) builder.Append(text, list.Elements[i - 1].End, list.Elements[i].Start - list.Elements[i - 1].End);
            builder.Append(items[i]);
        }
        return builder.ToString();
    }

    private static Fix InsertMissing(ItemList list, string text, List<int> missing)
    {
        var elements = list.Elements;
        string separator = elements.Count > 1 ? text[elements[0].End..elements[1].Start] : "、";
        var canonical = list.Formulation.Items;
        var builder = new StringBuilder();
        int next = 0;
        for (int index = 0; index < canonical.Count; index++)
        {
            if (builder.Length > 0) builder.Append(separator);
            builder.Append(missing.Contains(index) ? canonical[index] : text[elements[next].Start..elements[next++].End]);
        }
        return Fix.Replace(TextSpan.FromBounds(list.Start, list.End), builder.ToString(), isSafe: false);
    }

    private static void CheckCollocations(FormulationCatalog catalog, DocumentAnalysisContext context, string text, TokenBoundaries boundaries,
        int start, int end, Reporter report)
    {
        var tokens = context.Tokens;
        var collocations = catalog.Collocations;
        for (int c = 0; c < collocations.Count; c++)
        {
            var collocation = collocations[c];
            if (!text.AsSpan(start, end - start).Contains(collocation.Name, StringComparison.Ordinal)) continue;
            foreach (int nameStart in Occurrences(text, collocation.Name, start, end, boundaries))
            {
                int verbEnd = nameStart;
                while (verbEnd > start && IsQuote(text[verbEnd - 1])) verbEnd--;
                if (verbEnd == start) continue;
                var verb = tokens[tokens.IndexAt(verbEnd - 1)];
                if (verb.End != verbEnd || verb.Start < start || !collocation.WrongVerbs.Contains(verb.Text)) continue;
                int nameEnd = nameStart + collocation.Name.Length;
                if (nameEnd < end && IsQuote(text[nameEnd])) nameEnd++;
                string right = collocation.Right[0];
                string explanation = right.Contains(collocation.Name, StringComparison.Ordinal)
                    ? $"搭配不当，规范表述为“{Quote(right)}”。"
                    : $"搭配不当，“{collocation.Name}”应与{Alternatives(collocation.Right)}搭配。";
                var fix = collocation.OffersFix ? Fix.Replace(verb.Span, right, isSafe: false) : null;
                report(TextSpan.FromBounds(verb.Start, nameEnd), collocation.Severity, fix, text[verb.Start..nameEnd], explanation);
            }
        }
    }

    private static void CheckPhrases(FormulationCatalog catalog, string text, TokenBoundaries boundaries, int start, int end, DateOnly? date,
        Reporter report)
    {
        var phrases = catalog.Phrases;
        var paragraph = text.AsSpan(start, end - start);
        for (int p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            if (phrase.Kind != PhraseKind.Error && (date is not { } documentDate || !IsInForce(phrase, documentDate))) continue;
            // A vectorized search for the literal every match contains costs less than starting the regex on the paragraph.
            if (phrase.Literal is { } literal && !paragraph.Contains(literal, StringComparison.Ordinal)) continue;
            for (var match = phrase.Pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                if (!boundaries.IsWordAt(match.Index, match.Index + match.Length)) continue;
                if (phrase.Unless is { } unless && unless.IsMatch(text)) break;
                var span = new TextSpan(match.Index, match.Length);
                string? replacement = phrase.Replacement is { } pattern ? match.Result(pattern) : null;
                var fix = replacement is null ? null : Fix.Replace(span, replacement, phrase.IsSafe);
                string explanation = phrase.Kind switch
                {
                    PhraseKind.Error => replacement is null ? $"有误：{phrase.Explanation}。" : $"有误，应为“{replacement}”：{phrase.Explanation}。",
                    PhraseKind.Outdated => $"为过时表述（文件日期{Day(date!.Value)}）：{phrase.Explanation}。",
                    _ => $"与文件日期（{Day(date!.Value)}）不符：{phrase.Explanation}。",
                };
                report(span, phrase.Severity, fix, match.Value, explanation);
            }
        }
    }

    private static bool IsInForce(FormulationPhrase phrase, DateOnly date) => phrase.Date is { } boundary && phrase.Kind switch
    {
        PhraseKind.Outdated => date >= boundary,
        PhraseKind.Anachronism => date < boundary,
        _ => false,
    };

    /// <summary>Reports the first mention of each named formulation that the document's date precedes.</summary>
    private static void CheckNamesNotYetInUse(FormulationCatalog catalog, string text, TokenBoundaries boundaries, DateOnly date, Reporter report)
    {
        foreach (var formulation in catalog.Formulations)
        {
            if (formulation is not { Name: { } name, Since: { } since } || date >= since) continue;
            foreach (int position in Occurrences(text, name, 0, text.Length, boundaries))
            {
                report(new TextSpan(position, name.Length), DiagnosticSeverity.Info, null, name,
                    $"于{Day(since)}前后提出，文件日期（{Day(date)}）早于此，请核对文件日期或表述。");
                break;
            }
        }
    }

    private static IEnumerable<int> Occurrences(string text, string value, int start, int end, TokenBoundaries boundaries)
    {
        for (int i = text.IndexOf(value, start, end - start, StringComparison.Ordinal); i >= 0 && i + value.Length <= end;
             i = i + value.Length < end ? text.IndexOf(value, i + value.Length, end - i - value.Length, StringComparison.Ordinal) : -1)
            if (boundaries.IsWordAt(i, i + value.Length)) yield return i;
    }

    /// <summary>“增强”“树牢”或“牢固树立”.</summary>
    private static string Alternatives(IReadOnlyList<string> words) =>
        words.Count == 1 ? $"“{words[0]}”" : string.Concat(words.SkipLast(1).Select(w => $"“{w}”")) + $"或“{words[^1]}”";

    private static bool IsQuote(char c) => c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '『' or '』' or ' ';

    /// <summary>Text shown inside the message's own quotation marks: inner double quotes become single ones.</summary>
    private static string Quote(string text) => text.Replace('“', '‘').Replace('”', '’');

    private static string Month(DateOnly date) => date.ToString("yyyy年M月", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
