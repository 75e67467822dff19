using ReviewLint.Analyzers;
using ReviewLint.Tokenization;

namespace ReviewLint.Evaluation;

/// <summary>Checks every unconditional row of RL2001's confusables.tsv mechanically: is the wrong form a jieba dictionary
/// word (it should not be), is the right form one, is the wrong form found when written in a few plain sentences, and
/// is the corrected sentence left alone.</summary>
/// <remarks>Rows with context conditions are skipped (they are meant to fire only in their context). Each wrong form is
/// put in three carriers (at the start of a clause, after a subject, before 的 and a noun); a row is "missed" when a
/// carrier gets no RL2001 finding exactly on the wrong form with the right correction, and "corrected sentence flagged"
/// when the carrier with the right form gets any RL2001 finding overlapping it.</remarks>
public sealed class ConfusableTableMeasurement : IMeasurement
{
    private static readonly string[] Carriers = ["{0}，这是我们的体会。", "有的同志{0}，需要注意。", "要防止出现{0}的情况。"];

    public string Name => "rl2001-table";

    public string Usage => "[--show]   RL2001 table check: wrong forms that are dictionary words, right forms that are not, wrong forms missed in plain sentences (with their tokens), corrections flagged";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        bool show = arguments.Contains("--show");
        var rows = RuleData.ReadTable("confusables.tsv").Where(r => r.Length >= 6 && r[5].Length == 0).ToList();
        var tokenizer = JiebaTokenizer.Shared;
        var linter = new SentenceLinter(SentenceLinter.BuiltIn("RL2001"));
        var wrongTexts = rows.SelectMany(r => Carriers.Select(c => string.Format(c, r[0]))).ToList();
        var rightTexts = rows.SelectMany(r => Carriers.Select(c => string.Format(c, r[1]))).ToList();
        var wrongResults = await linter.AnalyzeAsync(wrongTexts);
        var rightResults = await linter.AnalyzeAsync(rightTexts);
        int wrongInDictionary = 0, rightNotInDictionary = 0, missed = 0, correctionFlagged = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            string wrong = rows[i][0], right = rows[i][1];
            if (tokenizer.IsWord(wrong)) Note(ref wrongInDictionary, "wrong form is a dictionary word", wrong, right, show);
            if (!tokenizer.IsWord(right)) Note(ref rightNotInDictionary, "right form is no dictionary word", wrong, right, show);
            bool flagged = false;
            int missedCarrier = -1;
            for (int c = 0; c < Carriers.Length; c++)
            {
                int n = i * Carriers.Length + c;
                int start = Carriers[c].IndexOf("{0}", StringComparison.Ordinal);
                bool found = wrongResults[n].Diagnostics.Any(d => d.Id == "RL2001" && d.Location.Span.Start == start
                    && d.Location.Span.Length == wrong.Length && d.Fix is { } fix && fix.Changes.Any(change => change.NewText == right));
                if (!found) missedCarrier = c;
                flagged |= rightResults[n].Diagnostics.Any(d => d.Id == "RL2001" && d.Location.Span.Start < start + right.Length && start < d.Location.Span.End);
            }
            if (missedCarrier >= 0) Note(ref missed, "missed in a plain sentence", wrong, string.Join('/', tokenizer.Tokenize(string.Format(Carriers[missedCarrier], wrong)).Select(t => t.Text)), show);
            if (flagged) Note(ref correctionFlagged, "corrected sentence flagged", wrong, right, show);
        }
        Console.WriteLine($"{rows.Count} unconditional rows; wrong form a dictionary word: {wrongInDictionary}; right form no dictionary word: {rightNotInDictionary}; missed: {missed}; corrected sentence flagged: {correctionFlagged}");
        return 0;
    }

    private static void Note(ref int count, string what, string wrong, string detail, bool show)
    {
        count++;
        if (show) Console.WriteLine($"{what}\t{wrong}\t{detail}");
    }
}
