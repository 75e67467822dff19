namespace ReviewLint.Evaluation;

/// <summary>RL4001 recall and false alarms on a generated matrix: unit types × foreign wordings × sentence frames, each report with one
/// wording of another kind of unit or region planted and one legitimate look-alike (statistical terms, superior levels, 全区 in a
/// 街道, 全旗 in a 旗, the unit's own self-reference …) that must not be reported.</summary>
/// <remarks>The report's own unit is named in the title in varied shapes (<c>{/}</c> marks where its name ends); the province, where a region-bound word needs it, is given in
/// the title, in the opening (省委 …) or not at all. Seeded by position; even positions tune, odd positions are held out.</remarks>
public sealed class ForeignWordingMeasurement : IMeasurement
{
    private const int Seed = 4001;
    private const string PlaceCharacters = "青石柳河杨庄桃源新华东风金山银湖白马黄龙泉凤清水长岭高桥双塘永丰兴隆梨花枣林松柏槐杏桂莲竹梅沙坪溪湾峰田坝营堡寨川坡亭洲滩";
    private static readonly string[] Provinces = ["河北省", "山西省", "湖南省", "江西省", "浙江省", "甘肃省", "黑龙江省", "广东省"];

    /// <summary>Sentence frames per kind of wording: 全X scope words, 我X self-reference, nouns (bodies, people) and fixed phrases.</summary>
    private static readonly Dictionary<string, string[]> Frames = new()
    {
        ["scope"] =
        [
            "团结带领{*}广大党员干部群众，推动各项工作落地见效。",
            "{*}共排查整改各类问题隐患27处，办结率达到95%。",
            "带动{*}党员干部担当作为，营造干事创业的良好氛围。",
            "二是统筹推进{*}重点工作的能力还有差距。",
        ],
        ["self"] =
        [
            "{*}坚持把党的政治建设摆在首位，但在落细落实上还有差距。",
            "近年来，{*}在抓基层党建方面取得一定成效，但与上级要求相比仍有不足。",
            "一是{*}党员干部队伍结构还不够合理，年轻干部储备不足。",
        ],
        ["noun"] =
        [
            "对{*}反映的问题回应不够及时，跟踪问效不够。",
            "听取{*}意见建议不够广泛，调查研究不够深入。",
            "三是与{*}沟通联系不够紧密，工作合力没有充分形成。",
        ],
        ["phrase"] =
        [
            "落实{*}的要求还有差距，服务意识有待增强。",
            "在{*}方面仍有短板，需要下大力气补齐。",
        ],
    };

    /// <summary>A kind of report: its title shapes (<c>{P}</c> a place stem), the wordings foreign to it (word, frame kind, region-bound)
    /// and the look-alikes legitimate in it (word, frame with <c>{*}</c>).</summary>
    private sealed record UnitCase(string Label, string[] Titles, (string Word, string Frame, bool RegionBound)[] Foreign, (string Word, string Frame)[] Legitimate);

