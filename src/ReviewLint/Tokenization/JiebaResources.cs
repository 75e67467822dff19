using System.Reflection;

namespace ReviewLint.Tokenization;

/// <summary>Finds jieba.NET's data files, or extracts the copies embedded in this assembly, and checks them before jieba sees them.</summary>
internal static class JiebaResources
{
    public const string DirectoryVariable = "REVIEWLINT_JIEBA_DIR";
    public const string ResourcePrefix = "jieba/";

    public static readonly string[] SegmentationFiles = ["dict.txt", "prob_trans.json", "prob_emit.json"];
    public static readonly string[] PartOfSpeechFiles = ["pos_prob_start.json", "pos_prob_trans.json", "pos_prob_emit.json", "char_state_tab.json"];

    /// <summary>The directory to hand to jieba: configured, next to the application, or extracted to a cache folder.</summary>
    public static string Locate(string? configuredDirectory)
    {
        string? explicitDirectory = configuredDirectory ?? Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            Verify(explicitDirectory);
            return Path.GetFullPath(explicitDirectory);
        }
        string beside = Path.Combine(AppContext.BaseDirectory, "jieba");
        if (AllPresent(beside)) return beside;
        return Extract();
    }

    /// <summary>A configured or beside-the-app data directory, or null when the embedded copies should be read directly.</summary>
    public static string? LocateDirectory(string? configuredDirectory)
    {
        string? explicitDirectory = configuredDirectory ?? Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            Verify(explicitDirectory);
            return Path.GetFullPath(explicitDirectory);
        }
        string beside = Path.Combine(AppContext.BaseDirectory, "jieba");
        return AllPresent(beside) ? beside : null;
    }

    public static bool PathsEqual(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);

    public static void Verify(string directory)
    {
        foreach (var file in SegmentationFiles.Concat(PartOfSpeechFiles))
        {
            var path = Path.Combine(directory, file);
            var info = new FileInfo(path);
            if (!info.Exists) throw new TokenizerException($"jieba.NET 词典文件缺失：{path}（jieba.NET data file missing）。");
            if (info.Length == 0) throw new TokenizerException($"jieba.NET 词典文件为空：{path}（jieba.NET data file is empty）。");
        }
    }

    private static bool AllPresent(string directory) =>
        SegmentationFiles.Concat(PartOfSpeechFiles).All(f => new FileInfo(Path.Combine(directory, f)) is { Exists: true, Length: > 0 });

    private static string Extract()
    {
        var assembly = typeof(JiebaResources).Assembly;
        // Keyed by the jieba.NET version, not by this build: every build used to extract another 18 MB copy into the temp folder.
        string version = typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly.GetName().Version?.ToString() ?? "unknown";
        string target = Path.Combine(Path.GetTempPath(), "reviewlint", $"jieba-{version}");
        Directory.CreateDirectory(target);
        foreach (var file in SegmentationFiles.Concat(PartOfSpeechFiles))
        {
            string path = Path.Combine(target, file);
            using var resource = assembly.GetManifestResourceStream(ResourcePrefix + file)
                ?? throw new TokenizerException($"程序集中缺少内嵌的 jieba.NET 词典文件 {file}（embedded resource missing）。");
            if (File.Exists(path) && new FileInfo(path).Length == resource.Length) continue;
            string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            using (var output = File.Create(temporary)) resource.CopyTo(output);
            File.Move(temporary, path, overwrite: true);
        }
        Verify(target);
        return target;
    }

    public static Stream OpenEmbedded(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new TokenizerException($"程序集中缺少内嵌资源 {name}。");
}
