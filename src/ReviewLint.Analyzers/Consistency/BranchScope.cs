using System.Text.RegularExpressions;
using ReviewLint.Syntax;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>The name of an enterprise's branch and the part of it that gives its level: a county branch of a city company
/// (江州燃气集团有限公司白河县分公司) works at county level, so its level is the place right before the branch suffix (白河县分公司),
/// not the parent's 江州.</summary>
/// <remarks>The inferred unit name may stop at the parent (江州燃气集团, read before 有限公司), so the title line that holds it is read on
/// to the last branch suffix (中国农业银行江州分行白河县支行: the 支行 writes). A name with no branch suffix (江州燃气集团, 白河县自来水公司) is its own level name.</remarks>
internal static partial class BranchScope
{
    /// <summary>The unit's full name (for messages) and the part of it that name conditions read (for its level).</summary>
    public static (string? FullName, string? LevelName) Of(DocumentFacts facts, string title)
    {
        if (facts.UnitName is not { } name || facts.UnitType != UnitType.Enterprise) return (facts.UnitName, facts.UnitName);
        int at = title.IndexOf(name, StringComparison.Ordinal);
        string source = at >= 0 ? title[at..] : name;
        var branches = PlaceBeforeBranch().Matches(source);
        if (branches.Count == 0) return (name, name);
        var branch = branches[^1];
        string fullName = source[..(branch.Index + branch.Length)];
        int parentEnd = LastParentEnd(fullName, branch.Index);
        return (fullName, fullName[parentEnd..]);
    }

    /// <summary>The end of the last parent word (公司, 集团, 银行) before the branch's place, or 0.</summary>
    private static int LastParentEnd(string name, int branchStart)
    {
        int end = 0;
        foreach (string parent in ParentWords)
        {
            int i = name.LastIndexOf(parent, branchStart, StringComparison.Ordinal);
            if (i >= 0) end = Math.Max(end, i + parent.Length);
        }
        return end;
    }

    private static readonly string[] ParentWords = ["公司", "集团", "银行"];

    /// <summary>A level character, at most a few trade words (供电, 燃气) and a branch suffix: 县分公司, 市供电分公司, 县支行.</summary>
    [GeneratedRegex("[县市区旗盟州省][\u4e00-\u9fa5]{0,4}?(?:分公司|支公司|分行|支行|营业部)")]
    private static partial Regex PlaceBeforeBranch();
}
