namespace ReviewLint.Evaluation;

/// <summary>RL4003 recall and false alarms on generated reports: each report of a unit (镇、乡、村、街道、社区、县、区、市、旗、苏木、嘎查,
/// a numbered school, a county company, a hospital) has another unit's name of the same kind planted in a self-referring
/// sentence, and one look-alike that must not be reported (the own name, a superior, 学习考察/结对共建/对口帮扶 with a named unit,
/// a person's former post, a road or project named after a place).</summary>
/// <remarks>Names are invented from place-name characters (2–3 at random; Mongolian syllables for 苏木 and 嘎查). Half of the
/// planted names differ from the own name in one character (a template slip: 青石镇 → 青山镇), half are unrelated. Seeded by the
/// report's position, so every run generates the same reports; even positions tune, odd positions are held out.</remarks>
public sealed class UnitNameMeasurement : IMeasurement
{
    private const int Seed = 4003;
    private const string PlaceCharacters = "青石柳河杨庄桃源红旗新华东风金山银湖白马黄龙泉凤凰清水长岭门高桥双塘平安永丰兴隆太和顺梨花枣林松柏槐荫杏桂莲竹园梅沙坪溪湾峰田坝营店堡寨川坡亭洲滩港关屯岗埠";
    private static readonly string[] MongolianSyllables = ["巴彦", "呼和", "乌兰", "查干", "锡林", "额尔敦", "宝力", "格日勒", "阿拉坦", "敖包", "诺尔", "浩特", "塔拉", "希拉", "达赉", "哈日", "宝音", "图"];
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
    private static readonly string[] CompanyStems = ["城乡发展投资", "交通投资", "水务投资", "文化旅游投资", "城市建设投资", "国有资产投资", "农业发展投资", "产业投资"];
    private static readonly string[] LimitedStems = ["城投建设", "水务", "交通建设", "粮食购销", "供排水", "热力", "公共交通", "文旅发展"];
    private static readonly string[] HospitalStems = ["人民", "中", "妇幼保健", "第一人民", "第二人民", "中西医结合"];

    /// <summary>A kind of unit: the suffix of its names, its Party organisation words and how its stems are made.</summary>
    /// <remarks><see cref="Parent"/> makes the unit part of an institution (a school of a university, a branch of a bank); then the
    /// planted name is written with or without the parent at random.
    /// <see cref="OtherPlace"/> plants the own function under another county (永安县图书馆 in a 永宁县图书馆 report), written
    /// <see cref="OtherFunction"/> when that is set (the abbreviation 公交 of 公共交通).</remarks>
    private sealed record Kind(string Label, string Suffix, string[] Organizations, Func<Random, string> Stem, string? Prefix, Func<Random, string>? Parent = null,
        bool OtherPlace = false, string? OtherFunction = null);

    private static readonly Kind[] Kinds =
    [
        new("镇", "镇", ["党委"], PlaceStem, null),
        new("乡", "乡", ["党委"], PlaceStem, null),
        new("村", "村", ["党支部", "党总支", "两委班子"], PlaceStem, null),
        new("街道", "街道", ["党工委"], PlaceStem, null),
        new("社区", "社区", ["党委", "党支部", "两委班子"], PlaceStem, null),
        new("县", "县", ["委常委班子", "委", "人民政府党组"], PlaceStem, null),
        new("区", "区", ["委常委班子", "委", "人民政府党组"], PlaceStem, null),
        new("市", "市", ["委常委班子", "委", "人民政府党组"], PlaceStem, null),
        new("旗", "旗", ["委常委班子", "委"], MongolianStem, null),
        new("苏木", "苏木", ["党委"], MongolianStem, null),
        new("嘎查", "嘎查", ["党支部", "两委班子"], MongolianStem, null),
        new("中学", "中学", ["党总支", "党支部"], r => "第" + Ordinals[r.Next(Ordinals.Length)], "县"),
        new("小学", "小学", ["党支部"], r => "第" + Ordinals[r.Next(Ordinals.Length)], "县"),
        new("投资集团", "集团", ["党委"], r => CompanyStems[r.Next(CompanyStems.Length)], "县"),
        new("有限公司", "有限公司", ["党委", "党支部"], r => LimitedStems[r.Next(LimitedStems.Length)], "县"),
        new("医院", "医院", ["党委", "党总支"], r => HospitalStems[r.Next(HospitalStems.Length)], "县"),
        new("卫生院", "卫生院", ["党支部"], r => PlaceStem(r) + "镇", null),
    ];

