namespace ReviewLint.Cli;

/// <summary>The exit codes of every reviewlint command; they never depend on the output format or destination.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Clean = 0;

    /// <summary>At least one unsuppressed diagnostic at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration, input or internal error.</summary>
    public const int Error = 2;
}