    private static readonly UnitCase[] Cases =
    [
        new("镇", ["{P}镇{/}党委领导班子{Y}年度民主生活会对照检查材料", "中共{P}镇{/}委员会{Y}年度专题民主生活会对照检查材料", "{C}县{P}镇{/}党委班子对照检查材料"],
            [("街道、社区", "phrase", false), ("全街道", "scope", false), ("街道党工委", "noun", false), ("全乡", "scope", false), ("我乡", "self", false), ("全盟", "scope", true), ("嘎查", "noun", true)],
            [("全县", "按照{*}统一部署，扎实开展专项整治。"), ("农村居民人均可支配收入", "{*}增长6.5%。"), ("城乡居民", "{*}医保参保率稳定在95%以上。"), ("我镇", "{*}坚持把乡村振兴作为头等大事。"), ("社区", "镇区3个{*}的服务阵地还不够完善。"), ("全镇", "{*}共完成农房整治120户。")]),
        new("乡", ["{P}乡{/}党委领导班子{Y}年度民主生活会对照检查材料", "{C}县{P}乡{/}党委对照检查材料"],
            [("全镇", "scope", false), ("我镇", "self", false), ("镇党委", "noun", false), ("镇村干部", "noun", false), ("街道、社区", "phrase", false)],
            [("全乡", "{*}共新建产业路12公里。"), ("我乡", "{*}坚持党建引领。"), ("乡村干部", "带领{*}深入农户走访。"), ("全县", "在{*}综合考核中排名靠后。")]),
        new("街道", ["{P}街道{/}党工委领导班子{Y}年度民主生活会对照检查材料", "中共{P}街道{/}工作委员会领导班子对照检查材料"],
            [("全镇", "scope", false), ("我镇", "self", false), ("镇党委", "noun", false), ("全乡", "scope", false), ("镇村干部", "noun", false)],
            [("全区", "按照{*}统一部署，推进城市更新。"), ("居民群众", "对{*}反映的问题回应不够及时。"), ("辖区居民", "{*}对物业服务的意见较多。"), ("街道、社区", "指导{*}两级开展工作。"), ("我街道", "{*}坚持党建引领基层治理。")]),
        new("社区", ["{P}社区{/}党委{Y}年度组织生活会对照检查材料", "{P}社区{/}党支部对照检查材料"],
            [("村两委", "noun", false), ("村委会", "noun", false), ("全村", "scope", false), ("我村", "self", false)],
            [("社区两委", "{*}班子成员分工不够明确。"), ("居民群众", "对{*}反映的问题回应不够及时。"), ("全街道", "在{*}考核中排名靠后。"), ("我社区", "{*}坚持党建引领。")]),
        new("村", ["{P}村{/}党支部{Y}年度组织生活会对照检查材料", "中共{P}村{/}支部委员会对照检查材料", "{C}县{P}镇{P}村{/}党支部对照检查材料"],
            [("居民群众", "noun", false), ("辖区居民", "noun", false), ("社区两委", "noun", false), ("居委会", "noun", false), ("全社区", "scope", false), ("我社区", "self", false), ("全盟", "scope", true), ("嘎查", "noun", true)],
            [("全镇", "在{*}考核中排名靠后。"), ("镇党委", "按照{*}统一部署，开展人居环境整治。"), ("村民群众", "对{*}反映的问题回应不够及时。"), ("农村居民", "{*}人均可支配收入增长较快。"), ("全村", "{*}共有党员36名。")]),
        new("县", ["{V}{P}县{/}委常委班子{Y}年度民主生活会对照检查材料", "中共{V}{P}县{/}委员会常委班子对照检查材料", "{V}{P}县{/}人民政府党组领导班子对照检查材料"],
            [("全旗", "scope", true), ("旗委", "noun", true), ("我市", "self", false), ("全市上下", "scope", false), ("全盟", "scope", true)],
            [("全县", "{*}地区生产总值增长6%。"), ("全市", "在{*}高质量发展考核中排名第三。"), ("全省", "在{*}率先完成任务。"), ("省委", "按照{*}统一部署，推进作风建设。"), ("我县", "{*}坚持生态优先。")]),
        new("区", ["{P}区{/}委常委班子{Y}年度民主生活会对照检查材料", "{C}市{P}区{/}人民政府党组领导班子对照检查材料"],
            [("全县", "scope", false), ("我县", "self", false), ("全县上下", "scope", false)],
            [("全区", "{*}新增市场主体2300户。"), ("全市", "按照{*}统一部署，推进城市更新。"), ("区委", "在{*}的坚强领导下，各项工作稳步推进。")]),
        new("旗", ["{M}旗{/}委常委班子{Y}年度民主生活会对照检查材料", "中共{M}旗{/}委员会常委班子对照检查材料"],
            [("全县", "scope", false), ("全省", "scope", false), ("省委", "noun", false), ("我省", "self", false)],
            [("全旗", "{*}牲畜存栏稳定在120万头只。"), ("全盟", "在{*}考核中排名靠前。"), ("盟委", "按照{*}统一部署，推进草原保护。"), ("自治区党委", "落实{*}决策部署。"), ("嘎查", "深入{*}开展调研。"), ("苏木", "指导各{*}抓好落实。")]),
        new("县局", ["{V}{P}县水利局{/}党组领导班子{Y}年度民主生活会对照检查材料", "{P}县住房和城乡建设局{/}党组对照检查材料", "中共{P}县农业农村局{/}党组领导班子检视剖析材料"],
            [("我市", "self", false), ("全市上下", "scope", false), ("我校", "self", false), ("我院", "self", false), ("全体师生", "noun", false), ("全市", "scope", false)],
            [("全县", "{*}共完成项目投资3.2亿元。"), ("全市", "在{*}考核中排名第三。"), ("我局", "{*}坚持以党建促业务。"), ("全市", "按照{*}统一部署，开展专项整治。"), ("师生", "保障全县中小学{*}饮水安全。")]),
        new("中学", ["{P}县第一中学{/}党总支{Y}年度组织生活会对照检查材料", "中共{P}县第二中学{/}支部委员会对照检查材料"],
            [("以患者为中心", "phrase", false), ("患者满意度", "noun", false), ("医务人员", "noun", false), ("我院", "self", false), ("我局", "self", false)],
            [("我校", "{*}坚持立德树人根本任务。"), ("全校", "{*}共有教职工126名。"), ("全体师生", "组织{*}开展安全演练。"), ("患者", "协助卫生院做好学生中传染病{*}的排查。")]),
        new("医院", ["{P}县人民医院{/}党委领导班子{Y}年度民主生活会对照检查材料", "{P}县中医院{/}党总支对照检查材料"],
            [("我校", "self", false), ("全体师生", "noun", false), ("我局", "self", false), ("全校", "scope", false)],
            [("我院", "{*}坚持公立医院公益性。"), ("全院", "{*}共有职工520名。"), ("以患者为中心", "坚持{*}的服务理念。"), ("医务人员", "对{*}的教育管理不够严格。")]),
        new("企业", ["{P}县城市建设投资集团{/}有限公司党委领导班子对照检查材料", "{P}县交通投资有限公司{/}党委{Y}年度民主生活会对照检查材料"],
            [("我校", "self", false), ("我院", "self", false), ("全校", "scope", false), ("我局", "self", false), ("嘎查", "noun", true)],
            [("我公司", "{*}坚持党建引领。"), ("全公司", "{*}共有职工260名。"), ("全县", "服务{*}重点项目建设。")]),
    ];

