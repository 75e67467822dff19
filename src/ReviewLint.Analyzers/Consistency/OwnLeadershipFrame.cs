using System.Text.RegularExpressions;
using ReviewLint.Text;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>Another place of the own place's kind in the frames of the author's own leadership: 在城北区委、区政府的坚强领导下 in a
/// report of 城南区信访局, 服从镇党委和杨树村党支部的领导 in one of 柳河村 — a unit is led by its own superiors, never by another unit of its kind.</summary>
internal static partial class OwnLeadershipFrame
{
    /// <summary>The names of the own kind (<paramref name="suffix"/>) other than <paramref name="ownStem"/> in the frames, outside the title's names.</summary>
    public static IEnumerable<TextSpan> Find(string content, string ownStem, string suffix, string title)
    {
        if (!NearOwnPlaceName.PlaceSuffixes.Contains(suffix) || ownStem.Length < 2) yield break;
        foreach (var regex in new[] { LedByCommitteeAndGovernment(), ObeyLeadership() })
            foreach (Match match in regex.Matches(content))
            {
                var name = match.Groups["name"];
                if (name.Value.Length - suffix.Length < 2 || !name.Value.EndsWith(suffix, StringComparison.Ordinal)) continue;
                string stem = name.Value[..^suffix.Length];
                if (stem.Contains(ownStem, StringComparison.Ordinal) || ownStem.Contains(stem, StringComparison.Ordinal) || title.Contains(name.Value, StringComparison.Ordinal)
                    || UnitNameReader.IsFunctionCharacter(stem[0]) || UnitNameReader.NeverNameInitials.Contains(stem[0]) || UnitNameReader.IsPlaceholder(stem)
                    || stem.AsSpan().IndexOfAny(OrganCharacters) >= 0 || stem.AsSpan(1).IndexOfAny("和与") >= 0) continue;
                yield return new TextSpan(name.Index, name.Length);
            }
    }

    /// <summary>Characters of organs and of the sentence that no name holds (镇党委和|村: a superior and the own branch).</summary>
    private const string OrganCharacters = "党委府的、";

    /// <summary>在某区委、区政府的（坚强）领导下.</summary>
    [GeneratedRegex(@"在(?<name>[\u4e00-\u9fa5]{2,5}?(?<level>[县区旗镇乡]))(?:党)?委[、和](?:\k<level>)?(?:人民)?政府的(?:坚强|正确|有力)?领导下")]
    private static partial Regex LedByCommitteeAndGovernment();

    /// <summary>服从……某村党支部的领导.</summary>
    [GeneratedRegex(@"服从(?:[^，。；！？\n]{0,10}?[和、与])?(?<name>[\u4e00-\u9fa5]{2,6}?(?:村|社区|镇|乡|街道))(?:党委|党支部|党总支|党工委|两委)的(?:统一)?领导")]
    private static partial Regex ObeyLeadership();
}
