using System.Text;
using ReviewLint.Cli.CommandLine;
using ReviewLint.Configuration;
using ReviewLint.Formatting;

namespace ReviewLint.Cli;

/// <summary><c>reviewlint init [folder]</c>: writes a commented reviewlint.json listing every rule; never overwrites an existing one.</summary>
internal sealed class InitCommand(CliConsole console)
{
    private static readonly IReadOnlyList<OptionSpec> Options = [new("help", 'h', null, "显示本帮助")];

    public static string Help => $"""
        用法：reviewlint init [目录]

        在目录（默认当前目录）中写入带注释的 {ConfigurationFiles.FileName}，列出全部规则及其默认级别；已有该文件时不覆盖。

        选项：
        {ArgumentParser.Describe(Options)}
        """;

    public int Run(IReadOnlyList<string> args)
    {
        var parsed = ArgumentParser.Parse(args, Options);
        if (parsed.Has("help"))
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Clean;
        }
        if (parsed.Positionals.Count > 1) throw new UsageException("init 最多接受一个目录。");
        string directory = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : ".";
        if (!Directory.Exists(directory))
        {
            console.Error.WriteLine($"{directory}：目录不存在。");
            return ExitCodes.Error;
        }
        string path = Path.Combine(directory, ConfigurationFiles.FileName);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(Template());
        }
        catch (IOException) when (File.Exists(path))
        {
            console.Error.WriteLine($"{path}：文件已存在，未覆盖。");
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{path}：无法写入：{e.Message}");
            return ExitCodes.Error;
        }
        console.Out.WriteLine($"已写入 {path}。");
        return ExitCodes.Clean;
    }

    /// <summary>The file's text: valid JSON with comments, every setting commented out so it starts as the defaults.</summary>
    public static string Template()
    {
        var rules = RulesCommand.Descriptors();
        int width = rules.Count == 0 ? 0 : rules.Max(r => $"\"{r.Id}\": \"{Severity(r)}\",".Length);
        var text = new StringBuilder();
        text.Append("""
            // ReviewLint 配置文件：对本目录及其子目录中的材料生效（检查时从材料所在目录逐级向上查找最近的 reviewlint.json）。
            // 文件允许注释和末尾逗号。取消某行的注释即可生效。
            {
              // 规则级别：error、warning、info 或 off；规则可写编号（RL3001）或名称（repeated-character）。
              "rules": {

            """);
        foreach (var rule in rules)
        {
            string entry = $"\"{rule.Id}\": \"{Severity(rule)}\",";
            text.Append($"    // {entry.PadRight(width)}  // {rule.Name}：{rule.Title}\n");
        }
        text.Append("""
              },

              // 规则选项，按规则编号或名称分组，具体选项见 rules/RL####.md。
              "ruleOptions": {
                // "RL4001": { "extraForeignWords": "全盟" },
              },

              // 体裁、单位等通常从标题和开头几行推断；推断有误时在此指定。
              // 体裁：CollectiveReview（班子/支部对照检查、剖析材料）、PersonalReview（个人对照检查）、DutyReport（述职报告）、WorkSummary（工作总结）。
              // "genre": "CollectiveReview",
              // "unitName": "青石镇",
              // "unitType": "Town",
              // "voice": "Collective",
              // "date": "2024-09-12",

              // 补充分词词典（每行：词语 [词频] [词性]），路径相对于本文件所在目录。
              "dictionaries": [
                // "terms.txt",
              ],
            }

            """);
        return text.ToString();
    }

    private static string Severity(Diagnostics.DiagnosticDescriptor rule) =>
        rule.IsEnabledByDefault ? DiagnosticFormatters.SeverityName(rule.DefaultSeverity) : "off";
}
