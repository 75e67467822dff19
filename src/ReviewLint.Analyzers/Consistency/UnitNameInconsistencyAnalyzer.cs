using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ReviewLint.Analysis;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Diagnostics;
using ReviewLint.Syntax;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>RL4003: another unit's name of the same kind left in a self-referring position (柳河镇党委 in a 青石镇 report), typically a template leftover.</summary>
public sealed partial class UnitNameInconsistencyAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "RL4003", "unit-name-inconsistency", "单位名称前后不一致",
        "本材料的单位是{0}，此处“{1}”疑为套用其他材料后未改的单位名称。",
        DiagnosticCategory.Consistency, DiagnosticSeverity.Warning,
        description: "标题或开头确定了本单位（如青石镇），正文以本单位口吻出现的同类单位名称（如“柳河镇党委”）却不同，多为套用模板后未改。与其他单位交流、学习、结对等提及不报。");

    /// <summary>The level characters a place name ends with (临溪县, 江州市, 青岚区).</summary>
    private const string LevelMarkers = "省市县区旗盟";

    /// <summary>Tokens before a name that make it a mention of another unit (与、到、学习、借鉴 …), not the author.</summary>
    private static readonly FrozenSet<string> MentionMarkers = FrozenSet.ToFrozenSet(
    [
        "到", "赴", "去", "前往", "来自", "与", "和", "同", "跟", "向", "对", "比", "学习", "借鉴", "参观", "考察", "邀请", "联合", "协助", "帮助",
        "帮扶", "结对", "对口", "兄弟", "邻近", "周边", "相邻", "毗邻", "配合", "会同", "协调", "联系", "受", "在", "由", "及", "以及", "、", "了",
        "得到", "获得", "指导", "支持", "原", "给", "为", "把", "被", "至", "曾在", "曾任", "曾", "原任", "自", "从",
        // 所辖、下辖 before a name make it a subordinate of the author (区所辖锦华社区), not the author.
        "所辖", "下辖", "辖",
    ], StringComparer.Ordinal);

    /// <summary>Words before a mention in the same clause (与相邻的柳河镇党委开展联建), looked for back to the clause start.</summary>
    private static readonly FrozenSet<string> ClauseMentionMarkers = FrozenSet.ToFrozenSet(
    [
        "与", "同", "跟", "和", "到", "赴", "去", "前往", "向", "学习", "借鉴", "参观", "考察", "邀请", "联合", "协助", "帮助", "帮扶", "结对",
        "对口", "兄弟", "邻近", "周边", "相邻", "毗邻", "配合", "会同", "联系", "得到", "获得", "受", "曾在", "曾任", "至",
    ], StringComparer.Ordinal);

    /// <summary>The clause markers of a visit, a pairing or help (学习、考察、结对、对口 …), without the bare conjunctions and prepositions
    /// (与、和、同、跟), which join the own organs too (服从镇党委和…村党支部的领导).</summary>
    private static readonly FrozenSet<string> VisitMarkers = ClauseMentionMarkers.Except(["与", "同", "跟", "和"]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<ILookup<string, string>> Stems =
        new(() => RuleData.ReadTable("unit_name_stems.tsv").ToLookup(row => row[1], row => row[0], StringComparer.Ordinal));
    private static readonly Lazy<FrozenSet<string>> NotNames = new(() => Stems.Value["generic"].Concat(Stems.Value["verb"]).ToFrozenSet(StringComparer.Ordinal));
    private static readonly Lazy<FrozenSet<string>> FrequentNames = new(() => Stems.Value["name"].ToFrozenSet(StringComparer.Ordinal));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (context.Facts.Genre == ReportGenre.Unknown || context.Facts.UnitName is not { } own) return;
        string suffix = FactsInference.SuffixOf(own);
        string ownStem = ShortStem(own[..^suffix.Length]);
        if (suffix.Length == 0 || UnitNameReader.IsPlaceholder(ownStem)) return;
        var (ownPlace, level) = PlaceAndLevel(own[..^suffix.Length]);
        string? university = UniversityOfSchool(own, suffix);
        string? ownParent = ParentOf(own[..^suffix.Length]);

        string content = context.Text.Content;
        var tokens = context.Tokens;
        var quoted = QuotedSpans.Of(context.Text, context.Syntax);
        bool personal = context.Facts.Voice == ReportVoice.Personal;
        List<TextSpan>? reported = null; // the place of a name read whole (白沙县|人社局) is not reported again
        for (int p = content.IndexOf(suffix, StringComparison.Ordinal); p >= 0; p = content.IndexOf(suffix, p + 1, StringComparison.Ordinal))
        {
            var ownFunction = OwnFunctionUnderAnotherPlace(content, tokens, context.Tokenizer, own[..^suffix.Length], p, suffix.Length);
            if ((ownFunction ?? SchoolEndingAt(content, tokens, context.Tokenizer, university, p, suffix.Length)
                    ?? NameEndingAt(content, tokens, context.Tokenizer, ownPlace, level, p, suffix.Length))
                is not var (nameSpan, nameContextStart, markerBefore)) continue;
            if (ownParent is not null) nameSpan = TextSpan.FromBounds(AfterParentKind(content, nameSpan.Start, p), nameSpan.End);
            int contextStart = ownParent is not null && content.AsSpan(0, nameContextStart).EndsWith(ownParent, StringComparison.Ordinal)
                ? nameContextStart - ownParent.Length
                : nameContextStart;
            nameSpan = TextSpan.FromBounds(WholePlaceStart(content, tokens, context.Tokenizer, ownPlace.Length, nameSpan.Start, p), nameSpan.End);
            contextStart = Math.Min(contextStart, nameSpan.Start);
            string stem = ShortStem(content[nameSpan.Start..p]);
            if (SameUnit(ownStem, stem) && !UnderAnotherPlaceOfSameLevel(own[..^suffix.Length], WithPlaceBefore(content, nameSpan.Start, p)) || quoted.Contains(nameSpan)
                || markerBefore && !AtOwnWorkOrMembers(content, nameSpan.End, contextStart, personal) && !TogetherWithOwnMembers(content, tokens, nameSpan, contextStart)
                || SameSoundSlipOfOwnFunction(own[..^suffix.Length], ownStem, stem, suffix)) continue;
            bool placeSlip = PlaceOneCharacterOff(own[..^suffix.Length], content[nameSpan.Start..p]);
            bool nearCopy = placeSlip || DiffersInOneCharacter(ownStem, stem);
            if (!nearCopy && CommonWordBeforeOrgan(content, tokens, context.Tokenizer, nameSpan.Start, p, suffix.Length)) continue;
            // In a district's report a common word before 区 (老城区, 主城区) is a part of the own district, not another one, unless it is
            // a near copy or listed as a name; elsewhere common words name places too (青石镇, 水泉村).
            bool properName = suffix != "区" || nearCopy || FrequentNames.Value.Contains(stem) || !IsCommonWord(context.Tokenizer, stem);
            // 白沙村集体经济年收入只有18万元, 2024年槐荫镇农村居民人均可支配收入…: a place name that is no dictionary word opening a
            // sentence (after a time phrase at most) is the topic the sentence reports on, the author's own unit in its own report.
            // The own function under another place (南岭区人民法院 in a 东岚区人民法院 report) is of the own kind whatever its suffix.
            bool ownKind = ownFunction is not null
                || properName && NearOwnPlaceName.PlaceSuffixes.Contains(suffix) && stem.Length is >= 2 and <= 4 && HanText.IsHan(stem)
                    && IsNounOrUnknown(context.Tokenizer, stem) && !NotNames.Value.Contains(stem) && NoVerbInside(tokens, context.Tokenizer, nameSpan.Start, p);
            bool sentenceTopic = ownKind && IsSentenceTopic(content, nameSpan.Start);
            if (!InSelfPosition(content, tokens, nameSpan, contextStart, requireOrganization: !nearCopy, personal, ownVoiceFrames: properName, ownKind, sentenceTopic)) continue;
            string ownShort = ownStem + suffix;
            context.Report(Rule, nameSpan, Fix.Replace(nameSpan, ownShort, isSafe: false), own, content.Substring(nameSpan.Start, nameSpan.Length));
            reported ??= [];
            reported.Add(nameSpan);
        }
        var (nearStem, nearSuffix) = NearOwnPlaceName.PlaceSuffixes.Contains(suffix) ? (ownStem, suffix)
            : PlaceOf(own[..^suffix.Length]) is { Length: > 0 } ownPlaceName ? (ownPlaceName[..^1], ownPlaceName[^1..]) : ("", "");
        string title = context.Syntax.Title is { } titleParagraph ? content.Substring(titleParagraph.Span.Start, titleParagraph.Span.Length) : "";
        foreach (var near in NearOwnPlaceName.Find(content, tokens, nearStem, nearSuffix, title, VisitMarkers).Concat(OwnLeadershipFrame.Find(content, nearStem, nearSuffix, title)))
            if (!quoted.Contains(near) && reported?.Exists(span => span.Contains(near) || near.Contains(span)) != true)
            {
                context.Report(Rule, near, Fix.Replace(near, nearStem + nearSuffix, isSafe: false), own, content.Substring(near.Start, near.Length));
                (reported ??= []).Add(near);
            }
        foreach (var place in OtherPlaceWithOwnFunction(content, tokens, context.Tokenizer, own[..^suffix.Length]))
            if (!quoted.Contains(place) && reported?.Exists(span => span.Contains(place)) != true)
                context.Report(Rule, place, Fix.Replace(place, PlaceOf(own[..^suffix.Length]), isSafe: false), own, content.Substring(place.Start, place.Length));
    }

    /// <summary>The span of the unit name whose suffix starts at <paramref name="suffixStart"/> (see <see cref="UnitNameReader"/>), and
    /// where its context starts (before the place it is under: 临溪县|第四中学), and whether a marker fused with it stands before it;
    /// null when there is no proper name.</summary>
    private static (TextSpan Span, int ContextStart, bool MarkerBefore)? NameEndingAt(string content, TokenList tokens, ITokenizer tokenizer, string ownPlace, char level,
        int suffixStart, int suffixLength)
    {
        if (ownPlace.Length > 0 && UnitNameReader.AfterLevel(content, suffixStart, ownPlace, level) is { } underLevel)
            return (TextSpan.FromBounds(underLevel.Start, suffixStart + suffixLength), underLevel.Start - 1 - ownPlace.Length, false);
        if (UnitNameReader.Walk(content, tokens, tokenizer, NotNames.Value, FrequentNames.Value, MentionMarkers, suffixStart, suffixLength) is not var (start, markerBefore))
            return null;
        string stem = content[start..suffixStart];
        if (stem.Length is < 2 or > UnitNameReader.MaxStemLength || NotNames.Value.Contains(stem) || UnitNameReader.NeverNameInitials.Contains(stem[0])) return null;
        if (tokenizer.GetFrequency(stem) >= UnitNameReader.OrdinaryWordFrequency && !FrequentNames.Value.Contains(stem) && !UnitNameReader.IsNameDespiteFrequency(stem)) return null;
        return (TextSpan.FromBounds(start, suffixStart + suffixLength), start, markerBefore);
    }

    /// <summary>The university a school (学院) of the own name belongs to (华岳理工大学 of 华岳理工大学机械与车辆工程学院), whose other
    /// schools are read by <see cref="UnitNameReader.SchoolInsideParent"/>; null when the own unit is no school inside a university.</summary>
    private static string? UniversityOfSchool(string own, string suffix)
    {
        int at = suffix == "学院" ? own.LastIndexOf("大学", StringComparison.Ordinal) : -1;
        return at > 0 && at + 2 < own.Length - suffix.Length ? own[..(at + 2)] : null;
    }

    /// <summary>Another school of the own university (材料科学与工程学院), read back to the university's name or the first other word; its
    /// context starts before the university's name when that is written.</summary>
    private static (TextSpan Span, int ContextStart, bool MarkerBefore)? SchoolEndingAt(string content, TokenList tokens, ITokenizer tokenizer, string? university,
        int suffixStart, int suffixLength)
    {
        if (university is null || UnitNameReader.SchoolInsideParent(content, tokens, tokenizer, NotNames.Value, MentionMarkers, university, suffixStart) is not { } stem) return null;
        bool afterUniversity = content.AsSpan(0, stem.Start).EndsWith(university, StringComparison.Ordinal);
        return (TextSpan.FromBounds(stem.Start, suffixStart + suffixLength), afterUniversity ? stem.Start - university.Length : stem.Start, false);
    }

    /// <summary>白沙区城市管理局 in a 青岚区城市管理局 report, 临江市公交集团 in a 临川市公共交通集团 one: the own unit's function (an ordinary
    /// word, which <see cref="UnitNameReader"/> does not take for a name) or its abbreviation right before the suffix, under another
    /// place of the own place's level: two Han characters that start a token and hold no scope word (not 推进全市公交集团), and the marker;
    /// a lone name character before them is the place's first (川|梨山县水利局), and a word jieba invented from a mention marker and
    /// that character (赴川|梨山县水利局) makes the name a mention.</summary>
    private static (TextSpan Span, int ContextStart, bool MarkerBefore)? OwnFunctionUnderAnotherPlace(string content, TokenList tokens, ITokenizer tokenizer, string ownStem, int suffixStart, int suffixLength)
    {
        if (PlaceOf(ownStem) is not { Length: > 0 } ownPlace) return null;
        string function = ownStem[(ownStem.LastIndexOf(ownPlace, StringComparison.Ordinal) + ownPlace.Length)..];
        for (int length = function.Length; length >= 2; length--)
        {
            int start = suffixStart - length - 3;
            if (start < 0 || content[suffixStart - length - 1] != ownPlace[^1]) continue;
            string written = content[(suffixStart - length)..suffixStart];
            if (written != function && !IsAbbreviation(written, function)) continue;
            if (!HanText.IsHan(content[start]) || !HanText.IsHan(content[start + 1]) || content.AsSpan(start, 3).SequenceEqual(ownPlace.AsSpan(ownPlace.Length - 3))
                || UnitNameReader.NeverNameInitials.Contains(content[start]) || UnitNameReader.NeverNameInitials.Contains(content[start + 1])
                || tokens.IndexAt(start) is var index && (index >= tokens.Count || tokens[index].Start != start)) return null;
            if (tokens.Before(start) is { } third && third.End == start && third.IsHan)
            {
                if (third.Text.Length == 1 && !UnitNameReader.IsFunctionCharacter(third.Text[0])) start--;
                else if (third.Text.Length == 2 && tokenizer.GetFrequency(third.Text) == 0 && MentionMarkers.Contains(third.Text[..1])) return null;
            }
            return (TextSpan.FromBounds(start, suffixStart + suffixLength), start, false);
        }
        return null;
    }

    /// <summary>The place a name is under and its level (临溪县第二 → 临溪, 县): names of the same kind under the same place are read
    /// from that place on (<see cref="UnitNameReader.AfterLevel"/>); empty when the stem names no level before a part of its own.</summary>
    private static (string Place, char Level) PlaceAndLevel(string stem)
    {
        int cut = stem.Length > 2 ? stem.AsSpan(2).IndexOfAny("市县区旗") + 2 : -1;
        return cut >= 2 && cut < stem.Length - 1 ? (stem[..cut], stem[cut]) : ("", ' ');
    }

    /// <summary>精简|镇政府, 落实|县委: jieba read the level character with the organ word after it (镇政府、县委、镇党委), which names the
    /// own unit's organ short, and the one word before it is a common word of jieba's dictionary (a noun, adjective …), not a place
    /// or person name (柳河 ns, 白石 nr), an invented one, or a frequent word listed as a name (幸福); and the organ is no subject
    /// (精简镇政府|会议, a noun, 的 or a preposition follows; not 水泉市委|坚持, where a verb or adverb follows).</summary>
    private static bool CommonWordBeforeOrgan(string content, TokenList tokens, ITokenizer tokenizer, int nameStart, int suffixStart, int suffixLength)
    {
        int index = tokens.IndexAt(suffixStart);
        if (index < 1 || index >= tokens.Count || tokens[index].Start != suffixStart || tokens[index].Span.Length <= suffixLength
            || tokens[index - 1].Start != nameStart || tokens[index - 1].End != suffixStart) return false;
        var organization = OrganizationAfterName().Match(content, suffixStart + suffixLength);
        if (!organization.Success || organization.Index != suffixStart + suffixLength || tokens[index].End > organization.Index + organization.Length) return false;
        int organEnd = organization.Index + organization.Length;
        foreach (string members in (ReadOnlySpan<string>)["领导班子", "班子成员", "班子"])
            if (content.AsSpan(organEnd).StartsWith(members, StringComparison.Ordinal)) { organEnd += members.Length; break; }
        if (tokens.IndexAt(organEnd) is var next && (next >= tokens.Count || tokens[next].Start != organEnd
            || tokenizer.GetWordTag(tokens[next].Text) is not { } nextTag || !(nextTag[0] == 'n' || nextTag is "vn" or "p" or "uj"))) return false;
        string word = tokens[index - 1].Text;
        // A noun of two characters opening the clause, with a preposition after the organ, is the subject's place name (。石门|乡党委|对…),
        // not a word the organ completes (精简|镇政府|会议).
        if (word.Length == 2 && nextTag == "p" && tokenizer.GetWordTag(word) == "n" && (nameStart == 0 || ClauseOpeners.Contains(content[nameStart - 1]))) return false;
        return tokenizer.GetFrequency(word) > 0 && !FrequentNames.Value.Contains(word)
            && tokenizer.GetWordTag(word) is { } tag && tag is not ("ns" or "nr" or "nrt" or "nrfg" or "nz" or "nt");
    }

    /// <summary>A signature line (白龙乡人民政府乡长 李某某): the name opens the line, and after the title only the signer's name of two to
    /// four characters follows, after optional spaces, to the line's end.</summary>
    private static bool IsSignature(string content, int lineStart, int afterTitle)
    {
        if (lineStart > 0 && content[lineStart - 1] != '\n') return false;
        int end = content.IndexOf('\n', afterTitle) is var newline && newline >= 0 ? newline : content.Length;
        var signer = content.AsSpan(afterTitle, end - afterTitle).Trim();
        if (signer.Length is < 2 or > 4) return false;
        foreach (char c in signer)
            if (!HanText.IsHan(c)) return false;
        return true;
    }

    /// <summary>Characters after which a clause starts.</summary>
    private const string ClauseOpeners = "。；！？\n";

    /// <summary>青山 against 青石: stems of the same length that differ in exactly one character, a slip of the template or of the pen.</summary>
    private static bool DiffersInOneCharacter(string ownStem, string stem)
    {
        if (ownStem.Length != stem.Length) return false;
        int differences = 0;
        for (int i = 0; i < stem.Length; i++)
            if (stem[i] != ownStem[i]) differences++;
        return differences == 1;
    }

    /// <summary>True when the name speaks as the author: an organisation word, a word of the own scope or one of the unit's own
    /// subordinate units follows (柳河镇党委坚持…, 推动柳河镇各项事业, 柳河镇部分村, 完成柳河镇中心小学改造) unless <paramref name="requireOrganization"/> is false (a near copy of the own name, 青山镇在全县), and nothing before it in the clause nor right after it marks it as a
    /// mention (与相邻的柳河镇党委、柳河镇党委的经验). With <paramref name="ownVoiceFrames"/> (a proper name), the frames of
    /// <see cref="OwnVoiceFrame"/> make it the author's whatever follows; a warning case (以…为鉴) never is.</summary>
    private static bool InSelfPosition(string content, TokenList tokens, TextSpan name, int contextStart, bool requireOrganization, bool personal, bool ownVoiceFrames, bool sentenceTopicKind, bool sentenceTopic)
    {
        if (WarningCase(content, name, contextStart)) return false;
        if (ownVoiceFrames && TogetherWithOwnMembers(content, tokens, name, contextStart)) return true;
        if (ownVoiceFrames && OwnVoiceFrame(content, tokens, name, contextStart, personal)) return !MentionEarlierInClause(content, tokens, contextStart);
        var organization = OrganizationAfterName().Match(content, name.End);
        bool hasOrganization = organization.Success && organization.Index == name.End;
        var subUnit = hasOrganization ? Match.Empty : OwnSubUnitAfterName().Match(content, name.End);
        if (!hasOrganization && !subUnit.Success && requireOrganization && !sentenceTopic && !OwnScopeAfterName().Match(content, name.End).Success) return false;
        int after = name.End + (hasOrganization ? organization.Length : subUnit.Success ? subUnit.Length : 0);
        if (after < content.Length && content[after] is '的' or '、' or '与' or '和' or '同' or '跟' or '至' or '到') return false;
        // 由 before a near copy of the own name with an organ is the own organ acting (整改由白水县农商行党委统一组织实施).
        // So does a proper name of the own kind whose organ leads the work (由柳河镇党委牵头评选): no other unit of one's level leads one's work.
        bool byOwnOrgan = (!requireOrganization || sentenceTopicKind && LeadsAfterOrgan().Match(content, after) is { Success: true } leads && leads.Index == after)
            && hasOrganization && contextStart > 0 && content[contextStart - 1] == '由';
        // 在 before a name with all its own subdivisions (在桂园社区各楼院评选) places the author's work there, unless the clause visits or pairs.
        bool inOwnSubUnits = subUnit.Success && subUnit.Value[0] == '各' && contextStart > 0 && content[contextStart - 1] == '在'
            && !NearOwnPlaceName.OtherUnitClause(content, tokens, name, VisitMarkers);
        if (inOwnSubUnits) return !MentionEarlierInClause(content, tokens, contextStart - 1);
        if (!byOwnOrgan && tokens.Before(contextStart) is { } before && before.End == contextStart && MentionMarkers.Contains(before.Text)) return false;
        if (!byOwnOrgan && contextStart > 0 && "至到赴与同跟向在由从自给被把".Contains(content[contextStart - 1])) return false;
        if (MentionEarlierInClause(content, tokens, contextStart)) return false;
        if (PersonTitle().Match(content, after) is { Success: true } title && title.Index == after)
            return content.AsSpan(Math.Max(0, contextStart - 4), Math.Min(4, contextStart)) is var lead && (lead.EndsWith("作为") || lead.EndsWith("担任"))
                || IsSignature(content, contextStart, title.Index + title.Length);
        return true;
    }

    /// <summary>清源县职业技术 against 清河县职业技术, 临江市公交 against 临川市公共交通: the name ends with the own stem's part after its place
    /// (the own function) or its abbreviation, and its place differs from the own place in exactly one character, a slip of the template or the pen.</summary>
    private static bool PlaceOneCharacterOff(string ownStem, string stem)
    {
        if (PlaceOf(ownStem) is not { Length: > 0 } ownPlace || PlaceOf(stem) is not { Length: > 0 } place || place.Length > ownPlace.Length) return false;
        string function = ownStem[(ownStem.LastIndexOf(ownPlace, StringComparison.Ordinal) + ownPlace.Length)..];
        string written = stem[(stem.LastIndexOf(place, StringComparison.Ordinal) + place.Length)..];
        return (written == function || IsAbbreviation(written, function)) && DiffersInOneCharacter(ownPlace[^place.Length..], place);
    }

    /// <summary>Where the place of a name starts when the reading began inside it (乌兰|套勒旗林草局, read back at most
    /// <see cref="UnitNameReader.MaxStemLength"/> characters): the stem opens with two characters and a level marker, the own place
    /// is longer, and the token right before is a place name or a word jieba does not know, which is taken whole up to the own
    /// place's length.</summary>
    private static int WholePlaceStart(string content, TokenList tokens, ITokenizer tokenizer, int ownPlaceLength, int start, int suffixStart)
    {
        if (ownPlaceLength <= 2 || suffixStart - start < 4 || !LevelMarkers.Contains(content[start + 2])) return start;
        if (tokens.Before(start) is not { } before || before.End != start || !before.IsHan || before.Text.Length + 2 > ownPlaceLength) return start;
        return tokenizer.GetFrequency(before.Text) == 0 || tokenizer.GetWordTag(before.Text) is "ns" or "nr" or "nz" ? before.Start : start;
    }

    /// <summary>Frames only the author speaks in, whatever follows the name: a pledge to push it to a new stage (推动柳河镇保教质量再上新台阶:
    /// one of <see cref="PushVerbs"/> right before it, no 的 or conjunction right after it, and a new-stage phrase later in the clause), and 在 before it with the
    /// unit's own work or the supervision of its own members after it (在柳河镇的实际工作中, 在柳河村党员群众的监督下), where 在 marks
    /// no visit; in a personal report 在…的工作中 may name a former post and is left alone. 把 before it and 建设得、打造成 right after it is a pledge to build it.</summary>
    private static bool OwnVoiceFrame(string content, TokenList tokens, TextSpan name, int contextStart, bool personal)
    {
        if (tokens.Before(contextStart) is { } before && before.End == contextStart && PushVerbs.Contains(before.Text))
            return name.End < content.Length && !"的、与和同跟至到及".Contains(content[name.End]) && NewStageLaterInClause(content, name.End);
        if (contextStart > 0 && content[contextStart - 1] == '把' && BuildIntoAfterName().Match(content, name.End) is { Success: true } build && build.Index == name.End)
            return true;
        return AtOwnWorkOrMembers(content, name.End, contextStart, personal);
    }

    /// <summary>在 before the name (also when jieba fused it with the name's first character: 在洲|柳乡) and the own work or the
    /// supervision of the own members after it (see <see cref="OwnVoiceFrame"/>).</summary>
    private static bool AtOwnWorkOrMembers(string content, int nameEnd, int contextStart, bool personal)
    {
        if (contextStart == 0 || content[contextStart - 1] != '在' || OwnVoiceAfterAt().Match(content, nameEnd) is not { Success: true } frame || frame.Index != nameEnd) return false;
        return !personal || frame.Groups["supervision"].Success;
    }

    /// <summary>与 (同、和、跟) before the name, 全体 or 广大 (after an organ word) right after it and 一道 (一起、一同) later in its clause:
    /// the author pledging to work on together with all its own members (与滨江街道全体干部一道，为…贡献力量), unless the clause visits
    /// or pairs (与柳河镇全体党员一道参观学习).</summary>
    private static bool TogetherWithOwnMembers(string content, TokenList tokens, TextSpan name, int contextStart)
    {
        if (contextStart == 0 || content[contextStart - 1] is not ('与' or '同' or '和' or '跟')) return false;
        int after = name.End;
        if (OrganizationAfterName().Match(content, after) is { Success: true } organization && organization.Index == after) after += organization.Length;
        if (!content.AsSpan(after).StartsWith("全体", StringComparison.Ordinal) && !content.AsSpan(after).StartsWith("广大", StringComparison.Ordinal)) return false;
        var rest = content.AsSpan(after, NearOwnPlaceName.ClauseEndFrom(content, after) - after);
        return (rest.Contains("一道", StringComparison.Ordinal) || rest.Contains("一起", StringComparison.Ordinal) || rest.Contains("一同", StringComparison.Ordinal))
            && !NearOwnPlaceName.OtherUnitClause(content, tokens, name, VisitMarkers);
    }

    /// <summary>人民检查院 in a report of 临江市人民检察院: the own name with its part after the place (人民检察) written with one character
    /// of the same sound, a misspelling that RL2001 reports (one defect, one rule), not another unit. Not for a place's own name (洲白镇
    /// in a report of 埠槐县洲柏镇): another place of the same sound is a leftover as likely as a slip.</summary>
    private static bool SameSoundSlipOfOwnFunction(string ownFullStem, string ownStem, string stem, string suffix)
    {
        if (NearOwnPlaceName.PlaceSuffixes.Contains(suffix) || PlaceOf(ownFullStem).Length == 0 || !DiffersInOneCharacter(ownStem, stem)) return false;
        for (int i = 0; i < stem.Length; i++)
            if (stem[i] != ownStem[i]) return Wording.CharacterReadings.ShareSyllable(ownStem[i], stem[i]);
        return false;
    }

    /// <summary>以 or 用 before the name and 为鉴, 为戒 later in the clause: another unit's case taken as a warning (以柳河镇违纪案件为鉴).</summary>
    private static bool WarningCase(string content, TextSpan name, int contextStart)
    {
        if (contextStart == 0 || content[contextStart - 1] is not ('以' or '用')) return false;
        return WarningEnd().IsMatch(content.AsSpan(name.End, NearOwnPlaceName.ClauseEndFrom(content, name.End) - name.End));
    }

    /// <summary>Verbs of a pledge that pushes the author's own work forward (推动柳河镇各项工作再上新台阶).</summary>
    private static readonly FrozenSet<string> PushVerbs = FrozenSet.ToFrozenSet(["推动", "助推", "推进", "促进"], StringComparer.Ordinal);

    /// <summary>True when a new-stage phrase (迈上新台阶、再上新水平、开创新局面 …) follows <paramref name="position"/> before the clause ends.</summary>
    private static bool NewStageLaterInClause(string content, int position)
    {
        return NewStage().IsMatch(content.AsSpan(position, NearOwnPlaceName.ClauseEndFrom(content, position) - position));
    }

    /// <summary>Another place of the own place's level followed by the own function (推动松源县人社工作迈上新台阶 in a report of
    /// 桂川县人力资源和社会保障局), written without the unit suffix, in the pledge frame of <see cref="OwnVoiceFrame"/>: the place is
    /// reported. The function may be abbreviated (人社 for 人力资源和社会保障); a place that is the own or a part of it is not another,
    /// nor a common word before the level character (老城区、主城区: a part of the own district).</summary>
    private static IEnumerable<TextSpan> OtherPlaceWithOwnFunction(string content, TokenList tokens, ITokenizer tokenizer, string ownStem)
    {
        if (PlaceOf(ownStem) is not { Length: > 0 } ownPlace) yield break;
        string function = ownStem[(ownStem.LastIndexOf(ownPlace, StringComparison.Ordinal) + ownPlace.Length)..];
        if (function.Length < 2) yield break;
        foreach (var verb in tokens)
        {
            if (!PushVerbs.Contains(verb.Text)) continue;
            int level = -1;
            for (int at = verb.End + 2; at <= verb.End + ownPlace.Length && at < content.Length; at++)
                if (content[at] == ownPlace[^1]) { level = at; break; }
            if (level < 0 || !HanText.IsHan(content.AsSpan(verb.End, level - verb.End)) || UnitNameReader.NeverNameInitials.Contains(content[verb.End])) continue;
            string place = content[verb.End..(level + 1)];
            if (ownPlace.EndsWith(place, StringComparison.Ordinal) || place.EndsWith(ownPlace, StringComparison.Ordinal) || IsCommonWord(tokenizer, place[..^1])) continue;
            bool ownFunction = false;
            for (int length = Math.Min(function.Length, content.Length - level - 1); length >= 2 && !ownFunction; length--)
                ownFunction = content.AsSpan(level + 1, length) is var written && (written.SequenceEqual(function) || IsAbbreviation(written.ToString(), function));
            if (ownFunction && NewStageLaterInClause(content, level + 1) && !MentionEarlierInClause(content, tokens, verb.Start))
                yield return TextSpan.FromBounds(verb.End, level + 1);
        }
    }

    /// <summary>True for a word of jieba's dictionary that is no place or person name by its class (老城 n, 高新 d; not 城东 ns, 白沙 nr).</summary>
    /// <summary>No word of two or more characters inside the stem is a verb or adjective by jieba's tag (聚力|壮大 of 聚力壮大镇村集体经济).</summary>
    private static bool NoVerbInside(TokenList tokens, ITokenizer tokenizer, int start, int end)
    {
        for (int i = tokens.IndexAt(start); i < tokens.Count && tokens[i].Start < end; i++)
            if (tokens[i].Text.Length >= 2 && tokenizer.GetWordTag(tokens[i].Text) is { Length: > 0 } tag && tag[0] is 'v' or 'a' or 'd') return false;
        return true;
    }

    /// <summary>A stem that can be a place's proper name: no dictionary word, or one jieba tags as a noun or a name (兰亭, 梧桐, 白沙; not
    /// the verbs and adjectives of 选派镇, 平安乡, nor the time words and idioms of 近几年村, 逢年过节村).</summary>
    private static bool IsNounOrUnknown(ITokenizer tokenizer, string stem) =>
        tokenizer.GetWordTag(stem) is not { } tag || tag is "n" or "ns" or "nr" or "nrt" or "nrfg" or "nz" or "nt" or "ng";

    private static bool IsCommonWord(ITokenizer tokenizer, string word) =>
        tokenizer.GetFrequency(word) > 0 && tokenizer.GetWordTag(word) is not ("ns" or "nr" or "nrt" or "nrfg" or "nz" or "nt");

    private static bool MentionEarlierInClause(string content, TokenList tokens, int position)
    {
        for (int index = tokens.IndexAt(position) - 1; index >= 0; index--)
        {
            var token = tokens[index];
            if (token.Kind == TokenKind.Punctuation || content.AsSpan(token.Start, token.Span.Length).ContainsAny('\n', '\r')) return false;
            if (ClauseMentionMarkers.Contains(token.Text)) return true;
        }
        return false;
    }

    private static bool SameUnit(string ownStem, string stem) =>
        ownStem.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(ownStem, StringComparison.Ordinal)
        || ownStem.EndsWith(stem, StringComparison.Ordinal) || stem.EndsWith(ownStem, StringComparison.Ordinal)
        || IsAbbreviation(stem, ownStem);

    /// <summary>住建 for 住房和城乡建设, 发改 for 发展和改革: the stem's characters stand in the own stem in the same order, and the own
    /// stem is at least two characters longer (青山 is no abbreviation of 青石山, but another name one character off); both start
    /// alike unless the own stem is a long function name (监管 for 市场监督管理).</summary>
    private static bool IsAbbreviation(string stem, string ownStem)
    {
        if (stem.Length < 2 || ownStem.Length < stem.Length + 2 || stem[0] != ownStem[0] && ownStem.Length < 5) return false;
        int at = 0;
        foreach (char c in stem)
        {
            at = ownStem.IndexOf(c, at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /// <summary>白沙区城市管理 against 青岚区城市管理, 青山区人民 against 北塘区人民: the same kind of unit (a department, a hospital) under another
    /// place of the same level is another unit, though the parts after the places agree; a unit under a place of another level
    /// (江州市城市管理局 in a 区 bureau's report) is a superior and left alone.</summary>
    private static bool UnderAnotherPlaceOfSameLevel(string ownStem, string stem) =>
        PlaceOf(ownStem) is { Length: > 0 } ownPlace && PlaceOf(stem) is { Length: > 0 } place && ownPlace[^1] == place[^1]
        && !ownPlace.EndsWith(place, StringComparison.Ordinal) && !place.EndsWith(ownPlace, StringComparison.Ordinal);

    /// <summary>The stem of the name from <paramref name="start"/> to <paramref name="suffixStart"/>, with the place before it when the
    /// name was read from after a level marker (白沙区|城市管理局 → 白沙区城市管理): the two Han characters before the marker.</summary>
    private static string WithPlaceBefore(string content, int start, int suffixStart)
    {
        bool afterLevel = start >= 3 && "市县区旗".Contains(content[start - 1]) && HanText.IsHan(content[start - 2]) && HanText.IsHan(content[start - 3]);
        return content[(afterLevel ? start - 3 : start)..suffixStart];
    }

    /// <summary>The innermost place a stem names, from the level marker before it (or the start) to its own marker, with two or more
    /// characters on each side of that marker (青岚区 of 江州市青岚区城市管理, 江州市 of 江州市市场监督管理); empty when there is none (市城市管理).</summary>
    private static string PlaceOf(string stem)
    {
        string place = "";
        for (int i = 0, segmentStart = 0; i < stem.Length; i++)
        {
            if (!LevelMarkers.Contains(stem[i])) continue;
            if (i - segmentStart >= 2 && stem.Length - i - 1 >= 2) place = stem[segmentStart..(i + 1)];
            segmentStart = i + 1;
        }
        return place;
    }

    /// <summary>The parent institution written before the own unit's proper name (华岳理工大学, 中国农业银行, 江州市生态环境局 of 江州市生态环境局|江岸):
    /// a mention marker before it marks the name after it as a mention (曾在中国农业银行城东支行任职); null when the own name has none.</summary>
    private static string? ParentOf(string ownStem)
    {
        string parent = ownStem[..^ShortStem(ownStem).Length];
        return parent.EndsWith("大学", StringComparison.Ordinal) || parent.EndsWith("银行", StringComparison.Ordinal) || parent.EndsWith('局') ? parent : null;
    }

    /// <summary>Where the proper name starts in a stem read under a parent institution (江州市|生态环境局|江北 → 江北): after the last
    /// 大学, 银行 or 局 in it when two or more characters follow, else at <paramref name="start"/>.</summary>
    private static int AfterParentKind(string content, int start, int suffixStart)
    {
        var stem = content.AsSpan(start, suffixStart - start);
        int end = Math.Max(Math.Max(stem.LastIndexOf("大学") + 2, stem.LastIndexOf("银行") + 2), stem.LastIndexOf('局') + 1);
        return end > 1 && stem.Length - end >= 2 ? start + end : start;
    }

    /// <summary>The proper part of a stem: 青石 from XX县青石, 机械与车辆工程 from 华岳理工大学机械与车辆工程, 江州城南 from 中国农业银行江州城南,
    /// 江岸 from 江州市生态环境局江岸 (the name after its superior unit or parent institution), else the whole stem.</summary>
    private static string ShortStem(string stem)
    {
        int parent = Math.Max(Math.Max(stem.LastIndexOf("大学", StringComparison.Ordinal), stem.LastIndexOf("银行", StringComparison.Ordinal)), stem.LastIndexOf('局') - 1);
        int cut = Math.Max(stem.AsSpan().LastIndexOfAny(LevelMarkers), parent >= 0 ? parent + 1 : -1);
        return cut >= 0 && stem.Length - cut - 1 >= 2 ? stem[(cut + 1)..] : stem;
    }


    [GeneratedRegex(@"\G(?:机关)?(?:第[一二三四五六七八九十0-9]{1,3})?(?:党委|党?支部|党?总支部?|党工委|党组(?!织)|两委(?:班子)?|领导班子|班子|委员会|委常委(?:会|班子)?|委(?![员托])|人民政府|政府)")]
    private static partial Regex OrganizationAfterName();

    /// <summary>建设得、建设成、打造成 right after a name that 把 opens: the author's pledge to build the own place (把桃园村建设得更加美丽富裕).</summary>
    /// <summary>True when only a sentence start (a line start or 。！？；), an item marker (二是, （三）, 2.) and a time phrase (2024年, 今年,
    /// 近三年), each at most, stand before <paramref name="start"/>.</summary>
    private static bool IsSentenceTopic(string content, int start) =>
        SentenceStartBefore().IsMatch(content.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)));

    [GeneratedRegex(@"(?:^|[。！？；\n])[ \t\u3000]*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.、．])?(?:(?:(?:(?:19|20)\d{2}|今|去|近[一二两三四五]|近几|近)年(?:以来|来|度)?|全年|一年来|目前|当前)[，,]?)?$")]
    private static partial Regex SentenceStartBefore();

    /// <summary>Verbs after an organ that say it leads the work (由柳河镇党委牵头评选, 由…统一组织实施).</summary>
    [GeneratedRegex(@"\G(?:牵头|负责|统一|统筹|组织|主导)")]
    private static partial Regex LeadsAfterOrgan();

    [GeneratedRegex(@"\G(?:建设|打造|建)(?:成为|成|得|为)")]
    private static partial Regex BuildIntoAfterName();

    /// <summary>Words after a name that make it the author's own scope (推动柳河镇各项事业、团结带领柳河镇广大党员干部、柳河镇机关作风), as an organisation word does.</summary>
    [GeneratedRegex(@"\G(?:机关(?!党)|各项事业|广大|全体|经济社会|干部群众|党员干部|人民群众|各族群众|高质量发展|发展大局|党员群众)")]
    private static partial Regex OwnScopeAfterName();

    /// <summary>The unit's own subordinate units and parts after its name (柳河镇部分村、柳河镇中心小学、柳河镇卫生院、柳河苏木所辖嘎查): in a report of
    /// another unit of the same kind they are the author's, as an organisation word is; a 的 or 、 after them still makes a mention.</summary>
    [GeneratedRegex(@"\G(?:部分(?:村|社区|乡镇|行政村)|各(?:村|社区|行政村|乡镇)|村级|镇级|乡级|辖区|辖内|(?:镇村|乡村|村组|村居|镇街)两级|所辖|下辖|中心(?:小学|学校|校|幼儿园|卫生院)|卫生院|便民服务中心|敬老院|综合文化站|各(?:楼院|楼栋|小区|网格|居民小组|村民小组|自然村))")]
    private static partial Regex OwnSubUnitAfterName();

    /// <summary>What follows a name after 在 when the author speaks of its own work or members (在柳河镇的实际工作中, 在柳河村党员群众的监督下).</summary>
    [GeneratedRegex(@"\G(?:的(?:实际|具体|日常)?工作中|(?<supervision>(?:广大|全体)?(?:党员群众|干部群众|党员干部|人民群众)的监督))")]
    private static partial Regex OwnVoiceAfterAt();

    /// <summary>The end of a warning-case frame (以…为鉴、为戒、为镜鉴、为反面教材).</summary>
    [GeneratedRegex("为(?:鉴|戒|镜鉴?|反面教材|反面典型)")]
    private static partial Regex WarningEnd();

    /// <summary>A new stage the author pledges to reach (迈上新台阶、再上新水平、开创新局面、取得新成效).</summary>
    [GeneratedRegex("(?:迈上|再上|跃上|登上|上)(?:新台阶|新水平)|开创新局面|谱写新篇章|取得新成效|实现新突破|实现新跨越")]
    private static partial Regex NewStage();

    [GeneratedRegex(@"\G(?:书记|副书记|委员|镇长|乡长|村长|主任|校长|院长|局长|成员)")]
    private static partial Regex PersonTitle();
}
