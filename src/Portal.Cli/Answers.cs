using Portal.Scaffolding;

namespace Portal.Cli;

/// <summary>
/// The values a starting file or repository needs: from options, else (in a terminal) from prompts, each checked by
/// the build's own rules and asked again until it is valid. Without a terminal, missing values are named, not guessed.
/// </summary>
/// <param name="input">Where answers to prompts are read from.</param>
/// <param name="interactive">Whether to ask for missing values (a terminal), or to name them and stop (a script).</param>
/// <param name="command">The command, for messages: <c>portal new</c>.</param>
public sealed class Answers(TextReader input, bool interactive, string command)
{
    /// <summary>Every field's checked value, by field name.</summary>
    /// <param name="together">A problem between answers, with the fields to ask again, or null.</param>
    public Dictionary<string, string> Collect(
        IReadOnlyList<ScaffoldField> fields,
        Func<IReadOnlyDictionary<string, string>, CombinedProblem?> together,
        ParsedArguments arguments,
        ScaffoldContext context,
        TextWriter output)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var field in fields)
        {
            if (arguments.Option(field.Option) is not { } given)
            {
                continue;
            }

            var checkedValue = field.Check(given, context);
            if (checkedValue.Value is { } value)
            {
                answers[field.Name] = value;
            }
            else
            {
                problems.Add($"{field.Option}: {checkedValue.Problem}");
            }
        }

        var missing = fields.Where(f => f.Required && !answers.ContainsKey(f.Name) && arguments.Option(f.Option) is null).ToList();
        if (!interactive && missing.Count > 0)
        {
            problems.Add($"missing {string.Join(", ", missing.Select(f => $"{f.Option} {f.Placeholder}"))}: give {(missing.Count == 1 ? "it as an option" : "them as options")}, or run {command} in a terminal to be asked");
        }

        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("\n", problems));
        }

        var asked = new HashSet<string>(StringComparer.Ordinal);
        if (interactive)
        {
            foreach (var field in fields.Where(f => arguments.Option(f.Option) is null))
            {
                Ask(field, context, output, answers);
                asked.Add(field.Name);
            }
        }

        while (together(answers) is { } combined)
        {
            var again = fields.Where(f => combined.Fields.Contains(f.Name) && asked.Contains(f.Name)).ToList();
            if (again.Count == 0)
            {
                throw new UsageException(combined.Problem);
            }

            output.WriteLine($"  {combined.Problem}");
            foreach (var field in again)
            {
                Ask(field, context, output, answers);
            }
        }

        return answers;
    }

    private void Ask(ScaffoldField field, ScaffoldContext context, TextWriter output, Dictionary<string, string> answers)
    {
        while (true)
        {
            output.Write(field.Required ? $"{field.Prompt}: " : $"{field.Prompt} (optional, Enter to skip): ");
            var line = input.ReadLine() ?? throw new UsageException($"no answer for {field.Option}: the input ended");
            if (line.Trim().Length == 0 && !field.Required)
            {
                answers.Remove(field.Name);
                return;
            }

            var answer = field.Check(line, context);
            if (answer.Value is { } value)
            {
                answers[field.Name] = value;
                return;
            }

            output.WriteLine($"  {answer.Problem}");
        }
    }
}
