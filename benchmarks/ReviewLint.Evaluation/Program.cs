using System.Reflection;
using ReviewLint.Evaluation;

var measurements = typeof(IMeasurement).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMeasurement).IsAssignableFrom(t))
    .Select(t => (IMeasurement)Activator.CreateInstance(t)!)
    .OrderBy(m => m.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? measurements.FirstOrDefault(m => m.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/ReviewLint.Evaluation -- <measurement> <arguments>");
    foreach (var measurement in measurements)
        Console.Error.WriteLine($"  {measurement.Name} {measurement.Usage}");
    return 2;
}
try
{
    return await chosen.RunAsync(args[1..]);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"{chosen.Name}: {e.Message}");
    return 2;
}
