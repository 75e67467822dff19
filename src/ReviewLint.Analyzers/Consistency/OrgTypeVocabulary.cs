using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ReviewLint.Analyzers.Consistency;

/// <summary>Which kind of organisation's material a term gives away when used as the author's own.</summary>
internal enum OrgSide
{
    Branch,
    Committee,
}

/// <summary>A term that belongs to one kind of Party organisation (rules/data/org-type-terms.tsv).</summary>
internal sealed record OrgTerm(string Term, OrgSide FlaggedIn, string What, string Expected, string? Counterpart, Regex? FollowedBy);

/// <summary>The organisation-type terms and the context words that mark a mention as another body's, loaded once.</summary>
internal sealed class OrgTypeVocabulary
{
    private static readonly Lazy<OrgTypeVocabulary> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private OrgTypeVocabulary(IReadOnlyList<OrgTerm> terms, IReadOnlyDictionary<string, string[]> context)
    {
        Terms = [.. terms.OrderByDescending(t => t.Term.Length)];
        QualifierChars = context["qualifier-char"].Select(c => c[0]).ToFrozenSet();
        QualifierWords = context["qualifier-word"];
        OwnPrefixes = context["own-prefix"];
        Markers = new Dictionary<OrgSide, string[]>
        {
            [OrgSide.Branch] = context["marker-branch"],
            [OrgSide.Committee] = context["marker-committee"],
        }.ToFrozenDictionary();
    }

    public static OrgTypeVocabulary Shared => Instance.Value;

    /// <summary>The terms, longest first, so that 理论学习中心组 is taken before 中心组.</summary>
    public IReadOnlyList<OrgTerm> Terms { get; }
    public FrozenSet<char> QualifierChars { get; }
    public IReadOnlyList<string> QualifierWords { get; }
    public IReadOnlyList<string> OwnPrefixes { get; }
    public FrozenDictionary<OrgSide, string[]> Markers { get; }

    private static OrgTypeVocabulary Load()
    {
        var terms = RuleData.ReadTable("org-type-terms.tsv").Select(row => new OrgTerm(
            row[0],
            Enum.Parse<OrgSide>(row[1], ignoreCase: true),
            row[2],
            row[3],
            row[4] == "—" ? null : row[4],
            row[5] == "—" ? null : new Regex(row[5], RegexOptions.CultureInvariant))).ToList();
        var context = RuleData.ReadTable("org-type-context.tsv").ToDictionary(row => row[0], row => row[1].Split('|'), StringComparer.Ordinal);
        return new OrgTypeVocabulary(terms, context);
    }
}
