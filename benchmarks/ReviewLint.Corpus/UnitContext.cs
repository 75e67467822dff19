namespace ReviewLint.Corpus;

/// <summary>The unit a report is written for, and the slot values that follow from it (我镇, 全镇, 镇党委, 群众 …).</summary>
internal sealed class UnitContext
{
    private static readonly string[] FirstSyllables =
        [.. "青柳白桃龙凤金银石松梅杏兴安永新丰和平清宝福长双红黄东西南北高马鹿云雁溪华盛太仁义礼明德顺吉利康宁泰".Select(c => c.ToString())];

    private static readonly string[] SecondSyllables =
        [.. "河山泉湾岭坪塘林源桥沟庄口坝田家园阳峰岗湖滩寨屯川洲城堡营店集铺台".Select(c => c.ToString())];

    private static readonly string[] Surnames = [.. "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘".Select(c => c.ToString())];

    private static readonly string[] GivenNames =
        ["建国", "志强", "海燕", "丽华", "伟", "敏", "晓东", "春梅", "国庆", "红霞", "文斌", "玉兰", "永刚", "秀英", "立新", "建军", "桂芳",
         "明", "磊", "静", "卫东", "雪梅", "振华", "思远", "宏伟", "彦", "俊杰", "慧", "兴旺", "亚楠"];

    private static readonly string[] Departments =
        ["农业农村局", "教育局", "自然资源局", "市场监督管理局", "住房和城乡建设局", "交通运输局", "卫生健康局", "民政局", "水利局",
         "人力资源和社会保障局", "财政局", "生态环境局", "应急管理局", "林业和草原局", "商务局"];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private UnitContext(string name, string unitType, string category, string voice)
    {
        Name = name;
        UnitType = unitType;
        Category = category;
        Voice = voice;
    }

    /// <summary>The unit's full name, e.g. 青石镇.</summary>
    public string Name { get; }

    /// <summary>ReviewLint's <c>UnitType</c> name: Town, Township, Subdistrict, Community, Village, Department, School, …</summary>
    public string UnitType { get; }

    /// <summary>The phrase bank category: town, subdistrict, village, department, school, hospital or enterprise.</summary>
    public string Category { get; }

    /// <summary>personal or collective.</summary>
    public string Voice { get; private set; }

    public bool TryGet(string slot, out string? value) => _values.TryGetValue(slot, out value);

    /// <summary>A copy speaking with another voice.</summary>
    public UnitContext WithVoice(string voice)
    {
        var copy = new UnitContext(Name, UnitType, Category, voice);
        foreach (var (key, value) in _values) copy._values[key] = value;
        return copy;
    }

    /// <summary>The same kind of unit in the same county, with a different name.</summary>
    public UnitContext Sibling(Random random)
    {
        for (int attempt = 0; ; attempt++)
        {
            var other = Create(random, this[Slot.County], UnitType, Voice, this[Slot.Year]);
            if (other.Name != Name || attempt > 20) return other;
        }
    }

    public string this[string slot] => _values[slot];

    public static class Slot
    {
        public const string Unit = "unit", Short = "u", My = "my", All = "all", Org = "org", Person = "person", Post = "post";
        public const string Year = "year", Next = "next", County = "county";
    }

    /// <summary>A random county name such as 柳河县.</summary>
    public static string CountyName(Random random) => Place(random) + "县";

    /// <summary>A random unit of a random type in <paramref name="county"/>.</summary>
    public static UnitContext Random(Random random, string county, string voice, string year)
    {
        string[] types = ["Town", "Town", "Town", "Township", "Subdistrict", "Community", "Village", "Village", "Department", "Department",
            "School", "Hospital", "Enterprise", "Sumu", "Gacha"];
        return Create(random, county, types[random.Next(types.Length)], voice, year);
    }

    /// <summary>A unit of the given type (ReviewLint's UnitType name) in <paramref name="county"/>.</summary>
    public static UnitContext Create(Random random, string county, string unitType, string voice, string year)
    {
        string countyShort = county[..^1];
        var (name, category, shortWord, org, posts) = unitType switch
        {
            "Town" => (Place(random) + "镇", "town", "镇", "镇党委", new[] { "党委书记", "镇长", "党委副书记", "副镇长", "党委委员" }),
            "Township" => (Place(random) + "乡", "town", "乡", "乡党委", new[] { "党委书记", "乡长", "副乡长" }),
            "Sumu" => (Place(random) + "苏木", "town", "苏木", "苏木党委", new[] { "党委书记", "苏木达" }),
            "Subdistrict" => (Place(random) + "街道", "subdistrict", "街道", "街道党工委", new[] { "党工委书记", "办事处主任", "党工委副书记" }),
            "Community" => (Place(random) + "社区", "subdistrict", "社区", "社区党委", new[] { "社区党委书记", "社区居委会主任" }),
            "Village" => (Place(random) + "村", "village", "村", "村党支部", new[] { "村党支部书记", "村委会主任" }),
            "Gacha" => (Place(random) + "嘎查", "village", "嘎查", "嘎查党支部", new[] { "嘎查党支部书记", "嘎查达" }),
            "Department" => (countyShort + Pick(random, Departments), "department", "局", "局党组", new[] { "局长", "党组书记", "副局长" }),
            "School" => (Pick(random, [$"{countyShort}第一中学", $"{countyShort}第二中学", $"{countyShort}实验小学", $"{Place(random)}镇中心小学", $"{countyShort}职业中学"]),
                "school", "学校", "学校党支部", new[] { "校长", "党支部书记", "副校长" }),
            "Hospital" => (Pick(random, [$"{countyShort}人民医院", $"{countyShort}中医医院", $"{countyShort}妇幼保健院"]), "hospital", "医院", "医院党委",
                new[] { "院长", "党委书记", "副院长" }),
            "Enterprise" => (Pick(random, [$"{countyShort}供水有限责任公司", $"{countyShort}城市建设投资有限公司", $"{countyShort}交通投资集团有限公司"]),
                "enterprise", "公司", "公司党委", new[] { "董事长", "总经理", "党委书记" }),
            _ => throw new ArgumentOutOfRangeException(nameof(unitType), unitType, "unknown unit type"),
        };
        string self = category switch { "department" => "局", "school" => "校", "hospital" => "院", _ => shortWord };
        var context = new UnitContext(name, unitType, category, voice);
        context._values[Slot.Unit] = name;
        context._values[Slot.Short] = shortWord;
        context._values[Slot.My] = "我" + self;
        context._values[Slot.All] = "全" + self;
        context._values[Slot.Org] = Pick(random, [org, "班子", "领导班子", org + "班子"]);
        context._values[Slot.Person] = Pick(random, Surnames) + Pick(random, GivenNames);
        context._values[Slot.Post] = Pick(random, posts);
        context._values[Slot.Year] = year;
        context._values[Slot.Next] = (int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context._values[Slot.County] = county;
        return context;
    }

    /// <summary>A two-syllable place name such as 桃湾.</summary>
    public static string Place(Random random) => Pick(random, FirstSyllables) + Pick(random, SecondSyllables);

    /// <summary>A person's name such as 王建国.</summary>
    public static string PersonName(Random random) => Pick(random, Surnames) + Pick(random, GivenNames);

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
