namespace ReviewLint.Syntax;

/// <summary>The genres ReviewLint knows the required structure of.</summary>
public enum ReportGenre
{
    Unknown,
    /// <summary>党支部/领导班子 对照检查材料、剖析材料、检视剖析材料 (collective).</summary>
    CollectiveReview,
    /// <summary>个人 对照检查材料、发言提纲.</summary>
    PersonalReview,
    /// <summary>述职报告.</summary>
    DutyReport,
    /// <summary>工作总结.</summary>
    WorkSummary,
}

/// <summary>Who speaks in the report: a collective body (我们/支部) or one person (我).</summary>
public enum ReportVoice
{
    Unknown,
    Collective,
    Personal,
}

/// <summary>The kind of unit a report comes from; drives which scope and self-reference words belong to it.</summary>
public enum UnitType
{
    Unknown,
    Province,
    AutonomousRegion,
    Municipality,
    City,
    League,
    Prefecture,
    AutonomousPrefecture,
    County,
    District,
    Banner,
    Town,
    Township,
    Sumu,
    Subdistrict,
    Community,
    Village,
    Gacha,
    Department,
    School,
    Hospital,
    Enterprise,
}

/// <summary>The kind of Party organisation that wrote the report.</summary>
public enum OrganizationType
{
    Unknown,
    Branch,
    GeneralBranch,
    Committee,
    LeadingGroup,
    LeadershipTeam,
}

/// <summary>What a report is and who wrote it: inferred from the title and opening lines, overridable by configuration.</summary>
public sealed record DocumentFacts(
    ReportGenre Genre,
    ReportVoice Voice,
    string? UnitName,
    UnitType UnitType,
    OrganizationType Organization,
    DateOnly? Date)
{
    public static DocumentFacts Unknown { get; } = new(ReportGenre.Unknown, ReportVoice.Unknown, null, UnitType.Unknown, OrganizationType.Unknown, null);

    /// <summary>The province-level division the report comes from (e.g. 浙江省, 内蒙古自治区) when its header names it or configuration sets it.</summary>
    public string? Province { get; init; }

    /// <summary>True when the report comes from 内蒙古 (the only region with 盟、旗、苏木、嘎查), false when the text shows a
    /// province (省委、全省、省市县委…) or configuration names another one, null when nothing tells.</summary>
    public bool? InInnerMongolia { get; init; }
}

/// <summary>Facts set by configuration; a non-null value replaces the inferred one.</summary>
public sealed record DocumentFactsOverride(
    ReportGenre? Genre = null,
    ReportVoice? Voice = null,
    string? UnitName = null,
    UnitType? UnitType = null,
    OrganizationType? Organization = null,
    DateOnly? Date = null,
    string? Province = null)
{
    public DocumentFacts ApplyTo(DocumentFacts facts) => new(
        Genre ?? facts.Genre,
        Voice ?? (Genre is { } g ? FactsInference.VoiceOf(g, Organization ?? facts.Organization) : facts.Voice),
        UnitName ?? facts.UnitName,
        UnitType ?? facts.UnitType,
        Organization ?? facts.Organization,
        Date ?? facts.Date)
    {
        Province = Province ?? facts.Province,
        InInnerMongolia = Province is { } province ? Provinces.IsInnerMongolia(province)
            : UnitType is { } type && FactsInference.IsInnerMongoliaUnit(type) ? true
            : facts.InInnerMongolia,
    };
}
