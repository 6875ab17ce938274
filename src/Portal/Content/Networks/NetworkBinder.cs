using Portal.Content.History;

namespace Portal.Content.Networks;

public static class NetworkBinder
{
    public static Network? Bind(KeyReader keys, BindingInput input, BindingContext context)
    {
        var name = keys.RequiredString("name");
        var nameLanguage = keys.OptionalLanguageTag("nameLanguage");
        var kind = keys.RequiredEnum<NetworkKind>("kind");
        var website = keys.OptionalAbsoluteUrl("website");
        var country = keys.Country("country", required: false, context.Countries);
        var location = keys.Location("location", required: false);
        var members = keys.MappingList("members").Select(m => BindMember(new KeyReader(m, NetworkDefinition.MemberKeys, context.Diagnostics), input.Translation, context)).OfType<NetworkMember>().ToList();
        var decisions = keys.ScalarList("decisions").Where(s => context.Catalog.CheckDecision(s, context.Diagnostics)).Select(s => s.Text).Distinct().ToList();
        var summary = keys.OptionalString("summary");
        if (country is not null && location is not null)
        {
            LocationCheck.Warn(keys, country, location, context);
        }

        return name is null || kind is null
            ? null
            : new Network(input.Path.Slug, name, kind.Value, website, country, location, members, Concerning(decisions, members), summary, input.Text) { TitleLanguage = input.LanguageOf("name", nameLanguage) };
    }

    /// <summary>The decisions the network names, then those behind its members' changes, which concern it too.</summary>
    private static List<string> Concerning(List<string> decisions, List<NetworkMember> members) =>
        [.. decisions.Concat(members.SelectMany(m => m.History).Select(h => h.Decision).OfType<string>()).Distinct()];

    /// <param name="translation">The network's translation: its members are facts, so their histories' notes stay the original's.</param>
    private static NetworkMember? BindMember(KeyReader member, TranslationInput? translation, BindingContext context)
    {
        var municipality = member.RequiredScalar("municipality") is { } slug && context.Catalog.CheckMunicipality(slug, context.Diagnostics) ? slug.Text : null;
        var since = member.OptionalPartialDate("since");
        var until = member.OptionalPartialDate("until");
        var role = member.OptionalString("role");
        DateChecks.CheckPeriod(member, since, until, "membership", context);

        // A membership has no status key: one with an end has ended, and its history must say so.
        var history = HistoryBinder.Bind(member, until is null ? null : RelationshipStatus.Ended, since, until, "membership", "until", translation is null ? null : translation with { Keys = null }, context);
        return municipality is null ? null : new NetworkMember(municipality, since, until, role) { History = history };
    }
}