    /// <summary>County units of one function (<c>--kinds functions</c>): the planted name is the own function under another county,
    /// half the time one character off the own county (a template of the neighbour county's report).</summary>
    private static readonly Kind[] FunctionKinds =
    [
        new("图书馆", "馆", ["党支部"], _ => "图书", "县", OtherPlace: true),
        new("职业技术学校", "学校", ["党委", "党总支"], _ => "职业技术", "县", OtherPlace: true),
        new("司法局", "局", ["党组"], _ => "司法", "县", OtherPlace: true),
        new("水利局", "局", ["党组"], _ => "水利", "县", OtherPlace: true),
        new("公交集团", "集团", ["党委"], _ => "公共交通", "县", OtherPlace: true, OtherFunction: "公交"),
    ];

    private static readonly string[] SchoolStems = ["材料科学与工程", "经济与管理", "外国语", "马克思主义", "电气工程", "计算机科学与技术", "土木工程", "化学与化工",
        "文学与新闻传播", "数学与统计", "生命科学", "建筑与规划", "机械工程", "能源与动力工程", "公共管理", "体育"];
    private static readonly string[] UniversityKinds = ["理工大学", "师范大学", "大学", "科技大学", "农业大学"];
    private static readonly string[] Banks = ["中国农业银行", "中国工商银行", "中国建设银行", "中国银行"];
    private static readonly string[] Bureaus = ["生态环境局", "市场监督管理局", "自然资源和规划局", "税务局"];

    /// <summary>Units inside an institution (<c>--kinds institutions</c>): schools of a university, branches of a bank, branch bureaus
    /// of a city bureau, police stations of a county bureau.</summary>
    private static readonly Kind[] InstitutionKinds =
    [
        new("学院", "学院", ["党委", "党总支"], r => SchoolStems[r.Next(SchoolStems.Length)], "", r => PlaceStem(r) + UniversityKinds[r.Next(UniversityKinds.Length)]),
        new("支行", "支行", ["党支部", "党总支"], PlaceStem, "", r => Banks[r.Next(Banks.Length)] + PlaceStem(r)),
        new("分局", "分局", ["党支部", "党总支"], PlaceStem, "", r => PlaceStem(r) + "市" + Bureaus[r.Next(Bureaus.Length)]),
        new("派出所", "派出所", ["党支部"], PlaceStem, "", r => PlaceStem(r) + "县公安局"),
    ];

    /// <summary>Self-referring sentences: <c>{*}</c> is the name, <c>{O}</c> the organisation word.</summary>
    private static readonly string[] SelfFrames =
    [
        "{*}{O}坚持把学习贯彻党的创新理论作为首要政治任务，但学用结合还不够紧密。",
        "近年来，{*}{O}在上级党委的坚强领导下，团结带领广大干部群众攻坚克难，各项工作取得新进展。",
        "下一步，{*}{O}将把整改落实作为重要政治任务，建立台账，逐项销号。",
        "一是{*}{O}理论学习中心组学习不够系统，专题研讨深度不够。",
        "对照检查中，{*}领导班子深入查摆问题，共梳理出4个方面12个具体问题。",
        "{*}领导班子将以这次民主生活会为契机，切实把问题整改到位。",
        "推动{*}各项事业高质量发展的思路还不够开阔，办法还不够多。",
        "今后，我们将团结带领{*}广大党员干部真抓实干，奋力开创新局面。",
    ];

    /// <summary>A second set of self-referring sentences (<c>--frames b</c>), written after the rule changes and run once: new frames, not tuned on.</summary>
    private static readonly string[] SelfFramesB =
    [
        "{*}{O}班子成员带头深入基层一线，但调研成果转化还不够。",
        "过去一年，{*}{O}始终把政治建设摆在首位，以上率下抓落实。",
        "三是{*}{O}在落实意识形态工作责任制方面还有薄弱环节。",
        "{*}{O}将严格落实“第一议题”制度，推动学习往深里走。",
        "特此报告。\n\n{*}{O}",
        "聚焦{*}高质量发展大局，班子谋划工作的站位还不够高。",
        "作为{*}{O}书记，本人对班子建设负总责。",
        "{*}全体党员干部要以此次民主生活会为新起点。",
    ];

    /// <summary>A second set of look-alikes (<c>--frames b</c>), written with <see cref="SelfFramesB"/>.</summary>
    private static readonly (string Label, string Frame, string Name)[] LookAlikeFramesB =
    [
        ("own", "{*}{O}认真落实意见建议整改清单。", "own"),
        ("invitation", "邀请{*}{O}负责同志来我单位交流指导。", "other"),
        ("co-building", "同{*}{O}签订党建联建协议。", "other"),
        ("comparison", "与周边{*}相比，我们在招商引资上差距明显。", "other"),
        ("example", "学习{*}党员干部攻坚克难的典型事迹。", "other"),
        ("transfer", "李某某同志由{*}调任本单位，已完成工作交接。", "other"),
        ("list", "{*}、{own}等单位被评为先进集体。", "other"),
        ("document", "认真落实《{*}{O}关于加强作风建设的意见》。", "other"),
    ];

