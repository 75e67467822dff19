using System.Globalization;
using System.Text;

namespace ReviewLint.Corpus;

/// <summary>The phrase banks of <c>phrases.txt</c> and the expansion of their <c>{slot}</c> templates.</summary>
internal static class PhraseBank
{
    private static readonly Dictionary<string, string[]> Banks = Load();

    /// <summary>Expands every slot of <paramref name="template"/>; context values win over banks.</summary>
    public static string Expand(string template, UnitContext context, Random random)
    {
        var builder = new StringBuilder(template.Length * 2);
        Append(builder, template, context, random, depth: 0);
        return builder.ToString();
    }

    /// <summary>A random option of bank <paramref name="key"/> (voice and category variants first), expanded.</summary>
    public static string Pick(string key, UnitContext context, Random random) => Expand(Choose(key, context, random), context, random);

    /// <summary>Distinct random options of a bank, expanded, in random order.</summary>
    public static List<string> PickDistinct(string key, int count, UnitContext context, Random random)
    {
        var options = Options(key, context).ToArray();
        random.Shuffle(options);
        return [.. options.Take(Math.Min(count, options.Length)).Select(o => Expand(o, context, random))];
    }

    public static bool Has(string key) => Banks.ContainsKey(key);

    private static void Append(StringBuilder builder, string template, UnitContext context, Random random, int depth)
    {
        if (depth > 8) throw new InvalidOperationException($"phrase template nests too deeply: {template}");
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                return;
            }
            builder.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            string slot = template[(open + 1)..close];
            i = close + 1;
            if (slot.StartsWith("n:", StringComparison.Ordinal) || slot.StartsWith("d:", StringComparison.Ordinal))
            {
                AppendNumber(builder, slot, random);
                continue;
            }
            if (context.TryGet(slot, out string? value))
            {
                builder.Append(value);
                continue;
            }
            Append(builder, Choose(slot, context, random), context, random, depth + 1);
        }
    }

    private static void AppendNumber(StringBuilder builder, string slot, Random random)
    {
        var range = slot[2..].Split('-');
        int low = int.Parse(range[0], CultureInfo.InvariantCulture), high = int.Parse(range[1], CultureInfo.InvariantCulture);
        if (slot[0] == 'n') builder.Append(random.Next(low, high + 1).ToString(CultureInfo.InvariantCulture));
        else builder.Append((low + random.NextDouble() * (high - low)).ToString("0.0", CultureInfo.InvariantCulture));
    }

    private static string Choose(string key, UnitContext context, Random random)
    {
        var options = Options(key, context);
        return options[random.Next(options.Length)];
    }

    private static string[] Options(string key, UnitContext context) =>
        Banks.GetValueOrDefault($"{key}.{context.Voice}") ?? Banks.GetValueOrDefault($"{key}.{context.Category}") ?? Banks.GetValueOrDefault(key)
        ?? throw new KeyNotFoundException($"phrase bank [{key}] is missing");

    private static Dictionary<string, string[]> Load()
    {
        using var stream = typeof(PhraseBank).Assembly.GetManifestResourceStream("ReviewLint.Corpus.phrases.txt")
            ?? throw new InvalidOperationException("embedded phrases.txt is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var banks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                string key = line[1..^1];
                if (!banks.TryGetValue(key, out current)) banks[key] = current = [];
                continue;
            }
            (current ?? throw new InvalidOperationException($"phrase outside a bank: {line}")).Add(line);
        }
        // A category variant adds to the general bank; a voice variant replaces it (voices must not mix).
        foreach (var (key, options) in banks)
        {
            int dot = key.LastIndexOf('.');
            if (dot > 0 && key[(dot + 1)..] is not ("personal" or "collective") && banks.TryGetValue(key[..dot], out var general)) options.AddRange(general);
        }
        return banks.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