    private static readonly string[] MongolianStems = ["巴彦", "呼和", "乌兰", "查干", "锡林", "宝力", "阿拉坦", "敖包", "达赉"];

    public string Name => "rl4001-matrix";

    public string Usage => "[reports, default 480] [--show-misses] [--show-false]   RL4001 recall on foreign wordings planted in unit types × frames, false alarms on legitimate look-alikes, both halves";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        int count = arguments.Count > 0 && int.TryParse(arguments[0], out int n) ? n : 40 * Cases.Length;
        var reports = Enumerable.Range(0, count).Select(Generate).ToList();
        await PlantedReportScore.PrintAsync("RL4001", reports, arguments.Contains("--show-misses"), arguments.Contains("--show-false"));
        return 0;
    }

    private static PlantedReport Generate(int index)
    {
        var random = new Random(Seed * 100_003 + index);
        var unit = Cases[index / 2 % Cases.Length];
        var foreign = unit.Foreign[random.Next(unit.Foreign.Length)];
        var legitimate = unit.Legitimate[random.Next(unit.Legitimate.Length)];
        // Region-bound words need a province: in the title, in the opening, or (one time in three) nowhere.
        int region = random.Next(3);
        string province = Provinces[random.Next(Provinces.Length)];
        string place = Place(random), county = Place(random), mongolian = MongolianStems[random.Next(MongolianStems.Length)] + MongolianStems[random.Next(MongolianStems.Length)];
        string year = (2019 + random.Next(6)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string title = unit.Titles[random.Next(unit.Titles.Length)]
            .Replace("{V}", region == 0 ? province : "", StringComparison.Ordinal).Replace("{P}", place, StringComparison.Ordinal)
            .Replace("{C}", county, StringComparison.Ordinal).Replace("{M}", mongolian, StringComparison.Ordinal).Replace("{Y}", year, StringComparison.Ordinal);
        string ownName = title[..title.IndexOf("{/}", StringComparison.Ordinal)].Replace("中共", "", StringComparison.Ordinal);
        title = title.Replace("{/}", "", StringComparison.Ordinal);
        var builder = new PlantedReport.Builder(index, unit.Label, ownName);
        builder.Add(title + "\n\n");
        builder.Add(region == 1 && unit.Label != "旗"
            ? "按照省委、市委关于召开民主生活会的通知要求，班子成员认真学习规定篇目，广泛征求意见建议。\n\n"
            : "按照上级关于召开民主生活会的通知要求，班子成员认真学习规定篇目，广泛征求意见建议。\n\n");
        builder.Add("一、存在的主要问题\n\n（一）理论学习方面。学用结合还不够紧密，用理论指导实践的能力还有差距。\n\n");
        var frames = Frames[foreign.Frame];
        builder.AddMarked(frames[random.Next(frames.Length)], foreign.Word, planted: true, $"{foreign.Word}/{(foreign.RegionBound ? $"region{region}" : foreign.Frame)}").Add("\n\n");
        builder.Add("（二）担当作为方面。有的工作部署多、督促少，存在前紧后松的现象。\n\n");
        builder.AddMarked(legitimate.Frame, legitimate.Word, planted: false, legitimate.Word).Add("\n\n");
        builder.Add("二、整改措施\n\n针对以上问题，班子将认真制定整改方案，明确责任、时限和措施，确保整改取得实效。\n");
        return builder.Build();
    }

    private static string Place(Random random) => string.Concat(Enumerable.Range(0, 2).Select(_ => PlaceCharacters[random.Next(PlaceCharacters.Length)]));
}
