using System.Text;

namespace ReviewLint.Corpus;

/// <summary>
/// Rewords sentences the way different writers do (切实/扎实, 加强/强化, a lead-in clause …) so that reports composed from
/// the same phrase banks rarely share whole sentences. Only interchangeable words are swapped, so no planted defect or
/// look-alike of one is ever created.
/// </summary>
internal static class Paraphraser
{
    private static readonly string[][] Alternatives =
    [
        ["认真", "切实", "扎实"],
        ["加强", "强化"],
        ["不断", "持续"],
        ["明显", "显著"],
        ["较少", "偏少"],
        ["较多", "偏多"],
        ["往往", "常常", "经常"],
        ["推动", "推进"],
        ["提升", "提高"],
        ["主动", "积极"],
        ["严格落实", "从严落实", "不折不扣落实"],
        ["办法不多", "招法不多", "举措不多"],
        ["认识不足", "认识不够到位", "认识不深"],
        ["重视不够", "重视程度不高"],
        ["深入研究", "认真研究", "系统研究"],
        ["每月", "每个月"],
        ["群众满意度", "群众获得感"],
        ["工作中", "实际工作中", "日常工作中"],
    ];

    private static readonly string[] LeadIns =
        ["从查摆情况看，", "对照要求，", "客观地说，", "反思起来，", "从征求到的意见看，", "具体来说，", "总的看，", "实事求是地讲，"];

    /// <summary>Rewrites roughly half of the sentences of <paramref name="text"/>.</summary>
    public static string Reword(string text, Random random)
    {
        var builder = new StringBuilder(text.Length + 16);
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('。', start);
            end = end < 0 ? text.Length : end + 1;
            string sentence = text[start..end];
            builder.Append(random.Next(2) == 0 ? Rewrite(sentence, random) : sentence);
            start = end;
        }
        return builder.ToString();
    }

    /// <summary>Rewrites one sentence of <paramref name="text"/>: the light edit of someone who copies a paragraph.</summary>
    public static string Touch(string text, Random random)
    {
        var sentences = text.Split('。');
        int chosen = random.Next(Math.Max(1, sentences.Length - 1));
        sentences[chosen] = Rewrite(sentences[chosen], random);
        return string.Join('。', sentences);
    }

    private static string Rewrite(string sentence, Random random)
    {
        foreach (var group in Alternatives)
        {
            // Longest first, so that 实际工作中 is not read as 工作中.
            foreach (string word in group.OrderByDescending(w => w.Length))
            {
                int at = sentence.IndexOf(word, StringComparison.Ordinal);
                if (at < 0) continue;
                string replacement = group[random.Next(group.Length)];
                sentence = string.Concat(sentence.AsSpan(0, at), replacement, sentence.AsSpan(at + word.Length));
                break;
            }
        }
        // A lead-in only before an ordinary clause, never before an item marker (一是) or a heading's text.
        if (random.Next(4) == 0 && sentence.Length > 12 && !(sentence.Length > 1 && sentence[1] == '是'))
            sentence = LeadIns[random.Next(LeadIns.Length)] + sentence;
        return sentence;
    }
}