    /// <summary>A third set of self-referring sentences (<c>--frames c</c>), written after the own-voice frames of the sixth session
    /// (HeldOut18/19: a pledge to push the unit to a new stage, 在…的实际工作中, 在…党员群众的监督下) in other words, for every kind.</summary>
    private static readonly string[] SelfFramesC =
    [
        "以更加务实的作风，推动{*}党建工作再上新台阶。",
        "助推{*}基层治理水平迈上新台阶。",
        "在{*}的实际工作中，班子将主动对接上级部门，确保各项任务落地见效。",
        "在{*}全体党员群众的监督下，班子成员带头把整改任务一项项落到实处。",
        "促进{*}服务群众能力再上新水平。",
    ];

    /// <summary>Look-alikes written with <see cref="SelfFramesC"/>: the same verbs and 在 before a visit, a partner, a neighbour, a
    /// warning case, a superior's supervision and the own name.</summary>
    private static readonly (string Label, string Frame, string Name)[] LookAlikeFramesC =
    [
        ("own", "推动{*}各项工作迈上新台阶。", "own"),
        ("study-visit", "组织班子成员到{*}学习考察，推动本单位工作再上新台阶。", "other"),
        ("pairing", "与{*}{O}结对共建，推动两地合作取得新成效。", "other"),
        ("neighbour", "与相邻的{*}联合开展专项整治，推动突出问题整改取得新成效。", "other"),
        ("case", "以{*}违纪违法案件为鉴，推动作风建设再上新台阶。", "other"),
        ("visit-at", "在{*}学习考察期间，班子成员深受启发。", "other"),
        ("help-at", "在{*}{O}的帮助下，共建项目顺利推进。", "other"),
        ("superior", "在{*}委的监督下，班子成员带头抓好整改。", "superior"),
    ];

    /// <summary>Look-alikes: <c>{*}</c> is the marked name (own, superior or another unit), <c>{O}</c> the organisation word.</summary>
    private static readonly (string Label, string Frame, string Name)[] LookAlikeFrames =
    [
        ("own", "{*}{O}坚持民主集中制，重大事项均经集体研究决定。", "own"),
        ("own", "为{*}经济社会发展作出新的更大贡献。", "own"),
        ("superior", "按照{*}委统一部署，班子成员逐一开展谈心谈话。", "superior"),
        ("study-visit", "组织党员干部赴{*}学习考察，借鉴先进经验。", "other"),
        ("pairing", "与{*}{O}开展结对共建，互学互鉴、共同提高。", "other"),
        ("assistance", "对口帮扶{*}，选派3名干部驻点开展工作。", "other"),
        ("former-post", "班子成员中，有2名同志曾在{*}任职，基层工作经验较为丰富。", "other"),
        ("former-post", "张某某同志曾任{*}{O}副书记，分管党建工作。", "other"),
        ("road", "完成{own}至{*}公路改造提升工程，群众出行更加便利。", "other"),
        ("experience", "{*}的经验做法值得我们认真学习借鉴。", "other"),
        ("learn-from", "学习借鉴{*}{O}的先进经验，推动工作创新。", "other"),
    ];

    private static readonly string[] TitleShapes =
    [
        "{own}{O}领导班子{Y}年度民主生活会对照检查材料",
        "中共{own}{O}{Y}年度专题民主生活会对照检查材料",
        "{own}{O}班子对照检查材料",
        "关于{own}{O}领导班子{Y}年度民主生活会的对照检查材料",
        "{county}{own}{O}领导班子对照检查材料",
    ];

    private static readonly string[] NeutralSentences =
    [
        "按照上级关于召开{Y}年度民主生活会的通知要求，班子成员认真学习规定篇目，广泛征求意见建议，深入开展谈心谈话。",
        "一是理论学习不够深入。学习内容与实际工作结合不够紧密，用理论指导实践的能力还有差距。",
        "二是服务群众不够主动。深入一线调研不够，解决群众急难愁盼问题的办法不多。",
        "三是抓落实的韧劲不足。有的工作部署多、督促少，存在前紧后松的现象。",
        "针对以上问题，班子将认真制定整改方案，明确责任、时限和措施，确保整改取得实效。",
    ];

    public string Name => "rl4003-names";

