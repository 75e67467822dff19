using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Wording;

/// <summary>RL2002, nominal 的-phrases that look like an adverbial or a complement: a negated manner word before 的 (不及时的投诉) and
/// one half of a 的多/的少 contrast whose other half holds a verb with its object (照稿念的多、谈体会的少).</summary>
public sealed partial class DeDiDeAnalyzer
{
    /// <summary>垃圾清运不及时的投诉, 服务不规范的问题: a manner word negated by a bare 不 before 的 is the predicate of a clause that
    /// modifies the noun or verbal noun after 的 (complaints that collection is late); the adverbial of a verb is negated with 没有, 未 or
    /// 不能 (没有及时地回应, 不能及时地回应), which 不 alone before the manner word is not.</summary>
    private static bool IsNegatedMannerAttribute(Window w) =>
        w.BeforePrevious is { Text: "不" } && w.PreviousClass is WordClass.Adverbial or WordClass.Adjective or WordClass.Adverb;

    /// <summary>How many tokens either way <see cref="IsNominalContrastPair"/> looks for the other half of the contrast.</summary>
    private const int ContrastReach = 12;

    /// <summary>照稿念的多、谈体会的少: a 的多 (的少) whose contrast in the same sentence, across 、 or ，, is a verb with its own object
    /// and 的少 (的多): a verb that has its object takes no complement of amount (谈体会得少 is no Chinese), so that half is a nominal
    /// 的-phrase (those who talk about what they learnt) and so, by the parallel, is this one. 说的多、做的少 (verb alone on both sides)
    /// is how much each is done.</summary>
    private static bool IsNominalContrastPair(Window w)
    {
        for (int step = -1; step <= 1; step += 2)
            for (int offset = step > 0 ? 3 : -2; Math.Abs(offset) <= ContrastReach && w.TokenAt(offset) is { } token; offset += step)
            {
                if (token.Text is "。" or "；" or "！" or "？" or "\n") break;
                if (token.Text == "的" && w.TokenAt(offset + 1) is { Text: "多" or "少" or "不多" or "不少" } && IsVerbWithObject(w, offset)) return true;
            }
        return false;
    }

    /// <summary>The token before the 的 at <paramref name="deOffset"/> is a noun and a verb stands among the (at most three) tokens
    /// joined to it before: 谈/体会, 解决/问题, 联系/学生/思想/实际 (照着教材讲的多，联系学生思想实际的少).</summary>
    private static bool IsVerbWithObject(Window w, int deOffset)
    {
        if (w.TokenAt(deOffset - 1) is not { IsHan: true } obj || w.Lexicon.ClassOf(obj.Text) is not WordClass.Nominal) return false;
        int joinedAt = obj.Start;
        for (int k = deOffset - 2; k >= deOffset - 4; k--)
        {
            if (w.TokenAt(k) is not { IsHan: true } token || token.End != joinedAt) return false;
            if (w.Lexicon.ClassOf(token.Text) is WordClass.Verb) return true;
            joinedAt = token.Start;
        }
        return false;
    }
}
