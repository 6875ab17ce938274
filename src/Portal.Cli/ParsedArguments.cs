namespace Portal.Cli;

/// <summary>A command's <c>--option value</c> pairs and <c>--flags</c>.</summary>
public sealed record ParsedArguments(IReadOnlyDictionary<string, string> Options, IReadOnlySet<string> Flags, IReadOnlyList<string> Positional)
{
    public string? Option(string name) => Options.GetValueOrDefault(name);

    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyList<CommandOption> declared)
    {
        var valueOptions = declared.Where(o => o.TakesValue).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var flagOptions = declared.Where(o => !o.TakesValue).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=');
            var name = arg.StartsWith("--", StringComparison.Ordinal) && eq > 0 ? arg[..eq] : arg;
            if (valueOptions.Contains(name))
            {
                var value = eq > 0 && name != arg ? arg[(eq + 1)..] : i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value");
                options[name] = value;
            }
            else if (flagOptions.Contains(arg))
            {
                flags.Add(arg);
            }
            else if (arg.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{arg}'");
            }
            else
            {
                positional.Add(arg);
            }
        }

        return new ParsedArguments(options, flags, positional);
    }
}

public sealed class UsageException(string message) : Exception(message);
