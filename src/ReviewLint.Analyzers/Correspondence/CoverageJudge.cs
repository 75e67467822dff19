using System.Collections.Frozen;
using System.Numerics;
using ReviewLint.Analyzers.Lexicon;
using ReviewLint.Text;
using ReviewLint.Tokenization;

namespace ReviewLint.Analyzers.Correspondence;

/// <summary>What the judge concluded about one problem area.</summary>
/// <param name="IsUnanswered">True when no measure takes up the area's subject.</param>
/// <param name="ClosestMeasure">The measure sharing most with the area, or null when none shares anything.</param>
/// <param name="Shared">Words of the area's lead the closest measure does share (at most three), for the message.</param>
/// <param name="Missing">Words of the area's lead the closest measure leaves out (at most three), for the message.</param>
public sealed record AreaVerdict(bool IsUnanswered, MeasureUnit? ClosestMeasure, IReadOnlyList<string> Shared, IReadOnlyList<string> Missing);

/// <summary>Decides whether a measure answers a problem area by comparing the area's LEAD (its heading, or an item's lead clause: its
/// own words) with each measure, and using the rest of the item (its examples) as weaker evidence. Shared words count by how specific
/// they are: rare in jieba's dictionary (like IDF), long, and found in few parts of this report; a subject from the topic table counts
/// as one specific word, so different wordings of it match. A measure answers when it takes up most of the lead's weight, or part of
/// it together with enough of the examples: a broad word shared with a measure on a neighbouring topic (安全 in 安全生产 and
/// 饮水安全) is too small a part of the lead to answer on its own.
/// Everything about the measures is worked out once per document (per keyword, the measures containing it as bit masks).</summary>
public sealed class CoverageJudge
{
    /// <summary>Share of the lead's weight a measure must take up to answer by the lead alone.</summary>
    private const double AnsweringLeadShare = 0.5;

    /// <summary>Share of the lead's weight that lets the examples decide.</summary>
    private const double SupportingLeadShare = 0.15;

    /// <summary>Weight of example words a measure must share, with part of the lead, to answer (one specific word in its lead, or two
    /// further on).</summary>
    private const double SupportingEvidence = 5.5;

    /// <summary>Weight of example words a measure must share to answer with none of the lead (about three specific words).</summary>
    private const double StrongEvidence = 13;

    /// <summary>Share of the lead's weight the measure in the same position of a parallel list needs to answer.</summary>
    private const double PairedLeadShare = 0.4;

    /// <summary>Weight of example words the measure in the same position of a parallel list must share to answer.</summary>
    private const double PairedEvidence = 3.5;

    /// <summary>A subsection body at least this long (several cases) shares a word or two with a neighbouring measure by chance: then
    /// the same-position measure that takes up nothing of the heading needs <see cref="SupportingEvidence"/>, not <see cref="PairedEvidence"/>.</summary>
    private const int LongBody = 40;

    /// <summary>Words lighter than this (安全, 服务, 城市, 项目) are broad: they never make an answer by themselves.</summary>
    private const double BroadWeight = 4.5;

    /// <summary>The most a measure sharing only broad words of a lead (安全、管理 of 医疗安全管理) takes up of it, unless it has them all:
    /// not an answer by itself, nor a match for the measure in the same position of a parallel list.</summary>
    private const double BroadOnlyShare = 0.3;

    /// <summary>A lead word found only in a measure's body, not in its own lead, counts for this much.</summary>
    private const double BodyMatch = 0.7;

    /// <summary>A topic mention made only of generic words weighs as much as a fairly specific word.</summary>
    private const double TopicWeight = 5;

    /// <summary>What a word counts for when the measure does not have it but names the topic it stands for: topics are broad
    /// (养老 and 救助 are both 民生), so this is not a full match.</summary>
    private const double TopicCredit = 0.7;

    /// <summary>What naming a field topic counts for, against naming a subject: a measure on another thing in the same field of work
    /// (就医便利 for 医疗质量, 网格 for 物业) does not take up the area's subject.</summary>
    private const double FieldShare = 0.35;

    /// <summary>Added to <see cref="TopicCredit"/> when the measure also has one end of the word (廉洁自律 and 廉洁纪律).</summary>
    private const double SharedEndCredit = 0.3;

    /// <summary>What a long word counts for when the measure has both of its ends but not the word.</summary>
    private const double CompoundCredit = 0.7;

    private const int MinCompoundLength = 4;

    /// <summary>The most characters between the two ends of a long word (or as many as the word itself has between them) for a measure to
    /// hold it in other words (基层组织 and 基层党的组织 for 基层党组织); ends further apart belong to another subject (校园意识形态安全 is
    /// not 校园安全).</summary>
    private const int MaxCompoundGap = 2;

    /// <summary>Words that start the judging part of a lead clause: the subject is what comes before them. 韧劲、劲头、力度 are the quality
    /// judged, not the subject (抓落实的韧劲不足 is about 抓落实, answered by 清单化管理、跟踪问效).</summary>
    private static readonly FrozenSet<string> JudgementWords = new[]
    {
        "存在", "有待", "偏", "较", "还", "仍", "尚", "时有", "依然", "仍然", "有时", "过于", "过多", "过少", "欠", "缺乏", "缺少", "没有", "未能",
        "短缺", "薄弱", "突出", "滞后", "缓慢", "欠缺", "乏力", "宽松", "松散", "弱化", "淡化", "虚化", "缺位", "粗放",
        "松劲", "松懈", "短板", "弱项", "差距", "漏洞", "韧劲", "劲头", "力度",
    }.ToFrozenSet(StringComparer.Ordinal);


    /// <summary>IDF of the commonest content words (工作, 发展 ≈ 7): subtracted so that broad words weigh little.</summary>
    private const double IdfFloor = 6;

    /// <summary>Cap for the IDF of dictionary words.</summary>
    private const double MaxIdf = 7;

