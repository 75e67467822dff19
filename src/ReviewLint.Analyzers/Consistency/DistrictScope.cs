using ReviewLint.Syntax;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>Whether a report is written by a 区 (市辖区) or by a unit inside one — a district department (东城区发展和改革局),
/// a 街道, 镇 or 社区 of a district — so that 全县、我县、全县上下 cannot be its own scope or a superior level.</summary>
/// <remarks>The unit's name decides when it names a level: the last county-level marker in it (县、旗、区、市) is the level the
/// unit belongs to (东城区东华门街道 → 区, 青山县经济开发区管委会 → 县, 某市某区某街道 → 区). 区 in 社区、开发区、园区、景区
/// and the like is no level, nor is 市 in 市场、市政、城市. A name without a level leaves it to the text: references to
/// 区委、区政府、区直 and none to 县委、县政府、县直.</remarks>
internal static class DistrictScope
{
    /// <summary>Second characters before 区 that make it a zone rather than a district (社区, 开发区, 园区 …).</summary>
    private const string ZoneBeforeQu = "社小园景片库矿林牧治发业校营街辖山湖灾税验范能保港物商";
    /// <summary>Characters of <see cref="ZoneBeforeQu"/> that also end district names (东湖区, 西山区, 北港区): with a two-character stem at
    /// the start of the name or after a 省、市、州 (江州市东湖区) the 区 is a district, while 山区、湖区 as zones follow a longer name (青山县南部山区).</summary>
    private const string PlaceBeforeQu = "山湖港";

    private static readonly string[] DistrictReferences = ["区委", "区政府", "区直", "区纪委", "区人大", "区政协"];
    private static readonly string[] CountyReferences = ["县委", "县政府", "县直", "县纪委", "县人大", "县政协"];

    public static bool IsUnderDistrict(DocumentFacts facts, TokenList tokens, string content)
    {
        if (facts.UnitType == UnitType.District) return true;
        if (facts.UnitType is UnitType.County or UnitType.City or UnitType.Province or UnitType.AutonomousRegion or UnitType.Municipality
            or UnitType.Banner or UnitType.League or UnitType.Prefecture or UnitType.AutonomousPrefecture or UnitType.Unknown) return false;
        if (facts.UnitName is { } name && LastLevelIn(name) is { } level) return level == '区';
        return NamesAny(DistrictReferences, tokens, content) && !NamesAny(CountyReferences, tokens, content);
    }

    /// <summary>True when one of the words occurs as whole tokens (a plain substring search first: most texts have none).</summary>
    private static bool NamesAny(string[] words, TokenList tokens, string content)
    {
        foreach (string word in words)
            if (content.Contains(word, StringComparison.Ordinal) && tokens.FindWhole(content, word).Any()) return true;
        return false;
    }

    private static bool IsTwoCharacterDistrict(string name, int qu) =>
        PlaceBeforeQu.Contains(name[qu - 1]) && qu >= 2 && (qu == 2 || name[qu - 3] is '省' or '市' or '州');

    /// <summary>The last of 县、旗、区、市 in the name that marks a level, or null when none does.</summary>
    private static char? LastLevelIn(string name)
    {
        for (int i = name.Length - 1; i > 0; i--)
        {
            char c = name[i];
            bool isLevel = c switch
            {
                '县' or '旗' => true,
                '区' => !ZoneBeforeQu.Contains(name[i - 1]) || IsTwoCharacterDistrict(name, i),
                '市' => name[i - 1] is not ('城' or '超' or '都' or '门') && (i + 1 == name.Length || name[i + 1] is not ('场' or '政' or '民')),
                _ => false,
            };
            if (isLevel) return c;
        }
        return null;
    }
}
