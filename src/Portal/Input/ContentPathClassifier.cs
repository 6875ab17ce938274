using Portal.Content;

namespace Portal.Input;

/// <summary>Names the kind of each file from its place under <c>input/</c>, and checks that its name can become a URL.</summary>
public static class ContentPathClassifier
{
    public static ContentPath? Classify(string relativePath, IReadOnlyCollection<string> languages, string displayPath, DiagnosticBag diagnostics)
    {
        var parts = relativePath.Split('/');
        var at = SourceLocation.StartOf(displayPath);
        if (parts.Length == 1)
        {
            if (parts[0] == "site.yml")
            {
                return new ContentPath(ContentKind.Site, relativePath, "site", string.Empty, null);
            }

            return Unexpected(at, diagnostics, "only site.yml belongs at the top of the content folder; move this file into one of its folders");
        }

        var top = parts[0];
        switch (top)
        {
            case "assets":
                return new ContentPath(ContentKind.Asset, relativePath, string.Empty, string.Empty, null);
            case "data":
                var extension = Path.GetExtension(relativePath);
                return extension is ".yml" or ".yaml" or ".json" or ".csv"
                    ? new ContentPath(ContentKind.Data, relativePath, string.Empty, string.Empty, null)
                    : Unexpected(at, diagnostics, "data/ holds tables as .yml, .json or .csv; this file is not used");
        }

        if (ContentKinds.InFolder(top) is not { } definition)
        {
            return Unexpected(at, diagnostics, $"'{top}/' is not a content folder ({string.Join(", ", ContentKinds.All.Select(k => k.Folder))}, data, assets)");
        }

        if (!relativePath.EndsWith(".md", StringComparison.Ordinal))
        {
            return Unexpected(at, diagnostics, $"{top}/ holds Markdown files (.md); this file is not used");
        }

        var folders = parts[1..^1];
        if (definition.FolderDepth is { } depth && folders.Length != depth)
        {
            diagnostics.Error(DiagnosticCodes.UnexpectedFile, at, $"this file must be at {definition.FileForm}");
            return null;
        }

        foreach (var folder in folders.Where(f => !Slug.IsValid(f)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidFileName, at, $"the folder name '{folder}' must be lower-case letters a-z, digits and '-'; rename it '{Slug.Suggest(folder)}'");
            return null;
        }

        var fileName = parts[^1][..^3];
        string? language = null;
        var dot = fileName.LastIndexOf('.');
        if (dot > 0)
        {
            var suffix = fileName[(dot + 1)..];
            if (languages.Contains(suffix))
            {
                language = suffix;
                fileName = fileName[..dot];
            }
            else if (suffix.Length == 2 && suffix.All(char.IsAsciiLetterLower))
            {
                diagnostics.Error(DiagnosticCodes.UnknownLanguage, at, $"'{suffix}' is not one of the site's languages ({string.Join(", ", languages)}); add it to 'languages' in site.yml or rename the file");
                return null;
            }
        }

        if (!Slug.IsValid(fileName))
        {
            var fixedName = Slug.Suggest(fileName) + (language is null ? string.Empty : "." + language) + ".md";
            diagnostics.Error(DiagnosticCodes.InvalidFileName, at, $"the file name '{parts[^1]}' must be lower-case letters a-z, digits and '-'; rename it '{fixedName}'");
            return null;
        }

        if (definition.CheckFileName(fileName) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.InvalidFileName, at, $"{problem}, not '{parts[^1]}'");
            return null;
        }

        return new ContentPath(definition.Kind, relativePath, fileName, string.Join('/', folders), language);
    }

    private static ContentPath? Unexpected(SourceLocation at, DiagnosticBag diagnostics, string message)
    {
        diagnostics.Warning(DiagnosticCodes.UnexpectedFile, at, message);
        return null;
    }
}
