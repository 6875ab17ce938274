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

        var lines = file.Text.Split('\n');
        if (lines[0].TrimEnd() != Fence)
        {
            diagnostics.Error(DiagnosticCodes.MissingFrontMatter, start, "the file must start with a line '---', then its keys (name: …), then another '---'");
            return null;
        }

        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is Fence or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, start, "the front matter opened on line 1 never closes; add a line '---' after the last key");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var root = YamlTreeReader.Read(yaml, file.DisplayPath, firstLine: 2, diagnostics);
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

        var body = close + 1 < lines.Length ? string.Join('\n', lines[(close + 1)..]) : string.Empty;
        return new FrontMatterDocument(file, keys, body, BodyFirstLine: close + 2);
    }

    /// <summary>Blank lines and comments only (a starting file's commented-out keys): no keys, which is not an error.</summary>
    private static bool HasNoContent(string yaml) =>
        yaml.Split('\n').Select(l => l.TrimStart()).All(l => l.Length == 0 || l.StartsWith('#'));
}