    /// <summary>Weight of a word jieba does not know: mostly a split of its own (抓得, 学得) or a typo, not a telling term.</summary>
    private const double UnknownWordWeight = 3;

    private const double MinWeight = 0.5;
    private const int MinPartsForCommonWords = 5;
    private const int MinPartsForCommonTopics = 3;
    private const int MaxShownWords = 3;
    private const int MaxMeasures = 64;
    private const int ExpectedKeywords = 256;
    private const int MaxRetainedKeywords = 4096;

    private static readonly Lazy<FrozenSet<string>> GenericWords = new(() =>
        RuleData.ReadTable("correspondence/generic-words.tsv").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> ProcessWords = new(() =>
        RuleData.ReadTable("correspondence/process-words.tsv").Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal));

    private readonly SourceText _text;
    private readonly TokenList _tokens;
    private readonly ITokenizer _tokenizer;
    private readonly TopicLexicon _lexicon;
    private readonly List<TopicMention> _mentions;

    /// <summary>The wordings of topics forgotten as common (医疗质量 in a hospital's report), sorted by start: a broad word read inside
    /// one (医疗) stands for the whole wording, so a measure must speak of 医疗质量, not of anything 医疗.</summary>
    private readonly List<TopicMention> _commonWordings = [];
    private readonly MeasureUnit[] _measures;
    private readonly ulong[] _measureTopics;
    private readonly ulong[] _measureLeadTopics;
    /// <summary>The per-document tables, reused by each thread (cleared for every report) so that their buckets and entries are not
    /// reallocated for every report: a judge lives only while its report is analysed, on one thread.</summary>
    private sealed class Tables
    {
        /// <summary>Per content word, the number of parts it is found in and the last of them.</summary>
        public readonly Dictionary<string, (int Parts, int LastPart)> PartsWithWord = new(ExpectedKeywords, StringComparer.Ordinal);

        /// <summary>Per word, the measures (and measure leads) that contain it.</summary>
        public readonly Dictionary<string, (ulong Any, ulong Lead)> MeasuresWithWord = new(ExpectedKeywords, StringComparer.Ordinal);

        public readonly Dictionary<string, double> Weights = new(ExpectedKeywords, StringComparer.Ordinal);
        public readonly Dictionary<string, Ends> Ends = new(StringComparer.Ordinal);
        public readonly HashSet<string> Seen = new(StringComparer.Ordinal);

        /// <summary>Empties the tables for the next report; after an unusually long one they shrink back, so a thread does not keep
        /// room for its largest report for ever.</summary>
        public Tables Cleared()
        {
            bool shrink = PartsWithWord.Count > MaxRetainedKeywords || MeasuresWithWord.Count > MaxRetainedKeywords || Weights.Count > MaxRetainedKeywords;
            PartsWithWord.Clear();
            MeasuresWithWord.Clear();
            Weights.Clear();
            Ends.Clear();
            Seen.Clear();
            if (shrink)
            {
                PartsWithWord.TrimExcess(ExpectedKeywords);
                MeasuresWithWord.TrimExcess(ExpectedKeywords);
                Weights.TrimExcess(ExpectedKeywords);
                Ends.TrimExcess();
                Seen.TrimExcess();
            }
            return this;
        }
    }

    [ThreadStatic]
    private static Tables? t_tables;

    private readonly Dictionary<string, (int Parts, int LastPart)> _partsWithWord;
    private readonly int _partCount;
    private readonly Dictionary<string, (ulong Any, ulong Lead)> _measuresWithWord;
    private readonly Dictionary<string, double> _weights;
    private readonly Dictionary<string, Ends> _ends;
    private readonly HashSet<string> _seen;

    /// <summary>Whether each token of the problems and measures (from token <see cref="_keywordFrom"/> on) is a keyword, worked out once.</summary>
    private readonly bool[] _isKeyword;
    private readonly int _keywordFrom;

    /// <summary>A topic (<paramref name="Topic"/> ≥ 0) or a keyword of a passage, with its weight and, for a keyword, its token index.
    /// <paramref name="Others"/> are the other topics the same wording belongs to (正风肃纪 is 作风 and 纪律): a measure naming any of them takes it up.</summary>
    private readonly record struct Unit(string Text, int Topic, double Weight, int Token, ulong Others = 0);

    /// <summary>The measures holding the first and the last two characters of a word, those holding them joined (the first followed by
    /// the last within <see cref="MaxCompoundGap"/> characters), and whether each end is a telling word.</summary>
    private readonly record struct Ends((ulong Any, ulong Lead) First, (ulong Any, ulong Lead) Last, (ulong Any, ulong Lead) Joined, bool FirstIsTelling, bool LastIsTelling);

    /// <summary>How one measure stands to one passage: the share of the lead it takes up and the weight of the examples it shares;
    /// <paramref name="TakesUpSubject"/> is true when it takes up a lead word that is not broad, or a subject from the topic table
    /// (a field of work named in other words does not count).</summary>
    private readonly record struct Match(double LeadShare, double Evidence, bool TakesUpSubject)
    {
        public double Score => LeadShare + Evidence / StrongEvidence;

        public bool Answers(bool hasLead) =>
            hasLead
                ? LeadShare >= AnsweringLeadShare || LeadShare >= SupportingLeadShare && Evidence >= SupportingEvidence || Evidence >= StrongEvidence
                : LeadShare >= AnsweringLeadShare || Evidence >= SupportingEvidence;
    }

