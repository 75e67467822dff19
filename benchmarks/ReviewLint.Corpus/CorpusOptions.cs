namespace ReviewLint.Corpus;

/// <summary>How much text the reports of a batch share.</summary>
public enum CorpusMode
{
    /// <summary>Every report composed afresh from the phrase banks: little repetition beyond common phrases.</summary>
    LowRepetition,

    /// <summary>A batch from one county: reports filled in from a few shared templates, most paragraphs verbatim.</summary>
    TemplateHeavy,
}

/// <summary>Settings of a generated corpus; the same settings always give the same documents.</summary>
/// <param name="Seed">Seed of the whole corpus; document <c>i</c> depends only on the seed and <c>i</c>.</param>
/// <param name="Mode">Low repetition or template heavy.</param>
/// <param name="DefectRate">Probability, per document and per defect kind, of planting that defect.</param>
/// <param name="TemplateCount">Number of shared templates in <see cref="CorpusMode.TemplateHeavy"/> mode.</param>
/// <param name="CustomizedShare">Share of a templated report's body paragraphs that a unit rewrites in its own words.</param>
/// <param name="CopyRate">Probability, per document, that one of its body paragraphs is replaced by a lightly edited copy of a
/// paragraph of an earlier report of another unit (recorded as <see cref="DefectKind.CopiedParagraph"/>; what RL4004 looks for).</param>
public sealed record CorpusOptions(
    int Seed = 20240601,
    CorpusMode Mode = CorpusMode.LowRepetition,
    double DefectRate = 0.3,
    int TemplateCount = 4,
    double CustomizedShare = 0.2,
    double CopyRate = 0);
