using System.Reflection;
using ReviewLint.Cli.Check;
using ReviewLint.Cli.CommandLine;

namespace ReviewLint.Cli;

/// <summary>The entry point of reviewlint: dispatches to check, rules or init, prints help and version, and turns usage and
/// internal errors into exit code 2 with a message on standard error.</summary>
internal static class CliApplication
{
    /// <summary>The package version, without build metadata.</summary>
    public static string Version { get; } =
        (typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static string Help => $"""
        reviewlint {Version} —— 中文公文材料（剖析材料、对照检查材料、述职报告、工作总结）提交前检查工具

        用法：
          reviewlint check [选项] <路径…>   检查文件、目录、通配符或 -（标准输入）
          reviewlint rules [--format json]   列出全部规则
          reviewlint init [目录]             写入带注释的 reviewlint.json
          reviewlint --version               显示版本
          reviewlint --help                  显示本帮助

        用 reviewlint <命令> --help 查看该命令的选项。
        退出码：0 没有达到失败级别的问题；1 有；2 用法、配置、输入或内部错误。
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        using var console = new CliConsole();
        try
        {
            return args switch
            {
                [] => Usage(console, "缺少命令。"),
                ["--version" or "-v"] => Print(console, Version),
                ["--help" or "-h" or "help"] => Print(console, Help),
                ["check", .. var rest] => await new CheckCommand(console).RunAsync(rest),
                ["rules", .. var rest] => new RulesCommand(console).Run(rest),
                ["init", .. var rest] => new InitCommand(console).Run(rest),
                [var command, ..] => Usage(console, $"未知的命令“{command}”。"),
            };
        }
        catch (UsageException e)
        {
            string command = args is [var first, ..] && first is "check" or "rules" or "init" ? $" {first}" : "";
            console.Error.WriteLine($"reviewlint：{e.Message}");
            console.Error.WriteLine($"用 reviewlint{command} --help 查看用法。");
            return ExitCodes.Error;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"reviewlint：内部错误：{e}");
            return ExitCodes.Error;
        }
    }

    private static int Print(CliConsole console, string text)
    {
        console.Out.WriteLine(text);
        return ExitCodes.Clean;
    }

    private static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine($"reviewlint：{message}");
        console.Error.WriteLine(Help);
        return ExitCodes.Error;
    }
}