    public CoverageJudge(SourceText text, TokenList tokens, ITokenizer tokenizer, TopicLexicon lexicon, IReadOnlyList<ProblemArea> areas, IReadOnlyList<MeasureUnit> measures)
    {
        _text = text;
        _tokens = tokens;
        _tokenizer = tokenizer;
        _lexicon = lexicon;
        _measures = [.. measures.Take(MaxMeasures)];
        var parts = new List<TextSpan>(areas.Count + _measures.Length);
        foreach (var area in areas) parts.Add(TextSpan.FromBounds(area.AnchorSpan.Start, area.BodySpan.End));
        var problems = Cover(parts);
        foreach (var measure in _measures) parts.Add(measure.Span);
        var solutions = Cover(parts[areas.Count..]);
        _partCount = parts.Count;
        var tables = (t_tables ??= new Tables()).Cleared();
        (_partsWithWord, _measuresWithWord, _weights, _ends, _seen) = (tables.PartsWithWord, tables.MeasuresWithWord, tables.Weights, tables.Ends, tables.Seen);
        _mentions = FindMentions(lexicon, problems, solutions);
        DropCommonTopics(parts);
        _measureTopics = new ulong[_measures.Length];
        _measureLeadTopics = new ulong[_measures.Length];
        for (int i = 0; i < _measures.Length; i++)
        {
            _measureTopics[i] = TopicMaskIn(_measures[i].Span);
            int title = text.Content.AsSpan(_measures[i].Span.Start, _measures[i].Span.Length).IndexOf(_measures[i].Title, StringComparison.Ordinal);
            if (title >= 0) _measureLeadTopics[i] = TopicMaskIn(new TextSpan(_measures[i].Span.Start + title, _measures[i].Title.Length));
        }
        var all = Cover(parts);
        _keywordFrom = tokens.IndexAt(all.Start);
        _isKeyword = new bool[Math.Max(0, tokens.IndexAt(all.End) - _keywordFrom)];
        for (int i = 0; i < _isKeyword.Length; i++) _isKeyword[i] = IsContentWord(tokens[_keywordFrom + i]);
        CountParts(parts);
        for (int i = 0; i < _isKeyword.Length; i++)
            if (_isKeyword[i] && IsCommon(tokens[_keywordFrom + i].Text)) _isKeyword[i] = false;
    }

    /// <summary>Judges one area; <paramref name="title"/> is the part of its heading that sets it apart from its siblings. The heading
    /// (or the item's lead clause) is the lead and the rest the examples; a subsection whose heading names nothing (<c>（二）其他方面</c>)
    /// is answered when at least half of its items are, and so is one whose heading names a quality no measure takes up in its words
    /// (<c>（四）在担当作为方面</c>, answered by the measures on the items' cases).</summary>
    public AreaVerdict Judge(ProblemArea area, TextSpan title)
    {
        if (MeasureQuotingTheSameTerm(title) is var quoting and >= 0) return Answered(quoting);
        var heading = ReadLead(title);
        var verdict = heading.Count > 0 || area.Items.IsEmpty ? Verdict(heading, Read(area.BodySpan, heading)) : null;
        if (verdict is not null && (!verdict.IsUnanswered || area.Items.IsEmpty || TakesUpAny(heading))) return verdict;
        int judged = 0, answered = 0, best = -1;
        foreach (var item in area.Items)
        {
            var lead = ReadLead(item.LeadSpan);
            var itemMatches = Matches(lead, Read(item.BodySpan, lead));
            if (lead.Count == 0 && itemMatches.All(m => m.Evidence == 0)) continue;
            judged++;
            int itemBest = Best(itemMatches);
            if (Answering(itemMatches, NamesSubject(lead)) >= 0) answered++;
            if (best < 0) best = itemBest;
        }
        if (judged == 0 || answered * 2 >= judged) return Answered(best);
        return verdict ?? Unanswered(Read(area.BodySpan, null), best);
    }

    /// <summary>The longest quoted term (“双减”, “一岗双责”) that counts as a whole topic: longer quotations are sayings, not names.</summary>
    private const int MaxQuotedTerm = 8;

