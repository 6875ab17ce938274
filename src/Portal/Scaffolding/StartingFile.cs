using System.Text;

namespace Portal.Scaffolding;

/// <summary>
/// Writes a starting file: front matter whose keys each follow a Swedish comment saying what they mean, optional keys
/// commented out (remove <c># </c> to use one), then the body. Lines end with <c>\n</c>, with no trailing space.
/// </summary>
public sealed class StartingFile
{
    /// <summary>Comments are wrapped to this width, so the file reads well in any editor.</summary>
    public const int Width = 100;

    private readonly List<string> _frontMatter = [];
    private readonly List<string> _body = [];

    /// <summary>A comment line, or several when it is long.</summary>
    public StartingFile Comment(string text)
    {
        _frontMatter.AddRange(Wrap(text, Width - 2).Select(line => "# " + line));
        return this;
    }

    /// <summary>A key with its value, which is written as YAML text (quoted when it has to be) unless <paramref name="raw"/>.</summary>
    public StartingFile Key(string key, string comment, string value, bool raw = false)
    {
        Comment(comment);
        _frontMatter.Add($"{key}: {(raw ? value : YamlText.Scalar(value))}");
        return this;
    }

    /// <summary>A key whose value is a block list, one item a line.</summary>
    public StartingFile List(string key, string comment, IEnumerable<string> items)
    {
        Comment(comment);
        _frontMatter.Add($"{key}:");
        _frontMatter.AddRange(items.Select(i => $"  - {YamlText.Scalar(i)}"));
        return this;
    }

    /// <summary>An optional key, commented out: <c># key: example</c>, an empty example meaning "fill in".</summary>
    public StartingFile Optional(string key, string comment, string example = "")
    {
        Comment(comment);
        _frontMatter.Add(example.Length == 0 ? $"# {key}:" : $"# {key}: {example}");
        return this;
    }

    /// <summary>
    /// Every optional key of a kind not written yet, commented out after its Swedish description, in the kind's order:
    /// a key added to the kind's definition appears here by itself.
    /// </summary>
    public StartingFile OptionalKeys(IEnumerable<KeyDefinition> keys, params IEnumerable<string> written)
    {
        var skip = written.ToHashSet(StringComparer.Ordinal);
        foreach (var key in keys.Where(k => !k.Required && !skip.Contains(k.Name)))
        {
            if (key.Type is MappingType { IsList: true } entries)
            {
                // A list of mappings is shown as one commented-out entry with every key of its own.
                Comment(key.SwedishDescription);
                CommentedLines([$"{key.Name}:", .. entries.Keys.Select((k, i) => $"{(i == 0 ? "  - " : "    ")}{k.Name}:")]);
            }
            else
            {
                Optional(key.Name, key.SwedishDescription, key.Example ?? key.Default ?? key.Type.Example);
            }
        }

        return this;
    }

    /// <summary>Lines written as they are, each commented out.</summary>
    public StartingFile CommentedLines(params string[] lines)
    {
        _frontMatter.AddRange(lines.Select(l => ("# " + l).TrimEnd()));
        return this;
    }

    /// <summary>The line that opens the optional keys.</summary>
    public StartingFile OptionalKeysFollow()
    {
        _frontMatter.Add(string.Empty);
        return Comment("Frivilliga nycklar: ta bort \"# \" först på en rad för att använda nyckeln.");
    }

    /// <summary>Guidance for the editor in an HTML comment, which the build drops without a word.</summary>
    public StartingFile Guidance(params string[] paragraphs)
    {
        _body.Add("<!--");
        foreach (var paragraph in paragraphs)
        {
            _body.AddRange(Wrap(paragraph, Width));
        }

        _body.Add("Den här kommentaren syns inte på webbplatsen. Ta bort den när du har skrivit texten.");
        _body.Add("-->");
        return this;
    }

    /// <summary>A paragraph of Markdown.</summary>
    public StartingFile Paragraph(string markdown)
    {
        if (_body.Count > 0)
        {
            _body.Add(string.Empty);
        }

        _body.Add(markdown);
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("---\n");
        foreach (var line in _frontMatter)
        {
            text.Append(line).Append('\n');
        }

        text.Append("---\n");
        foreach (var line in _body)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
