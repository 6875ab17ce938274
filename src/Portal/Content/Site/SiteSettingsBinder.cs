using Portal.FrontMatter;

namespace Portal.Content.Site;

public static class SiteSettingsBinder
{
    private static readonly string[] DefaultLanguages = ["sv", "en"];

    /// <param name="baseUrlOverride">The command line's <c>--base-url</c>, which wins over the file's.</param>
    public static SiteSettings? Bind(SourceFile file, Uri? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(file.Text, file.DisplayPath, firstLine: 1, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (root is not null || !diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, root?.Location ?? SourceLocation.StartOf(file.DisplayPath), "site.yml must hold keys with values: title, publisher, baseUrl");
            }

            return null;
        }

        var keys = new KeyReader(mapping, SiteFileDefinition.KeyList, diagnostics);
        var languages = ReadLanguages(keys, diagnostics);
        var title = keys.RequiredLocalized("title", languages);
        var publisher = keys.RequiredString("publisher");
        var description = keys.OptionalLocalized("description", languages);
        var accessibility = keys.OptionalMapping("accessibility") is { } statement ? ReadAccessibility(new KeyReader(statement, SiteFileDefinition.AccessibilityKeys, diagnostics)) : null;
        var limits = keys.OptionalMapping("limits") is { } given ? ReadLimits(new KeyReader(given, SiteFileDefinition.LimitKeys, diagnostics), diagnostics) : ContentLimits.Default;
        var baseUrl = baseUrlOverride ?? ReadBaseUrl(keys, diagnostics);
        if (baseUrlOverride is not null && !IsValidBaseUrl(baseUrlOverride))
        {
            diagnostics.Error(DiagnosticCodes.InvalidUrl, SourceLocation.StartOf("--base-url"), $"--base-url must be an absolute http(s) address, not '{baseUrlOverride}'");
            return null;
        }

        if (title is null || publisher is null || baseUrl is null)
        {
            return null;
        }

        return new SiteSettings(title, publisher, WithTrailingSlash(baseUrl), languages, description, accessibility, limits);
    }

    private static AccessibilityInfo? ReadAccessibility(KeyReader keys)
    {
        var contact = keys.RequiredString("contact");
        var phone = keys.OptionalString("phone");
        var compliance = keys.OptionalEnum<Compliance>("compliance") ?? Compliance.Partial;
        var assessed = keys.OptionalDate("assessed");
        var updated = keys.OptionalDate("updated");
        return contact is null ? null : new AccessibilityInfo(contact, phone, compliance, assessed, updated);
    }

    /// <summary>Each limit given replaces its default; a limit may be raised or lowered, never made unlimited.</summary>
    private static ContentLimits ReadLimits(KeyReader keys, DiagnosticBag diagnostics)
    {
        var defaults = ContentLimits.Default;
        return new ContentLimits(
            Size(keys, "textFileSize", diagnostics) ?? defaults.TextFileSize,
            Size(keys, "dataFileSize", diagnostics) ?? defaults.DataFileSize,
            Size(keys, "assetFileSize", diagnostics) ?? defaults.AssetFileSize,
            keys.OptionalInteger("tableRows", min: 1) ?? defaults.TableRows,
            keys.OptionalInteger("tableColumns", min: 1) ?? defaults.TableColumns,
            keys.OptionalInteger("chartValues", min: 1) ?? defaults.ChartValues);
    }

    private static long? Size(KeyReader keys, string key, DiagnosticBag diagnostics)
    {
        if (keys.OptionalScalar(key) is not { } scalar)
        {
            return null;
        }

        var size = FileSize.Parse(scalar.Text);
        if (size is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not a size for '{key}'; write a number with KB or MB, such as 2 MB or 512 KB");
        }

        return size;
    }

    public static bool IsValidBaseUrl(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https" && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment);

    private static Uri? ReadBaseUrl(KeyReader keys, DiagnosticBag diagnostics)
    {
        if (!keys.Has("baseUrl"))
        {
            keys.RequiredString("baseUrl");
            return null;
        }

        var url = keys.OptionalAbsoluteUrl("baseUrl");
        if (url is not null && !IsValidBaseUrl(url))
        {
            diagnostics.Error(DiagnosticCodes.InvalidUrl, keys.LocationOf("baseUrl"), $"'baseUrl' must be an http(s) address without ?query or #fragment, such as https://example.org/internationellt/, not '{url}'");
            return null;
        }

        return url;
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/");

    private static IReadOnlyList<string> ReadLanguages(KeyReader keys, DiagnosticBag diagnostics)
    {
        var given = keys.ScalarList("languages");
        if (given.Count == 0)
        {
            return DefaultLanguages;
        }

        var languages = new List<string>();
        foreach (var scalar in given)
        {
            if (scalar.Text.Length is < 2 or > 3 || !scalar.Text.All(char.IsAsciiLetterLower))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not a language code; write two lower-case letters such as sv or en");
            }
            else if (!languages.Contains(scalar.Text))
            {
                languages.Add(scalar.Text);
            }
        }

        return languages.Count > 0 ? languages : DefaultLanguages;
    }
}
