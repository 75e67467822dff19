using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Repetition;

/// <summary>How a repetition is repaired: the span, and how many copies to keep so that the words around it stay words.</summary>
internal sealed partial class RepetitionFinder
{
    private RepetitionFinding Build(int start, int end, Token left, Token right, bool safe)
    {
        char c = text[start];
        string after = text[end..right.End];
        // 工作作作了: a run of three or more whose last copy is a token of its own may be a verb before its aspect particle.
        if (end - start >= 3 && after.Length == 0 && end < text.Length && text[end] is '了' or '着' or '过') after = text[end].ToString();
        var (keep, determined) = ChooseKept(text[left.Start..start], c, after, end - start);
        return new RepetitionFinding(TextSpan.FromBounds(start, end), new string(c, keep), safe && determined, c.ToString(), end - start - keep);
    }

    /// <summary>How many copies to keep: the most, fewer than now, such that the token text around the run splits into
    /// dictionary words at the copies (工作作作风 → 工作|作风, 层层层落实 → 层层落实, 我们们 → 我们, 还还 → 还).</summary>
    private (int Keep, bool Determined) ChooseKept(string before, char c, string after, int count)
    {
        for (int keep = count - 1; keep >= 1; keep--)
        {
            if (keep == 1 && before.Length == 0 && after.Length == 0) return (1, true);
            for (int split = 0; split <= keep; split++)
                if (IsPiece(before + new string(c, split), c) && IsPiece(new string(c, keep - split) + after, c)) return (keep, true);
        }
        return (1, false);
    }

    /// <summary>A piece of a repaired token: empty, a dictionary word, one character other than the repeated one, or the repeated
    /// character as a word of its own before an aspect particle (工作作作了 → 工作|作了, not 工作了).</summary>
    private bool IsPiece(string piece, char repeated) =>
        piece.Length == 0 || piece.Length == 1 && piece[0] != repeated || piece.Length > 1 && tokenizer.IsWord(piece)
        || piece.Length == 2 && piece[0] == repeated && piece[1] is '了' or '着' or '过' && tokenizer.IsWord(piece[..1]);
}
