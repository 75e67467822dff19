namespace ReviewLint.Configuration;

/// <summary>Supplies the options that apply to one document (e.g. from the nearest reviewlint.json).</summary>
public interface IDocumentOptionsProvider
{
    /// <summary>The options for <paramref name="document"/> and the file they came from (null: the base options).</summary>
    (ReviewLintOptions Options, string? Source) GetOptions(ReportDocument document);
}

/// <summary>Every document gets the same options.</summary>
public sealed class FixedOptionsProvider(ReviewLintOptions options) : IDocumentOptionsProvider
{
    public (ReviewLintOptions Options, string? Source) GetOptions(ReportDocument document) => (options, null);
}
