using System.Globalization;

namespace ReviewLint.Tokenization;

/// <summary>A jieba user dictionary: lines of <c>word [freq] [tag]</c> (or <c>word tag</c>), blank lines and <c>#</c> comments ignored.</summary>
public sealed record UserDictionaryEntry(string Word, int Frequency, string? Tag)
{
    public const int DefaultFrequency = 2000;

    /// <summary>Reads entries; a malformed line fails with its file name and line number.</summary>
    public static IReadOnlyList<UserDictionaryEntry> Parse(TextReader reader, string source)
    {
        var entries = new List<UserDictionaryEntry>();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 3)
                throw new FormatException($"{source}:{lineNumber}: 用户词典行应为“词 [词频] [词性]”，实际为“{line}”。");
            int frequency = DefaultFrequency;
            string? tag = parts.Length == 3 ? parts[2] : null;
            if (parts.Length == 2 && IsTag(parts[1]))
                tag = parts[1];
            else if (parts.Length >= 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out frequency))
                throw new FormatException($"{source}:{lineNumber}: 词频“{parts[1]}”不是非负整数（行应为“词 [词频] [词性]”）。");
            if (tag is not null && !IsTag(tag))
                throw new FormatException($"{source}:{lineNumber}: 词性“{tag}”应为字母，如 n、v、nz。");
            entries.Add(new UserDictionaryEntry(parts[0], frequency, tag));
        }
        return entries;
    }

    private static bool IsTag(string text) => text.All(char.IsAsciiLetter);

    public static IReadOnlyList<UserDictionaryEntry> Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"用户词典不存在：{path}", path);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }
}