    public string Usage => "[reports, default 680] [--frames b|c] [--kinds institutions|functions] [--show-misses] [--show-false]   RL4003 recall on invented same-kind unit names planted in self-referring sentences, false alarms on look-alikes, both halves";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var kinds = arguments.Contains("institutions") ? InstitutionKinds : arguments.Contains("functions") ? FunctionKinds : Kinds;
        int count = arguments.Count > 0 && int.TryParse(arguments[0], out int n) ? n : 40 * kinds.Length;
        var (selfFrames, lookAlikeFrames) = arguments.Contains("b") ? (SelfFramesB, LookAlikeFramesB)
            : arguments.Contains("c") ? (SelfFramesC, LookAlikeFramesC)
            : (SelfFrames, LookAlikeFrames);
        var reports = Enumerable.Range(0, count).Select(i => Generate(i, kinds, selfFrames, lookAlikeFrames)).ToList();
        await PlantedReportScore.PrintAsync("RL4003", reports, arguments.Contains("--show-misses"), arguments.Contains("--show-false"));
        return 0;
    }

    private static PlantedReport Generate(int index, Kind[] kinds, string[] selfFrames, (string Label, string Frame, string Name)[] lookAlikeFrames)
    {
        var random = new Random(Seed * 100_003 + index);
        var kind = kinds[(kinds.Length % 2 == 0 ? index / 2 : index) % kinds.Length]; // an even count of kinds would split them between the halves
        string county = PlaceStem(random) + "县";
        string prefix = kind.Parent is { } parent ? parent(random) : kind.Prefix is null ? "" : county;
        string ownStem = kind.Stem(random);
        string otherStem = kind.OtherPlace ? "" : OtherStem(random, kind, ownStem);
        string own = prefix + ownStem + kind.Suffix;
        string other = kind.OtherPlace ? OtherStem(random, PlaceKind, county[..^1]) + "县" + (kind.OtherFunction ?? ownStem) + kind.Suffix
            : (kind.Parent is null || random.Next(2) == 0 ? prefix : "") + otherStem + kind.Suffix;
        string organization = kind.Organizations[random.Next(kind.Organizations.Length)];
        string year = (2019 + random.Next(6)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string superior = kind.Parent is not null ? prefix : kind.Suffix is "县" or "区" or "旗" ? PlaceStem(random) + "市" : county;

        string Fill(string text) => text.Replace("{O}", organization, StringComparison.Ordinal).Replace("{Y}", year, StringComparison.Ordinal)
            .Replace("{own}", own, StringComparison.Ordinal).Replace("{county}", kind.Prefix is null && kind.Suffix is not ("县" or "区" or "市" or "旗") ? county : "", StringComparison.Ordinal);

        var builder = new PlantedReport.Builder(index, kind.Label, own);
        builder.Add(Fill(TitleShapes[random.Next(TitleShapes.Length)]) + "\n\n");
        var body = NeutralSentences.Select(Fill).ToList();
        int plantAt = 1 + random.Next(body.Count - 1), lookAlikeAt = 1 + random.Next(body.Count - 1);
        var lookAlike = lookAlikeFrames[random.Next(lookAlikeFrames.Length)];
        for (int i = 0; i < body.Count; i++)
        {
            builder.Add(body[i] + "\n\n");
            if (i == plantAt) builder.AddMarked(Fill(selfFrames[random.Next(selfFrames.Length)]), other, planted: true, "self").Add("\n\n");
            if (i == lookAlikeAt)
            {
                string marked = lookAlike.Name switch { "own" => own, "superior" => superior, _ => other };
                builder.AddMarked(Fill(lookAlike.Frame), marked, planted: false, lookAlike.Label).Add("\n\n");
            }
        }
        builder.Add(Fill("\n" + "{own}{O}\n" + "{Y}年12月28日\n"));
        return builder.Build();
    }

    private static readonly Kind PlaceKind = new("县", "县", [], PlaceStem, null);

    /// <summary>Half the time the own stem with one character changed (a slip of the template), otherwise a fresh stem; never the own stem.</summary>
    private static string OtherStem(Random random, Kind kind, string ownStem)
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            string stem = random.Next(2) == 0 && kind.Stem == PlaceStem
                ? ChangeOne(random, ownStem)
                : kind.Stem(random);
            if (stem != ownStem && !ownStem.EndsWith(stem, StringComparison.Ordinal) && !stem.EndsWith(ownStem, StringComparison.Ordinal)
                && !ownStem.StartsWith(stem, StringComparison.Ordinal) && !stem.StartsWith(ownStem, StringComparison.Ordinal)) return stem;
        }
        throw new InvalidOperationException($"no other stem for {ownStem}");
    }

    private static string ChangeOne(Random random, string stem)
    {
        int at = random.Next(stem.Length);
        return string.Concat(stem.AsSpan(0, at), PlaceCharacters[random.Next(PlaceCharacters.Length)].ToString(), stem.AsSpan(at + 1));
    }

    private static string PlaceStem(Random random)
    {
        int length = random.Next(3) == 0 ? 3 : 2;
        return string.Concat(Enumerable.Range(0, length).Select(_ => PlaceCharacters[random.Next(PlaceCharacters.Length)]));
    }

    private static string MongolianStem(Random random) =>
        MongolianSyllables[random.Next(MongolianSyllables.Length)] + MongolianSyllables[random.Next(MongolianSyllables.Length)];
}
