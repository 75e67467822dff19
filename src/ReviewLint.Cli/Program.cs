using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReviewLint;

Console.OutputEncoding = new UTF8Encoding(false);
if (args.Length < 2 || args[0] != "check")
{
    Console.Error.WriteLine("用法：reviewlint check <文件…>");
    return 2;
}
using var provider = new ServiceCollection().AddReviewLint(o => o.DiscoverConfigurationFiles = true).BuildServiceProvider();
var linter = provider.GetRequiredService<IReviewLinter>();
var documents = args.Skip(1).Select(path => ReportDocument.FromText(path, File.ReadAllText(path)));
int found = 0;
await foreach (var result in linter.AnalyzeStreamAsync(documents))
    foreach (var diagnostic in result.Diagnostics)
    {
        Console.WriteLine(diagnostic);
        found++;
    }
Console.WriteLine($"{found} 条问题。");
return found > 0 ? 1 : 0;
