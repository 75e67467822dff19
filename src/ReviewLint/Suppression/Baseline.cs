using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewLint.Configuration;
using ReviewLint.Diagnostics;

namespace ReviewLint.Suppression;

/// <summary>Findings accepted as they are (pre-submit checks on legacy reports): per file, per rule, the flagged text and how many
/// times it may occur. Keys do not depend on positions, so edits elsewhere in a file keep the baseline valid; a new occurrence
/// beyond the accepted count, or new flagged text, is reported.</summary>
public sealed class Baseline
{
    public const int CurrentVersion = 1;
    public const string SuppressionKind = "baseline";

    /// <summary>Flagged text longer than this is keyed by its start and a hash of the whole.</summary>
    private const int MaxKeyLength = 40;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // file key → rule id → flagged-text key → accepted count
    private readonly SortedDictionary<string, SortedDictionary<string, SortedDictionary<string, int>>> _files;

    private Baseline(SortedDictionary<string, SortedDictionary<string, SortedDictionary<string, int>>> files) => _files = files;

    public static Baseline Empty => new(new(StringComparer.Ordinal));

    /// <summary>The file keys the baseline holds.</summary>
    public IReadOnlyCollection<string> Files => _files.Keys;

    /// <summary>How many findings the baseline accepts in total.</summary>
    public int Count => _files.Values.Sum(rules => rules.Values.Sum(texts => texts.Values.Sum()));

    /// <summary>How many findings the baseline accepts in one file.</summary>
    public int CountFor(string fileKey) => _files.TryGetValue(fileKey, out var rules) ? rules.Values.Sum(texts => texts.Values.Sum()) : 0;

    /// <summary>The key of a document path in a baseline stored at <paramref name="baselinePath"/>: relative to its folder, with '/'.</summary>
    public static string FileKey(string baselinePath, string documentPath)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        return Path.GetRelativePath(directory, Path.GetFullPath(documentPath)).Replace('\\', '/');
    }

    /// <summary>The key of a finding within its file and rule: the flagged text, or its start and a hash when it is long.</summary>
    public static string TextKey(ReportDocument document, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.Span;
        string text = span.End <= document.Text.Length ? document.Text.ToString(span) : "";
        text = text.ReplaceLineEndings("\n");
        if (text.Length <= MaxKeyLength) return text;
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return $"{text[..24]}…#{hash}";
    }

    /// <summary>Moves the findings this baseline accepts from <see cref="DocumentResult.Diagnostics"/> to <see cref="DocumentResult.Suppressed"/>
    /// (kind <c>baseline</c>), earliest occurrences first.</summary>
    public DocumentResult Apply(DocumentResult result, string fileKey)
    {
        if (!_files.TryGetValue(fileKey, out var rules)) return result;
        var remaining = new Dictionary<(string, string), int>();
        var kept = ImmutableArray.CreateBuilder<Diagnostic>();
        var suppressed = result.Suppressed.ToBuilder();
        foreach (var diagnostic in result.Diagnostics)
        {
            string textKey = TextKey(result.Document, diagnostic);
            var key = (diagnostic.Id, textKey);
            if (!remaining.TryGetValue(key, out int left))
                left = rules.TryGetValue(diagnostic.Id, out var texts) && texts.TryGetValue(textKey, out int count) ? count : 0;
            if (left > 0)
            {
                suppressed.Add(new SuppressedDiagnostic(diagnostic, SuppressionKind, null));
                left--;
            }
            else
            {
                kept.Add(diagnostic);
            }
            remaining[key] = left;
        }
        return result with { Diagnostics = kept.ToImmutable(), Suppressed = suppressed.ToImmutable() };
    }

    /// <summary>A copy where the entries of <paramref name="fileKey"/> are exactly the given findings (an empty list removes the file).</summary>
    public Baseline With(string fileKey, ReportDocument document, IEnumerable<Diagnostic> accepted)
    {
        var copy = Copy();
        var rules = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var diagnostic in accepted)
        {
            if (!rules.TryGetValue(diagnostic.Id, out var texts)) rules[diagnostic.Id] = texts = new(StringComparer.Ordinal);
            string textKey = TextKey(document, diagnostic);
            texts[textKey] = texts.GetValueOrDefault(textKey) + 1;
        }
        if (rules.Count == 0) copy._files.Remove(fileKey);
        else copy._files[fileKey] = rules;
        return copy;
    }

    /// <summary>A copy without the files for which <paramref name="keep"/> is false (e.g. files that no longer exist).</summary>
    public Baseline Where(Func<string, bool> keep)
    {
        var copy = Copy();
        foreach (var file in copy._files.Keys.Where(f => !keep(f)).ToList()) copy._files.Remove(file);
        return copy;
    }

    /// <summary>Reads a baseline file; a malformed one fails with a <see cref="ConfigurationException"/> naming the file and the key.</summary>
    public static Baseline Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}：无法读取基线文件：{e.Message}", path, null, e);
        }
        return Parse(json, path);
    }

    public static Baseline Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{source}：基线文件不是有效的 JSON（第 {e.LineNumber + 1} 行）：{e.Message}", source, null, e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Invalid(source, "(根)", "应为对象");
            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out int v) || v != CurrentVersion)
                throw Invalid(source, "version", $"应为 {CurrentVersion}");
            var files = Empty._files;
            if (root.TryGetProperty("files", out var filesElement))
            {
                if (filesElement.ValueKind != JsonValueKind.Object) throw Invalid(source, "files", "应为对象");
                foreach (var file in filesElement.EnumerateObject())
                {
                    if (file.Value.ValueKind != JsonValueKind.Object) throw Invalid(source, $"files.{file.Name}", "应为对象");
                    var rules = files[file.Name] = new(StringComparer.Ordinal);
                    foreach (var rule in file.Value.EnumerateObject())
                    {
                        if (rule.Value.ValueKind != JsonValueKind.Object) throw Invalid(source, $"files.{file.Name}.{rule.Name}", "应为对象");
                        var texts = rules[rule.Name] = new(StringComparer.Ordinal);
                        foreach (var text in rule.Value.EnumerateObject())
                        {
                            if (!text.Value.TryGetInt32(out int count) || count < 1)
                                throw Invalid(source, $"files.{file.Name}.{rule.Name}.{text.Name}", "应为正整数");
                            texts[text.Name] = count;
                        }
                    }
                }
            }
            return new Baseline(files);
        }
    }

    /// <summary>The baseline as indented JSON with sorted keys: <c>{"version":1,"files":{"a.txt":{"RL3001":{"还还":1}}}}</c>.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", CurrentVersion);
            writer.WriteStartObject("files");
            foreach (var (file, rules) in _files)
            {
                writer.WriteStartObject(file);
                foreach (var (rule, texts) in rules)
                {
                    writer.WriteStartObject(rule);
                    foreach (var (text, count) in texts) writer.WriteNumber(text, count);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private Baseline Copy() => new(new(_files.ToDictionary(f => f.Key, f => new SortedDictionary<string, SortedDictionary<string, int>>(
        f.Value.ToDictionary(r => r.Key, r => new SortedDictionary<string, int>(r.Value, StringComparer.Ordinal)), StringComparer.Ordinal)),
        StringComparer.Ordinal));

    private static ConfigurationException Invalid(string source, string key, string expected) =>
        new($"{source}：基线文件的 {key} 无效：{expected}。", source, key);
}
