namespace ReviewLint.Syntax;

/// <summary>The 34 province-level divisions by full and short name (国家统计局 统计用区划代码).</summary>
public static class Provinces
{
    /// <summary>Full names with their short forms, in the statistical code order.</summary>
    public static IReadOnlyList<(string FullName, string ShortName)> All { get; } =
    [
        ("北京市", "北京"), ("天津市", "天津"), ("河北省", "河北"), ("山西省", "山西"), ("内蒙古自治区", "内蒙古"),
        ("辽宁省", "辽宁"), ("吉林省", "吉林"), ("黑龙江省", "黑龙江"), ("上海市", "上海"), ("江苏省", "江苏"),
        ("浙江省", "浙江"), ("安徽省", "安徽"), ("福建省", "福建"), ("江西省", "江西"), ("山东省", "山东"),
        ("河南省", "河南"), ("湖北省", "湖北"), ("湖南省", "湖南"), ("广东省", "广东"), ("广西壮族自治区", "广西"),
        ("海南省", "海南"), ("重庆市", "重庆"), ("四川省", "四川"), ("贵州省", "贵州"), ("云南省", "云南"),
        ("西藏自治区", "西藏"), ("陕西省", "陕西"), ("甘肃省", "甘肃"), ("青海省", "青海"), ("宁夏回族自治区", "宁夏"),
        ("新疆维吾尔自治区", "新疆"), ("台湾省", "台湾"), ("香港特别行政区", "香港"), ("澳门特别行政区", "澳门"),
    ];

    /// <summary>The full name for a full or short name (浙江 → 浙江省), or null when it is not a province-level division.</summary>
    public static string? Normalize(string name)
    {
        string trimmed = name.Trim();
        foreach (var (full, shortName) in All)
            if (trimmed == full || trimmed == shortName) return full;
        return null;
    }

    public static bool IsInnerMongolia(string name) => name.Trim().StartsWith("内蒙古", StringComparison.Ordinal);
}
