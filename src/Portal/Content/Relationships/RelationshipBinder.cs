using System.Text.RegularExpressions;
using Portal.Content.History;

namespace Portal.Content.Relationships;

public static partial class RelationshipBinder
{
    public static Relationship? Bind(KeyReader keys, BindingInput input, BindingContext context)
    {
        var name = keys.RequiredCellText("name");
        var localName = keys.OptionalCellText("localName");
        var localNameLanguage = keys.OptionalLanguageTag("localNameLanguage");
        var country = keys.Country("country", required: true, context.Countries);
        var region = keys.OptionalCellText("region");
        var location = keys.Location("location", required: true);
        var type = keys.RequiredEnum<RelationshipType>("type");
        var status = keys.RequiredEnum<RelationshipStatus>("status");
        var since = keys.OptionalPartialDate("since");
        var until = keys.OptionalPartialDate("until");
        var areas = keys.EnumList<CooperationArea>("areas");
        var financing = keys.EnumList<FinancingSource>("financing");
        var network = keys.OptionalScalar("network") is { } networkValue && context.Catalog.CheckNetwork(networkValue, context.Diagnostics) ? networkValue.Text : null;
        var decisions = keys.ScalarList("decisions").Where(s => context.Catalog.CheckDecision(s, context.Diagnostics)).Select(s => s.Text).Distinct().ToList();
        var history = HistoryBinder.Bind(keys, status, since, until, "relationship", "status", input.Translation, context);
        var memberCount = keys.OptionalInteger("memberCount");
        var memberCountYear = keys.OptionalInteger("memberCountYear", min: 1000);
        var website = keys.OptionalAbsoluteUrl("website");
        var summary = keys.OptionalString("summary");

        if (!context.Catalog.HasMunicipality(input.Path.Folder))
        {
            context.Diagnostics.Error(DiagnosticCodes.UnknownReference, keys.Start with { Line = 1, Column = 1 }, $"the folder partners/{input.Path.Folder}/ names no municipality: add municipalities/{input.Path.Folder}.md or move the file{context.Catalog.MunicipalityHint(input.Path.Folder)}");
        }

        if (country is not null && location is not null)
        {
            LocationCheck.Warn(keys, country, location, context);
        }

        DateChecks.CheckPeriod(keys, since, until, "relationship", context);
        DateChecks.WarnIfEndedWithoutYear(keys, status, context);
        WarnIfNoText(input.Text, context);

        if (name is null || country is null || location is null || type is null || status is null)
        {
            return null;
        }

        return new Relationship
        {
            Key = new RelationshipKey(input.Path.Folder, input.Path.Slug),
            Name = name,
            LocalName = localName,
            LocalNameLanguage = localNameLanguage,
            Country = country,
            Region = region,
            Location = location,
            Type = type.Value,
            Status = status.Value,
            Since = since,
            Until = until,
            Areas = areas,
            Financing = financing,
            Network = network,
            // A decision behind a change of status concerns the relationship, named under 'decisions' or not.
            Decisions = [.. decisions.Concat(history.Select(h => h.Decision).OfType<string>()).Distinct()],
            History = history,
            MemberCount = memberCount,
            MemberCountYear = memberCountYear,
            Website = website,
            Summary = summary,
            Text = input.Text,
            TitleLanguage = input.OriginalLanguageOf("name"),
            Positions = input.Positions,
        };
    }

    /// <summary>
    /// A relationship's page is its text: without one (or with only HTML comments, which are not shown) the page
    /// shows the facts alone. Reported at the body's first line, where the text belongs.
    /// </summary>
    private static void WarnIfNoText(ContentText text, BindingContext context)
    {
        var markdown = text.Markdown.Span;
        if (markdown.IsWhiteSpace() || (markdown.Contains("<!--", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(HtmlComment().Replace(markdown.ToString(), string.Empty))))
        {
            context.Diagnostics.Warning(
                DiagnosticCodes.RelationshipWithoutText,
                new SourceLocation(text.Source.DisplayPath, text.FirstLine, 1),
                "the relationship has no text, so its page shows the facts alone: below the closing '---', write what the cooperation is or was, and its source");
        }
    }

    [GeneratedRegex(@"<!--[\s\S]*?(?:-->|\z)")]
    private static partial Regex HtmlComment();
}
