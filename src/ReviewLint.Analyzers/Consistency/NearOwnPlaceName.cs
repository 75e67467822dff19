using System.Collections.Frozen;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>A place name of the own unit's kind one character off the own name (清源县 in a report of 清河县应急管理局, 石桥乡 in one of
/// 石门乡, 杨树湾村 in one of 杨柳湾村), anywhere in the text and in any frame: a template's leftover or a slip of the pen.</summary>
/// <remarks>
/// Only the place kinds below a city (县、区、旗、镇、乡、村、街道、社区、苏木、嘎查): cities share generic finals (江州 / 杭州 / 广州).
/// A two-character stem may have either character substituted (城南 / 城北, 柏树 / 松树); a longer one keeps its first character (a
/// window of three before 湾村 may open with a word of the sentence) and may have another substituted, dropped or added (杨柳湾 / 杨树湾, 杨湾).
/// A stretch opening with a function character (在、全、各 …) is no name. A name is left alone in a
/// list or a route (、 or 至 before or after it, 等 after it, 和、与、及 joining it to a name of its kind), when the title names it (a superior or subordinate unit), and in a clause that visits,
/// pairs with, compares with or takes a case from another unit (学习考察、结对、对口、相比、案例、通报 …), except 联系 / 结合 + the name + (的)实际,
/// the own place's reality.
/// </remarks>
internal static class NearOwnPlaceName
{
    /// <summary>Place suffixes whose names are read; the own unit's place must end with one of them.</summary>
    public static readonly FrozenSet<string> PlaceSuffixes = FrozenSet.ToFrozenSet(
        ["县", "区", "旗", "镇", "乡", "村", "街道", "社区", "苏木", "嘎查"], StringComparer.Ordinal);

    /// <summary>Words of a comparison, a case or a transfer that make a clause speak of another unit, besides the visit and pairing
    /// words of <see cref="UnitNameInconsistencyAnalyzer"/>'s clause markers.</summary>
    private static readonly string[] OtherUnitWords = ["相比", "对比", "比较", "共建", "联建", "任职", "案例", "案件", "通报", "为鉴", "为戒", "警示", "调任", "调入", "交流", "来我"];

    /// <summary>The spans of names one character off <paramref name="ownStem"/> + <paramref name="suffix"/>, outside <paramref name="title"/>'s names;
    /// a stretch that holds the own stem or the suffix's character (青石镇|镇村两级) is the own name in the sentence.</summary>
    public static IEnumerable<TextSpan> Find(string content, TokenList tokens, string ownStem, string suffix, string title, FrozenSet<string> visitMarkers)
    {
        if (!PlaceSuffixes.Contains(suffix) || ownStem.Length < 2 || !HanText.IsHan(ownStem)) yield break;
        for (int p = content.IndexOf(suffix, StringComparison.Ordinal); p >= 0; p = content.IndexOf(suffix, p + 1, StringComparison.Ordinal))
        {
            foreach (int length in (ReadOnlySpan<int>)[ownStem.Length, ownStem.Length - 1, ownStem.Length + 1])
            {
                int start = p - length;
                if (length < 2 || start < 0 || !HanText.IsHan(content.AsSpan(start, length))) continue;
                string stem = content[start..p];
                if (!OneCharacterOff(ownStem, stem) || stem.Contains(ownStem, StringComparison.Ordinal) || stem.Contains(suffix[0])
                    || UnitNameReader.IsFunctionCharacter(stem[0]) || UnitNameReader.NeverNameInitials.Contains(stem[0]) || tokens.IndexAt(start) is var index && (index >= tokens.Count || tokens[index].Start != start)) continue;
                var name = TextSpan.FromBounds(start, p + suffix.Length);
                string written = content.Substring(name.Start, name.Length);
                if (title.Contains(written, StringComparison.Ordinal) || InList(content, name, suffix)
                    || !OwnRealityFrame(content, name) && OtherUnitClause(content, tokens, name, visitMarkers)) break;
                yield return name;
                break;
            }
        }
    }

