namespace ReviewLint.Cli.CommandLine;

/// <summary>One option of a command: <c>--name</c>, an optional one-letter alias, the value it takes (null for a flag) and its help.</summary>
internal sealed record OptionSpec(string Name, char? Alias, string? ValueName, string Description, IReadOnlyList<string>? AllowedValues = null)
{
    public bool TakesValue => ValueName is not null;

    public string Usage => (Alias is { } a ? $"-{a}, " : "    ") + $"--{Name}" + (ValueName is null ? "" : $" <{ValueName}>");
}

/// <summary>The command line was wrong; the message says what and the command's help says how.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Options and positional arguments of one command line, after parsing.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public bool Has(string name) => _flags.Contains(name) || _values.ContainsKey(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    internal void SetFlag(string name) => _flags.Add(name);

    internal void SetValue(string name, string value) => _values[name] = value;
}

/// <summary>A small POSIX-style parser: <c>--name value</c>, <c>--name=value</c>, <c>-n value</c>, flags, <c>--</c> ending the options,
/// and <c>-</c> as a positional argument (standard input). Errors are Chinese <see cref="UsageException"/>s.</summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(IEnumerable<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var parsed = new ParsedArguments();
        using var cursor = args.GetEnumerator();
        bool optionsEnded = false;
        while (cursor.MoveNext())
        {
            string arg = cursor.Current;
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }
            string? inlineValue = null;
            OptionSpec? spec;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                string name = arg[2..];
                int equals = name.IndexOf('=');
                if (equals >= 0)
                {
                    inlineValue = name[(equals + 1)..];
                    name = name[..equals];
                }
                spec = specs.FirstOrDefault(s => s.Name == name);
            }
            else
            {
                spec = arg.Length == 2 ? specs.FirstOrDefault(s => s.Alias == arg[1]) : null;
            }
            if (spec is null) throw new UsageException($"未知的选项“{arg}”。{Suggest(arg, specs)}");
            if (!spec.TakesValue)
            {
                if (inlineValue is not null) throw new UsageException($"选项 --{spec.Name} 不带值。");
                parsed.SetFlag(spec.Name);
                continue;
            }
            string value = inlineValue ?? (cursor.MoveNext() ? cursor.Current : throw new UsageException($"选项 --{spec.Name} 缺少值 <{spec.ValueName}>。"));
            if (spec.AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
                throw new UsageException($"选项 --{spec.Name} 的值“{value}”无效，可选：{string.Join("、", allowed)}。");
            parsed.SetValue(spec.Name, spec.AllowedValues is null ? value : value.ToLowerInvariant());
        }
        return parsed;
    }

    private static string Suggest(string arg, IReadOnlyList<OptionSpec> specs)
    {
        string typed = arg.TrimStart('-').Split('=')[0];
        var closest = specs.Select(s => (s.Name, Distance: Distance(typed, s.Name))).OrderBy(p => p.Distance).FirstOrDefault();
        return closest.Name is not null && closest.Distance <= Math.Max(2, typed.Length / 3) ? $"是否想用 --{closest.Name}？" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    /// <summary>The option lines of a command's help, aligned.</summary>
    public static string Describe(IReadOnlyList<OptionSpec> specs)
    {
        int width = specs.Max(s => Width(s.Usage)) + 2;
        return string.Join(Environment.NewLine, specs.Select(s => "  " + s.Usage + new string(' ', width - Width(s.Usage)) + s.Description));
    }

    /// <summary>Terminal columns: CJK characters take two.</summary>
    public static int Width(string text) => text.Sum(c => c >= 0x1100 ? 2 : 1);
}
