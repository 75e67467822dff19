using System.Collections.Concurrent;

namespace ReviewLint.Analyzers;

/// <summary>Reads the rule data files (rules/data/) embedded in this assembly: TSV rows without comments and header, or whole text.</summary>
public static class RuleData
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string[]>> TableCache = new(StringComparer.Ordinal);

    /// <summary>The rows of an embedded TSV file (path relative to rules/data/), skipping <c>#</c> comments, blank lines and the header.</summary>
    public static IReadOnlyList<string[]> ReadTable(string relativePath) => TableCache.GetOrAdd(relativePath, path =>
    {
        var rows = new List<string[]>();
        bool headerSeen = false;
        foreach (var line in ReadText(path).Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            rows.Add(trimmed.Split('\t'));
        }
        return rows;
    });

    public static string ReadText(string relativePath)
    {
        string name = "data/" + relativePath.Replace('\\', '/');
        using var stream = typeof(RuleData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"内嵌规则数据缺失：rules/data/{relativePath}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
