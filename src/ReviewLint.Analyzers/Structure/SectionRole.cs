using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace ReviewLint.Analyzers.Structure;

/// <summary>One section a genre's reports are expected to have (存在问题, 原因剖析, 整改措施 …) and the heading wordings that name it.</summary>
public sealed class SectionRole
{
    private const string HeadingEnd = @"(?=$|和|与|及|以及|、|并|暨|[（(])";

    private readonly Regex _pattern;
    private readonly Regex? _requiredWhen;

    public SectionRole(int order, string key, string name, string requirement, bool fallbackToPrecedingHeadings, ImmutableArray<string> headings, string pattern)
    {
        Order = order;
        Key = key;
        Name = name;
        Headings = headings;
        FallbackToPrecedingHeadings = fallbackToPrecedingHeadings;
        _pattern = new Regex($"(?:{pattern}){HeadingEnd}", RegexOptions.CultureInvariant);
        IsRequired = requirement == "required";
        if (requirement.StartsWith("when:", StringComparison.Ordinal))
            _requiredWhen = new Regex(requirement["when:".Length..], RegexOptions.CultureInvariant);
        else if (requirement is not ("required" or "optional"))
            throw new FormatException($"章节模板的 required 列取值无效：{requirement}");
    }

    /// <summary>Position of the section in the genre's usual order (1 = first).</summary>
    public int Order { get; }

    /// <summary>Stable role key: problems, causes, measures, work_done, next_plan, learning ….</summary>
    public string Key { get; }

    /// <summary>The section's Chinese name used in messages, e.g. 原因剖析.</summary>
    public string Name { get; }

    /// <summary>Example headings accepted for the section, listed in messages.</summary>
    public ImmutableArray<string> Headings { get; }

    /// <summary>True when topical headings before the next expected section stand for this one (工作情况 written as “一、坚持……”).</summary>
    public bool FallbackToPrecedingHeadings { get; }

    /// <summary>True when the section is required in every report of the genre.</summary>
    public bool IsRequired { get; }

    /// <summary>True when the section is required in a report with this title (述责述廉 → 廉洁自律情况).</summary>
    public bool IsRequiredFor(string documentTitle) => IsRequired || _requiredWhen?.IsMatch(documentTitle) == true;

    /// <summary>True when a heading's text names this section: a wording ends the heading or is followed by 和/与/及/、 and another part.</summary>
    public bool Matches(string headingTitle) => _pattern.IsMatch(headingTitle);

    public override string ToString() => $"{Order} {Key} {Name}";
}
