using System.Text.RegularExpressions;
using Portal.FrontMatter;

namespace Portal.Content.Site;

public static partial class SiteSettingsBinder
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
        var organisationNumber = ReadOrganisationNumber(keys, diagnostics);
        var given = keys.OptionalMapping("openData");
        var openData = ReadOpenData(given is null ? null : new KeyReader(given, SiteFileDefinition.OpenDataKeys, diagnostics), accessibility, diagnostics);
        var limits = keys.OptionalMapping("limits") is { } limited ? ReadLimits(new KeyReader(limited, SiteFileDefinition.LimitKeys, diagnostics), diagnostics) : ContentLimits.Default;
        var search = keys.OptionalSwitch("search");
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

        WarnOfMissingCatalogueFacts(file, baseUrl, keys.Has("organisationNumber"), openData.ContactEmail is not null || given?.Find("contact")?.Value is not (null or YamlScalar { IsNull: true }), diagnostics);
        return new SiteSettings(title, publisher, WithTrailingSlash(baseUrl), languages, description, accessibility, limits, organisationNumber, openData)
        {
            Search = search ?? true,
            LanguagesAt = keys.Has("languages") ? keys.LocationOf("languages") : null,
        };
    }

    /// <summary>Ten digits written NNNNNN-NNNN, as the schema's pattern has it.</summary>
    [GeneratedRegex(@"^[0-9]{6}-[0-9]{4}$")]
    private static partial Regex OrganisationNumberPattern();

    private static OrganisationNumber? ReadOrganisationNumber(KeyReader keys, DiagnosticBag diagnostics)
    {
        if (keys.OptionalScalar("organisationNumber") is not { } scalar)
        {
            return null;
        }

        var text = scalar.Text.Trim();
        if (!OrganisationNumberPattern().IsMatch(text))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not an organisation number; write its ten digits as NNNNNN-NNNN, such as 212000-1355");
            return null;
        }

        var number = new OrganisationNumber(text);
        if (!Luhn.IsValid(number.Digits))
        {
            // A schema's pattern cannot compute a check digit, so this is not PT0007, which the schema agrees with.
            diagnostics.Error(DiagnosticCodes.OpenDataCatalogue, scalar.Location, $"'{text}' is not an organisation number: its last digit is not the check digit of the others; look for a mistyped digit");
            return null;
        }

        return number;
    }

    /// <summary>The licence and contact given, else CC0, and the accessibility contact when it is an e-mail address.</summary>
    private static OpenDataInfo ReadOpenData(KeyReader? keys, AccessibilityInfo? accessibility, DiagnosticBag diagnostics)
    {
        var license = keys?.OptionalAbsoluteUrl("license") ?? OpenDataInfo.Cc0;
        string? contact = null;
        if (keys?.OptionalScalar("contact") is { } scalar)
        {
            contact = scalar.Text.Trim();
            if (!ContactAddress.IsEmail(contact))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not an e-mail address for 'contact'; write one such as opendata@kommun.se");
                contact = null;
            }
        }

        return new OpenDataInfo(license, contact ?? EmailOf(accessibility?.Contact));
    }

    private static string? EmailOf(string? contact) =>
        contact is not null && ContactAddress.Of(contact) is { Kind: ContactKind.Email } email ? email.Text : null;

    /// <summary>
    /// Warns when the open-data catalogue lacks what dataportal.se needs to list it well: the publisher as an
    /// organisation it knows, and a contact point. Only for a site at an address that can be published: a site at a
    /// reserved name (example.org, localhost, .test; RFC 2606 and 6761), such as the demo, is never harvested. A key
    /// given but wrong has had its error already.
    /// </summary>
    private static void WarnOfMissingCatalogueFacts(SourceFile file, Uri baseUrl, bool hasOrganisationNumber, bool hasContact, DiagnosticBag diagnostics)
    {
        if (ReservedHosts.IsReserved(baseUrl))
        {
            return;
        }

        var at = SourceLocation.StartOf(file.DisplayPath);
        if (!hasOrganisationNumber)
        {
            diagnostics.Warning(DiagnosticCodes.OpenDataCatalogue, at, "the open-data catalogue (datasets/dcat.rdf) names its publisher by an address of this site, which dataportal.se does not know: add organisationNumber: NNNNNN-NNNN, the publisher's organisation number");
        }

        if (!hasContact)
        {
            diagnostics.Warning(DiagnosticCodes.OpenDataCatalogue, at, "the open-data catalogue (datasets/dcat.rdf) names no contact for its datasets: add openData: {contact: <e-mail address>}");
        }
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
