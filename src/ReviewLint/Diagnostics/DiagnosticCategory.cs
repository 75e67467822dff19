namespace ReviewLint.Diagnostics;

/// <summary>The rule families; each owns a range of ids (RL1xxx structure … RL6xxx punctuation, RL0xxx the engine).</summary>
public static class DiagnosticCategory
{
    public const string Engine = "Engine";
    public const string Structure = "Structure";
    public const string Wording = "Wording";
    public const string Repetition = "Repetition";
    public const string Consistency = "Consistency";
    public const string Correspondence = "Correspondence";
    public const string Punctuation = "Punctuation";
}
