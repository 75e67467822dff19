namespace ReviewLint.Corpus;

/// <summary>The genres the generator writes (names match ReviewLint's <c>ReportGenre</c>).</summary>
public enum ReportKind
{
    CollectiveReview,
    PersonalReview,
    DutyReport,
    WorkSummary,
}

/// <summary>The kinds of defect the generator plants.</summary>
public enum DefectKind
{
    /// <summary>A wrong word form such as 钢性 for 刚性.</summary>
    ConfusableWord,

    /// <summary>An accidentally doubled character such as 还还.</summary>
    RepeatedCharacter,

    /// <summary>Wording of another kind of unit, such as 街道、社区 in a 镇 report.</summary>
    ForeignUnitWording,

    /// <summary>First person singular (我) in a collective report.</summary>
    PersonInconsistency,

    /// <summary>Another unit's name left over from a template.</summary>
    UnitNameInconsistency,

    /// <summary>A problem area with no matching measure.</summary>
    ProblemWithoutMeasure,

    /// <summary>A paragraph copied, with light edits, from the report of another unit (<see cref="CorpusOptions.CopyRate"/>).</summary>
    CopiedParagraph,
}

/// <summary>One planted defect: its kind and the text that carries it (for a missing measure, the problem area heading; for a
/// copied paragraph, the paragraph as it stands in <paramref name="Source"/>, the path of the report it was copied from).</summary>
public sealed record PlantedDefect(DefectKind Kind, string Text, string? Source = null);

/// <summary>One generated report.</summary>
public sealed record GeneratedReport(
    int Index,
    string Path,
    string Text,
    ReportKind Kind,
    string UnitName,
    string UnitType,
    IReadOnlyList<PlantedDefect> Defects);