    /// <summary>在落实“双减”政策方面 and 深化“双减”工作: a policy or campaign named in quotation marks in the heading is the whole subject, so
    /// the first measure whose own heading or lead quotes the same term answers it, whatever the words around the quotation. Returns -1
    /// when the heading quotes no such term or no measure's lead quotes it.</summary>
    private int MeasureQuotingTheSameTerm(TextSpan title)
    {
        var heading = _text.Content.AsSpan(title.Start, title.Length);
        for (int open = heading.IndexOf('“'); open >= 0; open = heading[(open + 1)..].IndexOf('“') is var next and >= 0 ? open + 1 + next : -1)
        {
            int length = heading[(open + 1)..].IndexOf('”');
            if (length < 2 || length > MaxQuotedTerm || !HanText.IsHan(heading.Slice(open + 1, length))) continue;
            string quoted = string.Concat("“", heading.Slice(open + 1, length), "”");
            for (int i = 0; i < _measures.Length; i++)
                if (_measures[i].Title.Contains(quoted, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>True when some measure takes up some of the lead.</summary>
    private bool TakesUpAny(List<Unit> lead) => Array.Exists(Matches(lead, []), m => m.LeadShare > 0);

    /// <summary>True when the measure takes up some of the area's lead or shares enough of its examples: what the measure in the same
    /// position of a parallel list needs to answer.</summary>
    public bool Supports(ProblemArea area, TextSpan title, MeasureUnit measure)
    {
        int index = Array.IndexOf(_measures, measure);
        if (index < 0) return false;
        var heading = ReadLead(title);
        var match = Matches(heading, Read(area.BodySpan, heading))[index];
        return match.LeadShare >= PairedLeadShare || match.Evidence >= (match.TakesUpSubject || area.Items.IsEmpty || area.BodySpan.Length < LongBody ? PairedEvidence : SupportingEvidence) || SharesTellingWord(heading, index);
    }

    /// <summary>True when the measure has a lead word that is not broad (<see cref="BroadWeight"/>) and does not name a process
    /// (治理, 化解: what is done, not to what), itself or in a long word of its own.</summary>
    private bool SharesTellingWord(List<Unit> lead, int index)
    {
        foreach (var unit in lead)
            if (unit.Token >= 0 && unit.Weight >= BroadWeight && !ProcessWords.Value.Contains(unit.Text) && WordOrCompoundMatch(unit.Text, index) > 0) return true;
        return false;
    }

    /// <summary>Answered when the best measure answers; a lead made only of broad words (工作创新) names no subject, so then the
    /// examples decide as if there were no lead.</summary>
    private AreaVerdict Verdict(List<Unit> lead, List<Unit> body)
    {
        var matches = Matches(lead, body);
        int best = Best(matches);
        if (lead.Count == 0 && body.Count == 0) return Answered(best);
        int answering = Answering(matches, NamesSubject(lead));
        return answering >= 0 ? Answered(answering) : Unanswered(lead.Count > 0 ? lead : body, best);
    }

    /// <summary>True when measure <paramref name="index"/>, which takes up <paramref name="unit"/>, takes up what it names: a subject
    /// from the topic table, a field of work in the unit's own words, or a word that is neither broad nor a process (治理, 化解).</summary>
    private bool NamesSubject(Unit unit, int index) =>
        unit.Topic >= 0
            ? !IsFieldOnly(unit, index) || WordOrCompoundMatch(unit.Text, index) > 0
            : unit.Weight >= BroadWeight && !ProcessWords.Value.Contains(unit.Text);

    /// <summary>True when the lead holds a topic mention or weighs at least as much as one word that is not broad.</summary>
    private static bool NamesSubject(List<Unit> lead) => lead.Exists(u => u.Topic >= 0) || lead.Sum(u => u.Weight) >= BroadWeight;

    private AreaVerdict Answered(int best) => new(false, best >= 0 ? _measures[best] : null, [], []);

    /// <summary>The verdict for an unanswered area: the closest measure, and which words of the lead it shares and leaves out (heaviest first).</summary>
    private AreaVerdict Unanswered(List<Unit> lead, int best)
    {
        var shared = new List<Unit>();
        var missing = new List<Unit>();
        foreach (var unit in lead)
            (best >= 0 && MatchOf(unit, best) > 0 ? shared : missing).Add(unit);
        return new(true, best >= 0 ? _measures[best] : null, Heaviest(shared), Heaviest(missing));
    }

    private static List<string> Heaviest(List<Unit> units) =>
        [.. units.OrderByDescending(u => u.Weight).Select(u => u.Text).Distinct().Take(MaxShownWords)];

    /// <summary>For each measure: the share of the lead's weight it takes up (a pair of neighbouring lead words found together counts
    /// once more, as a phrase), and the weight of the examples it shares. A process word before the lead's last word (监管 of 监管执法)
    /// does not head it: when the measure's own lead takes up the subject, such a word left out is not counted (监管执法 is answered by
    /// 开展执法工作; 执法监管, headed by 监管, is not).</summary>
    private Match[] Matches(List<Unit> lead, List<Unit> body)
    {
        var matches = new Match[_measures.Length];
        double leadMass = 0;
        foreach (var unit in lead) leadMass += unit.Weight;
        Span<double> covered = stackalloc double[_measures.Length];
        Span<double> evidence = stackalloc double[_measures.Length];
        Span<double> leftOutModifiers = stackalloc double[_measures.Length];
        ulong subjectTaken = 0, subjectInLead = 0, leftOut = 0;
        for (int u = 0; u < lead.Count; u++)
        {
            var unit = lead[u];
            bool modifyingProcess = u + 1 < lead.Count && unit.Topic < 0 && ProcessWords.Value.Contains(unit.Text);
            for (int i = 0; i < _measures.Length; i++)
            {
                double match = MatchOf(unit, i);
                covered[i] += unit.Weight * match;
                if (match == 0 && modifyingProcess) leftOutModifiers[i] += unit.Weight;
                else if (match == 0) leftOut |= Bit(i);
                else if (NamesSubject(unit, i))
                {
                    subjectTaken |= Bit(i);
                    if (match >= 1) subjectInLead |= Bit(i);
                }
            }
            if (u + 1 < lead.Count && lead[u + 1] is { Token: >= 0 } next && unit.Token >= 0 && next.Token == unit.Token + 1)
            {
                var (first, second) = (_tokens[unit.Token], _tokens[next.Token]);
                ulong phrase = (second.Start == first.End ? MeasuresWith(_text.Content.AsSpan(first.Start, second.End - first.Start)) : MeasuresWith(unit.Text + next.Text)).Any;
                if (unit.Weight + next.Weight >= BroadWeight) subjectTaken |= phrase;
                for (ulong mask = phrase; mask != 0; mask &= mask - 1)
                    covered[BitOperations.TrailingZeroCount(mask)] += Math.Min(unit.Weight, next.Weight);
            }
        }
        foreach (var unit in body)
        {
            bool repeats = RepeatsLeadWord(unit.Text, lead);
            for (int i = 0; i < _measures.Length; i++)
                evidence[i] += unit.Weight * (repeats ? WordMatch(unit.Text, i) : WordOrCompoundMatch(unit.Text, i));
        }
        for (int i = 0; i < _measures.Length; i++)
        {
            bool takesUpSubject = (subjectTaken & Bit(i)) != 0, leadsWithSubject = (subjectInLead & Bit(i)) != 0;
            double mass = leadsWithSubject ? leadMass - leftOutModifiers[i] : leadMass;
            if (!leadsWithSubject && leftOutModifiers[i] > 0) leftOut |= Bit(i);
            double share = mass > 0 ? Math.Min(1, covered[i] / mass) : 0;
            if (!takesUpSubject && (leftOut & Bit(i)) != 0) share = Math.Min(share, BroadOnlyShare);
            matches[i] = new Match(share, evidence[i], takesUpSubject);
        }
        return matches;
    }

    /// <summary>The best-scoring measure among those that answer, -1 when none does: a measure taking up the lead answers even when
    /// another shares more examples.</summary>
    private static int Answering(Match[] matches, bool hasLead)
    {
        int best = -1;
        for (int i = 0; i < matches.Length; i++)
            if (matches[i].Answers(hasLead) && (best < 0 || matches[i].Score > matches[best].Score)) best = i;
        return best;
    }

    /// <summary>The measure with the best score, ties to the earlier one; -1 when none shares anything.</summary>
    private static int Best(Match[] matches)
    {
        int best = -1;
        for (int i = 0; i < matches.Length; i++)
            if (matches[i].Score > 0 && (best < 0 || matches[i].Score > matches[best].Score)) best = i;
        return best;
    }

    /// <summary>1 when measure <paramref name="index"/> has the word in its lead, <see cref="BodyMatch"/> when it has it further on;
    /// a long word the measure does not have counts as found (less) when the measure has both its ends (基层党组织 in 基层组织).
    /// A word of a topic mention counts as found when the measure's lead names that topic (形式主义 for 持续改进作风), and as
    /// <see cref="TopicCredit"/> when only its body does (less when several measures name the topic).</summary>
    private double MatchOf(Unit unit, int index)
    {
        double best = MatchOfTopic(unit, index);
        for (ulong others = unit.Others; others != 0; others &= others - 1)
            best = Math.Max(best, MatchOfTopic(unit with { Topic = BitOperations.TrailingZeroCount(others) }, index));
        return best;
    }

    /// <summary><see cref="MatchOf"/> for the unit's one topic.</summary>
    private double MatchOfTopic(Unit unit, int index)
    {
        double match = WordOrCompoundMatch(unit.Text, index);
        if (unit.Topic < 0 || (_measureTopics[index] & Bit(unit.Topic)) == 0) return match;
        double share = IsFieldOnly(unit, index) ? FieldShare : 1;
        if ((_measureLeadTopics[index] & Bit(unit.Topic)) != 0) return Math.Max(match, share);
        return Math.Max(match, share * TopicCredit / MeasuresNaming(unit.Topic) + (SharesTellingEnd(unit.Text, index) ? SharedEndCredit : 0));
    }

    /// <summary>True when the unit names a field of work and measure <paramref name="index"/> names the field without either end of the
    /// unit's words (就医便利 for 医疗服务, 网格 for 物业); a measure that has one of them (护林防火 for 森林防火) speaks of the same thing
    /// in the field, unless that end is broad (农村 of 农村公路 in 农村客运) or the field's own name bound to another thing there
    /// (<see cref="HoldsEnd"/>); a three-character wording is held by its telling first two characters (停车场 for 停车难).</summary>
    private bool IsFieldOnly(Unit unit, int index)
    {
        var topic = _lexicon.Topics[unit.Topic];
        if (!topic.IsField) return false;
        var ends = EndsOf(unit.Text);
        if (unit.Text.Length < MinCompoundLength)
            return unit.Text.Length < MinCompoundLength - 1 || !(ends.FirstIsTelling && Level(ends.First, index) > 0);
        return !HoldsEnd(topic, unit.Text, ends.First, ends.FirstIsTelling, first: true, index)
            && !HoldsEnd(topic, unit.Text, ends.Last, ends.LastIsTelling, first: false, index);
    }

    /// <summary>True when measure <paramref name="index"/> has this end of the unit's words and it speaks of the same thing: the field's
    /// own name standing free (<see cref="HasFreeEnd"/>), or an end that is not broad (防火 of 森林防火 in 护林防火). A broad end (农村 of
    /// 农村公路 in 农村客运) is shared by many things of the field.</summary>
    private bool HoldsEnd(Topic topic, string word, (ulong Any, ulong Lead) end, bool isTelling, bool first, int index) =>
        Level(end, index) > 0 && (topic.Heads.Contains(first ? word[..2] : word[^2..]) ? HasFreeEnd(word, first, index) : isTelling);

    /// <summary>True when measure <paramref name="index"/> has the first (or last) two characters of <paramref name="word"/> somewhere
    /// not bound to another word: followed (preceded) by a character that is not Han, by 和、与、及, or by the word's own next (previous)
    /// character. 安全 in 守牢安全和生态底线 speaks of 安全生产; 安全 in 民生安全底线 or 水质安全 is another thing of the field, as 医疗 in
    /// 医疗服务 is not 医疗质量.</summary>
    private bool HasFreeEnd(string word, bool first, int index)
    {
        var measure = _text.Content.AsSpan(_measures[index].Span.Start, _measures[index].Span.Length);
        var end = first ? word.AsSpan(0, 2) : word.AsSpan(word.Length - 2);
        char own = first ? word[2] : word[^3];
        for (int at = measure.IndexOf(end, StringComparison.Ordinal), from = 0; at >= 0; at = measure[from..].IndexOf(end, StringComparison.Ordinal))
        {
            at += from;
            int neighbour = first ? at + 2 : at - 1;
            if (neighbour < 0 || neighbour >= measure.Length) return true;
            char c = measure[neighbour];
            if ((!HanText.IsHan(c) || c == own || c is '和' or '与' or '及') && !(first && FollowsNoun(measure, at))) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>True when the two characters before <paramref name="at"/> are a noun of the dictionary (民生 of 民生安全, 饮水 of
    /// 饮水安全): the field's name there is bound to the thing before it, as it is to a word after it.</summary>
    private bool FollowsNoun(ReadOnlySpan<char> measure, int at) =>
        at >= 2 && HanText.IsHan(measure[at - 2]) && HanText.IsHan(measure[at - 1]) && _tokenizer.GetWordTag(measure.Slice(at - 2, 2).ToString()) is "n" or "nz";

    /// <summary>The word itself, or both ends of a long word joined, or the telling first two characters of a three-character word
    /// (停车难 and 停车场), found in measure <paramref name="index"/>.</summary>
    private double WordOrCompoundMatch(string word, int index)
    {
        double match = WordMatch(word, index);
        if (match > 0 || word.Length < MinCompoundLength - 1) return match;
        var ends = EndsOf(word);
        if (word.Length >= MinCompoundLength) return CompoundCredit * Level(ends.Joined, index);
        return ends.FirstIsTelling ? CompoundCredit * Level(ends.First, index) : 0;
    }

    /// <summary>True when the measure has the first or last two characters of a long word and they are not a broad word.</summary>
    private bool SharesTellingEnd(string word, int index)
    {
        if (word.Length < MinCompoundLength) return false;
        var ends = EndsOf(word);
        return ends.FirstIsTelling && Level(ends.First, index) > 0 || ends.LastIsTelling && Level(ends.Last, index) > 0;
    }

    /// <summary>The measures holding the first and the last two characters of <paramref name="word"/>, and whether those are telling
    /// words, worked out once per word.</summary>
    private Ends EndsOf(string word)
    {
        if (_ends.TryGetValue(word, out var ends)) return ends;
        string first = word[..2], last = word[^2..];
        return _ends[word] = new Ends(MeasuresWith(first), MeasuresWith(last), MeasuresJoining(first, last, Math.Max(MaxCompoundGap, word.Length - first.Length - last.Length)), WeightOf(first) >= BroadWeight, WeightOf(last) >= BroadWeight);
    }

    /// <summary>The measures (and measure leads) where <paramref name="first"/> is followed by <paramref name="last"/> within
    /// <paramref name="gap"/> characters.</summary>
    private (ulong Any, ulong Lead) MeasuresJoining(string first, string last, int gap)
    {
        (ulong Any, ulong Lead) masks = default;
        for (ulong candidates = MeasuresWith(first).Any & MeasuresWith(last).Any; candidates != 0; candidates &= candidates - 1)
        {
            int i = BitOperations.TrailingZeroCount(candidates);
            if (!Joins(_text.Content.AsSpan(_measures[i].Span.Start, _measures[i].Span.Length), first, last, gap)) continue;
            masks.Any |= Bit(i);
            if (Joins(_measures[i].Title, first, last, gap)) masks.Lead |= Bit(i);
        }
        return masks;
    }

    /// <summary>True when <paramref name="text"/> has <paramref name="first"/> followed by <paramref name="last"/> at most
    /// <paramref name="gap"/> characters later.</summary>
    private static bool Joins(ReadOnlySpan<char> text, string first, string last, int gap)
    {
        for (int at = text.IndexOf(first, StringComparison.Ordinal), from = 0; at >= 0; at = text[from..].IndexOf(first, StringComparison.Ordinal))
        {
            at += from;
            int after = at + first.Length;
            var window = text.Slice(after, Math.Min(text.Length - after, gap + last.Length));
            if (window.Contains(last, StringComparison.Ordinal)) return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>How many measures name the topic: a topic named by several of them tells less about which one answers.</summary>
    private int MeasuresNaming(int topic)
    {
        int count = 0;
        foreach (ulong mask in _measureTopics)
            if ((mask & Bit(topic)) != 0) count++;
        return Math.Max(1, count);
    }

    private double WordMatch(string word, int index) => Level(MeasuresWith(word), index);

    /// <summary>1 when measure <paramref name="index"/> has the word in its lead, <see cref="BodyMatch"/> when only in its body.</summary>
    private static double Level((ulong Any, ulong Lead) masks, int index) =>
        (masks.Lead & Bit(index)) != 0 ? 1 : (masks.Any & Bit(index)) != 0 ? BodyMatch : 0;

    /// <summary>The measures (bit i for measure i) whose text, and whose lead, contain <paramref name="word"/>, worked out once per word.</summary>
    private (ulong Any, ulong Lead) MeasuresWith(string word)
    {
        if (_measuresWithWord.TryGetValue(word, out var masks)) return masks;
        return _measuresWithWord[word] = FindMeasuresWith(word);
    }

    /// <summary>The same for a word read from the text (two adjacent lead words): its string is made only the first time it is looked up.</summary>
    private (ulong Any, ulong Lead) MeasuresWith(ReadOnlySpan<char> word)
    {
        var lookup = _measuresWithWord.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var masks)) return masks;
        return lookup[word] = FindMeasuresWith(word);
    }

    private (ulong Any, ulong Lead) FindMeasuresWith(ReadOnlySpan<char> word)
    {
        (ulong Any, ulong Lead) masks = default;
        for (int i = 0; i < _measures.Length; i++)
        {
            if (!_text.Content.AsSpan(_measures[i].Span.Start, _measures[i].Span.Length).Contains(word, StringComparison.Ordinal)) continue;
            masks.Any |= Bit(i);
            if (_measures[i].Title.AsSpan().Contains(word, StringComparison.Ordinal)) masks.Lead |= Bit(i);
        }
        return masks;
    }

    /// <summary>How telling a shared word is: its IDF in jieba's dictionary less that of the commonest words, a little more for a long
    /// word, and less when the word is found in more than two parts of this report (an area and its measure).</summary>
    private double WeightOf(string word)
    {
        if (_weights.TryGetValue(word, out double weight)) return weight;
        int frequency = _tokenizer.GetFrequency(word);
        weight = frequency > 0 ? Math.Clamp(Math.Log((double)JiebaFrequencies.DictionaryTotal / (frequency + 1)) - IdfFloor, MinWeight, MaxIdf) * (1 + 0.1 * Math.Min(word.Length - 2, 3)) : UnknownWordWeight;
        int parts = Math.Max(1, _partsWithWord.GetValueOrDefault(word).Parts);
        if (parts > 2) weight *= 2.0 / parts;
        return _weights[word] = weight;
    }

    /// <summary>The lead of a passage: its keywords (one unit each, in text order) up to the first word that judges rather than names
    /// (<c>不够</c>, <c>存在</c>, <c>偏</c>: <c>项目谋划的前瞻性不够</c> → 项目、谋划), unless nothing would be left.</summary>
    private List<Unit> ReadLead(TextSpan span)
    {
        var tokens = _tokens.In(span);
        foreach (var token in tokens)
        {
            if (!IsJudgement(token.Text)) continue;
            if (token.Start > span.Start && Read(TextSpan.FromBounds(span.Start, token.Start), null) is { Count: > 0 } subject) return subject;
            break;
        }
        return Read(span, null);
    }

    /// <summary>The keywords of <paramref name="span"/> (one unit each, in text order), each tagged with the topic of the topic-table
    /// mention it lies in (a mention of several keywords is one unit). Leaves out what <paramref name="except"/> holds.</summary>
    private List<Unit> Read(TextSpan span, List<Unit>? except)
    {
        if (span.IsEmpty) return [];
        var tokens = _tokens.In(span);
        int index = tokens.IsEmpty ? 0 : _tokens.IndexAt(tokens[0].Start);
        var units = new List<Unit>(KeywordsAmong(index, tokens.Length));
        _seen.Clear();
        foreach (var unit in except ?? []) _seen.Add(unit.Text);
        var (next, mentionsEnd) = MentionsIn(span);
        int mentionedUntil = 0, topic = -1, unitsBefore = 0;
        ulong others = 0;
        TopicMention current = default;
        foreach (var token in tokens)
        {
            if (token.Start >= mentionedUntil && topic >= 0)
            {
                EndMention(units, unitsBefore, current, others);
                topic = -1;
            }
            for (; next < mentionsEnd && _mentions[next].Span.Start < token.End; next++)
            {
                var mention = _mentions[next];
                if (topic >= 0 && mention.Topic.Index != topic && mention.Span == current.Span)
                {
                    others |= Bit(mention.Topic.Index);
                    continue;
                }
                if (mention.Span.End > span.End || mention.Span.End <= mentionedUntil || topic >= 0 && mention.Topic.Index != topic && mention.Span.Start < mentionedUntil) continue;
                if (topic < 0) (unitsBefore, others) = (units.Count, 0);
                (current, topic, mentionedUntil) = (mention, mention.Topic.Index, mention.Span.End);
            }
            int local = index - _keywordFrom;
            bool isKeyword = (uint)local < (uint)_isKeyword.Length ? _isKeyword[local] : IsContentWord(token) && !IsCommon(token.Text);
            if (isKeyword && _seen.Add(token.Text)) units.Add(token.Start < mentionedUntil ? new Unit(token.Text, topic, WeightOf(token.Text), index, others) : new Unit(token.Text, -1, WeightOf(token.Text), index));
            index++;
        }
        if (topic >= 0) EndMention(units, unitsBefore, current, others);
        if (_commonWordings.Count > 0) ReadCommonWordings(units, span);
        return units;
    }

    /// <summary>True when an example word is a word of the lead with something added (物业费 and 物业公司 after the lead word 物业): a
    /// measure holding only the lead word's characters (物业 of 物业+养老) has the subject the lead already weighs, not this example, so
    /// such a word counts as evidence only when the measure has the whole word.</summary>
    private static bool RepeatsLeadWord(string word, List<Unit> lead)
    {
        if (word.Length < MinCompoundLength - 1) return false;
        foreach (var unit in lead)
            if (unit.Text.Length >= 2 && unit.Text.Length < word.Length && (word.StartsWith(unit.Text, StringComparison.Ordinal) || word.EndsWith(unit.Text, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>How many of <paramref name="count"/> tokens from token <paramref name="first"/> are keywords: the most units a passage
    /// can have, so its list is sized once (tokens outside the problems and measures count as keywords).</summary>
    private int KeywordsAmong(int first, int count)
    {
        int from = Math.Max(first - _keywordFrom, 0), to = Math.Min(first + count - _keywordFrom, _isKeyword.Length);
        int outside = count - Math.Max(0, to - from);
        return from < to ? _isKeyword.AsSpan(from, to - from).Count(true) + outside : outside;
    }

    /// <summary>A topic mention is one term: the keywords read inside it (from <paramref name="first"/> on) become one unit with their
    /// summed weight (安全生产, not the broad 安全 and 生产 apart); a mention of generic words only becomes a unit of its own, and so does
    /// one whose only keyword is broad (基层党组织, not the broad 基层: a measure on 基层治理 does not take it up).</summary>
    private void EndMention(List<Unit> units, int first, TopicMention mention, ulong others)
    {
        if (units.Count - first == 1)
        {
            var only = units[first];
            if (only.Weight < BroadWeight && mention.Surface.Length > only.Text.Length && _seen.Add(mention.Surface))
                units[first] = new Unit(mention.Surface, mention.Topic.Index, Math.Max(only.Weight, TopicWeight), -1, others);
            return;
        }
        if (units.Count == first)
        {
            if (_seen.Add(mention.Surface)) units.Add(new Unit(mention.Surface, mention.Topic.Index, TopicWeight, -1, others));
            return;
        }
        double weight = 0;
        for (int i = first; i < units.Count; i++) weight += units[i].Weight;
        units.RemoveRange(first, units.Count - first);
        units.Add(new Unit(mention.Surface, mention.Topic.Index, weight, -1, others));
    }

    /// <summary>The range of <see cref="_mentions"/> starting inside <paramref name="span"/> (those running past its end are skipped by the reader).</summary>
    private (int Start, int End) MentionsIn(TextSpan span)
    {
        int lo = FirstMentionFrom(span.Start), end = lo;
        while (end < _mentions.Count && _mentions[end].Span.Start < span.End) end++;
        return (lo, end);
    }

    /// <summary>The topic mentions in the problems and in the measures (not in the causes between them), sorted by start.</summary>
    private List<TopicMention> FindMentions(TopicLexicon lexicon, TextSpan problems, TextSpan solutions)
    {
        var (first, second) = problems.Start <= solutions.Start ? (problems, solutions) : (solutions, problems);
        if (second.Start < first.End) return lexicon.Find(_text, _tokens, TextSpan.FromBounds(first.Start, Math.Max(first.End, second.End)));
        var mentions = new List<TopicMention>((first.Length + second.Length) / TopicLexicon.ExpectedCharactersPerMention);
        lexicon.Find(_text, _tokens, first, mentions);
        lexicon.Find(_text, _tokens, second, mentions);
        return mentions;
    }

    /// <summary>The smallest span covering all of <paramref name="spans"/>.</summary>
    private static TextSpan Cover(List<TextSpan> spans)
    {
        int start = int.MaxValue, end = 0;
        foreach (var span in spans) (start, end) = (Math.Min(start, span.Start), Math.Max(end, span.End));
        return start <= end ? TextSpan.FromBounds(start, end) : default;
    }

    /// <summary>The topics named inside <paramref name="span"/>. A wording that starts inside an earlier one of another topic and runs past
    /// it is read as that one's continuation, as in a lead (<see cref="Read"/>): 廉政风险防控 names 廉政风险, not also 风险防控.</summary>
    private ulong TopicMaskIn(TextSpan span, bool singleOnly = false)
    {
        ulong mask = 0;
        TopicMention? previous = null;
        for (int i = FirstMentionFrom(span.Start); i < _mentions.Count && _mentions[i].Span.Start < span.End; i++)
        {
            var mention = _mentions[i];
            if (mention.Span.End > span.End || singleOnly && NamesSeveralTopics(i)) continue;
            if (previous is { } p && p.Topic != mention.Topic && mention.Span.Start > p.Span.Start && mention.Span.Start < p.Span.End && mention.Span.End > p.Span.End) continue;
            mask |= Bit(mention.Topic.Index);
            previous = mention;
        }
        return mask;
    }

    /// <summary>True when mention <paramref name="i"/> is a wording listed under several topics (正风肃纪: 作风 and 纪律): the same span
    /// is mentioned for another topic too.</summary>
    private bool NamesSeveralTopics(int i)
    {
        var span = _mentions[i].Span;
        for (int j = i - 1; j >= 0 && _mentions[j].Span.Start == span.Start; j--)
            if (_mentions[j].Span == span) return true;
        for (int j = i + 1; j < _mentions.Count && _mentions[j].Span.Start == span.Start; j++)
            if (_mentions[j].Span == span) return true;
        return false;
    }

    /// <summary>The index of the first mention starting at or after <paramref name="position"/> (binary search: mentions are sorted by start).</summary>
    private int FirstMentionFrom(int position)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].Span.Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Forgets the topics named in more than half of the parts (health care in a hospital's report), or in every part of a
    /// short report: like common words, they cannot tell which measure answers which problem.</summary>
    private void DropCommonTopics(List<TextSpan> parts)
    {
        if (parts.Count < MinPartsForCommonTopics) return;
        Span<int> counts = stackalloc int[TopicLexicon.MaxTopics];
        foreach (var part in parts)
            for (ulong mask = TopicMaskIn(part, singleOnly: true); mask != 0; mask &= mask - 1) counts[BitOperations.TrailingZeroCount(mask)]++;
        ulong common = 0;
        for (int topic = 0; topic < TopicLexicon.MaxTopics; topic++)
            if (counts[topic] == parts.Count || parts.Count >= MinPartsForCommonWords && counts[topic] * 2 > parts.Count) common |= Bit(topic);
        if (common == 0) return;
        foreach (var mention in _mentions)
            if ((common & Bit(mention.Topic.Index)) != 0 && mention.Surface.Length > 2 && mention.Surface.Length == mention.Span.Length) _commonWordings.Add(mention);
        _mentions.RemoveAll(m => (common & Bit(m.Topic.Index)) != 0);
    }

    /// <summary>Replaces a broad word that is the only keyword inside a wording of a common topic (医疗 of 医疗质量) by that wording.</summary>
    private void ReadCommonWordings(List<Unit> units, TextSpan span)
    {
        foreach (var wording in _commonWordings)
        {
            if (wording.Span.Start >= span.End) break;
            if (wording.Span.Start < span.Start || wording.Span.End > span.End) continue;
            int inside = -1, count = 0;
            for (int i = 0; i < units.Count; i++)
                if (units[i].Token >= 0 && wording.Span.Contains(_tokens[units[i].Token].Start) && count++ == 0) inside = i;
            if (count != 1 || units[inside] is not { Weight: < BroadWeight } only || wording.Surface.Length <= only.Text.Length || !_seen.Add(wording.Surface)) continue;
            units[inside] = new Unit(wording.Surface, -1, Math.Max(only.Weight, TopicWeight), -1);
        }
    }

    /// <summary>Counts, for each content word, the parts (areas and measures) it is found in (reads the flags in <see cref="_isKeyword"/>).</summary>
    private void CountParts(List<TextSpan> parts)
    {
        for (int part = 0; part < parts.Count; part++)
        {
            var tokens = _tokens.In(parts[part]);
            int index = tokens.IsEmpty ? 0 : _tokens.IndexAt(tokens[0].Start) - _keywordFrom;
            foreach (var token in tokens)
            {
                if (!_isKeyword[index++]) continue;
                var (count, last) = _partsWithWord.GetValueOrDefault(token.Text, (0, -1));
                if (last != part) _partsWithWord[token.Text] = (count + 1, part);
            }
        }
    }

    /// <summary>True for a content word found in more than half of the parts of a report with enough parts: generic there.</summary>
    private bool IsCommon(string word) =>
        _partCount >= MinPartsForCommonWords && _partsWithWord.GetValueOrDefault(word).Parts * 2 > _partCount;

    /// <summary>A negation or a word from <see cref="JudgementWords"/>.</summary>
    private static bool IsJudgement(string word) => word[0] is '不' or '没' or '未' || word.Length == 2 && word[0] == '偏' || JudgementWords.Contains(word);

    /// <summary>A word of two or more Han characters that is not generic and is not a quality judged (系统性, 针对性, 利用率).</summary>
    private static bool IsContentWord(Token token) =>
        token.IsHan && token.Text.Length >= 2 && !GenericWords.Value.Contains(token.Text) && !(token.Text.Length >= 3 && token.Text[^1] is '性' or '率');

    private static ulong Bit(int index) => 1UL << index;
}
