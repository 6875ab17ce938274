namespace Portal.FrontMatter;

/// <summary>Splits a content file at its <c>---</c> lines and reads the keys between them.</summary>
public static class FrontMatterParser
{
    private const string Fence = "---";

    public static FrontMatterDocument? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var start = SourceLocation.StartOf(file.DisplayPath);
        if (string.IsNullOrWhiteSpace(file.Text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, start, "the file is empty; it needs front matter between two '---' lines, then the text");
            return null;
        }

        // The front matter and the body are cut out of the text by where its lines start and end, not by splitting
        // every line of the body and joining them again.
        var text = file.Text;
        var firstEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstEnd).TrimEnd() is not Fence)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, start, "the file must start with a line '---', then its keys (name: …), then another '---'");
            return null;
        }

        var yamlStart = firstEnd + 1;
        var close = -1;
        var (closeStart, closeEnd) = (0, 0);
        for (var (line, lineStart) = (1, yamlStart); lineStart <= text.Length; line++)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd() is Fence or "...")
            {
                (close, closeStart, closeEnd) = (line, lineStart, lineEnd);
                break;
            }

            lineStart = lineEnd + 1;
        }

        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, start, "the front matter opened on line 1 never closes; add a line '---' after the last key");
            return null;
        }

        var yaml = closeStart == yamlStart ? string.Empty : text[yamlStart..(closeStart - 1)];
        var root = SimpleKeysReader.TryRead(yaml, file.DisplayPath, firstLine: 2) ?? YamlTreeReader.Read(yaml, file.DisplayPath, firstLine: 2, diagnostics);
        var keysAt = new SourceLocation(file.DisplayPath, 2, 1);
        YamlMapping keys;
        switch (root)
        {
            case null when HasNoContent(yaml):
                keys = YamlMapping.Empty(keysAt);
                break;
            case null:
                return null;
            case YamlMapping mapping:
                keys = mapping;
                break;
            case YamlScalar { IsNull: true }:
                keys = YamlMapping.Empty(keysAt);
                break;
            default:
                diagnostics.Error(DiagnosticCodes.WrongType, root.Location, "the front matter must be keys with values (name: …), not a list or a single value");
                return null;
        }

        var body = text.AsMemory(Math.Min(closeEnd + 1, text.Length));
        return new FrontMatterDocument(file, keys, body, BodyFirstLine: close + 2);
    }

    /// <summary>Where the line that starts at <paramref name="start"/> ends: at its line break, or at the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Blank lines and comments only (a starting file's commented-out keys): no keys, which is not an error.</summary>
    private static bool HasNoContent(string yaml) =>
        yaml.Split('\n').Select(l => l.TrimStart()).All(l => l.Length == 0 || l.StartsWith('#'));
}