    /// <summary>青山 / 青石, 柏树 / 松树, 杨树湾 / 杨柳湾, 杨湾 / 杨柳湾: one character substituted (same length; the first only in a
    /// two-character stem), or one dropped or added after the first.</summary>
    internal static bool OneCharacterOff(string ownStem, string stem)
    {
        if (stem.Length == 0 || stem == ownStem || stem[0] != ownStem[0] && stem.Length != 2) return false;
        if (stem.Length == ownStem.Length)
        {
            int differences = 0;
            for (int i = 0; i < stem.Length; i++)
                if (stem[i] != ownStem[i]) differences++;
            return differences == 1;
        }
        if (Math.Min(stem.Length, ownStem.Length) < 2 || ownStem.Length < 3 && stem.Length < ownStem.Length) return false;
        var (longer, shorter) = stem.Length > ownStem.Length ? (stem, ownStem) : (ownStem, stem);
        if (longer.Length != shorter.Length + 1) return false;
        for (int drop = 1; drop < longer.Length; drop++)
            if (string.CompareOrdinal(longer, 0, shorter, 0, drop) == 0 && string.CompareOrdinal(longer, drop + 1, shorter, drop, shorter.Length - drop) == 0)
                return true;
        return false;
    }

    /// <summary>A name among others or the end of a route: 、 or 至 right before or after it, or 等 after it (石门镇至石坝镇公路), or 和、与、及
    /// joining it to another name of its kind (上河村和下河村, 下河村与上河村).</summary>
    private static bool InList(string content, TextSpan name, string suffix)
    {
        if (name.Start > 0 && content[name.Start - 1] is '、' or '至' || name.End < content.Length && content[name.End] is '、' or '等' or '至') return true;
        if (name.Start >= 2 && content[name.Start - 1] is '和' or '与' or '及' && content[name.Start - 2] == suffix[^1]) return true;
        return name.End < content.Length && content[name.End] is '和' or '与' or '及'
            && content.AsSpan(name.End + 1, Math.Min(8, content.Length - name.End - 1)).Contains(suffix, StringComparison.Ordinal);
    }

    /// <summary>联系 / 结合 + the name + (的)实际: the author relating a lesson to the own place's reality (联系西关街道的实际深入思考),
    /// where 联系 is no contact with another unit.</summary>
    private static bool OwnRealityFrame(string content, TextSpan name)
    {
        if (name.Start < 2 || content.AsSpan(name.Start - 2, 2) is not ("联系" or "结合")) return false;
        var after = content.AsSpan(name.End);
        return after.StartsWith("的实际", StringComparison.Ordinal) || after.StartsWith("实际", StringComparison.Ordinal);
    }

    /// <summary>True when the name's clause visits, pairs with, compares with or takes a case from another unit.</summary>
    internal static bool OtherUnitClause(string content, TokenList tokens, TextSpan name, FrozenSet<string> visitMarkers)
    {
        int start = ClauseStartBefore(content, name.Start), end = ClauseEndFrom(content, name.End);
        var clause = content.AsSpan(start, end - start);
        foreach (string word in OtherUnitWords)
            if (clause.Contains(word, StringComparison.Ordinal)) return true;
        // Words of two or more characters anywhere in the clause (jieba may join them: 学习考察, 曾|在); single characters (到、赴、至) as tokens.
        foreach (string marker in visitMarkers)
            if (marker.Length > 1 && clause.Contains(marker, StringComparison.Ordinal)) return true;
        for (int index = tokens.IndexAt(start); index < tokens.Count && tokens[index].Start < end; index++)
            if (tokens[index].Text.Length == 1 && visitMarkers.Contains(tokens[index].Text)) return true;
        return false;
    }

    private const string ClauseBreaks = "，。；！？：\n\r";

    private static int ClauseStartBefore(string content, int position) => content.AsSpan(0, position).LastIndexOfAny(ClauseBreaks) + 1;

    /// <summary>Where the clause running at <paramref name="position"/> ends: its closing punctuation or line break, or the text's end.</summary>
    internal static int ClauseEndFrom(string content, int position) =>
        content.AsSpan(position).IndexOfAny(ClauseBreaks) is var stop && stop >= 0 ? position + stop : content.Length;
}
