using NetTopologySuite.Geometries;

namespace Portal.CrossReferences;

/// <summary>
/// The links between content, computed once per language in linear time: lookups by key, archives by
/// municipality and by country, and decisions joined both ways with what they concern.
/// </summary>
public sealed class PortalIndex
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Envelope> _partnerEnvelopes = new(StringComparer.Ordinal);

    /// <summary>A municipality's name, or its slug where no file names it (a folder under partners/ without its municipality).</summary>
    public string MunicipalityName(string slug) => Municipalities.TryGetValue(slug, out var municipality) ? municipality.Name : slug;

    public PortalIndex(LanguageContent content)
    {
        Content = content;
        Municipalities = content.Municipalities.ToDictionary(m => m.Slug, StringComparer.Ordinal);
        Relationships = content.Relationships.ToDictionary(r => r.Key);
        Networks = content.Networks.ToDictionary(n => n.Slug, StringComparer.Ordinal);
        Decisions = content.Decisions.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        CountryIntros = content.CountryIntros.ToDictionary(c => c.Country, StringComparer.Ordinal);

        RelationshipsByMunicipality = content.Relationships.ToLookup(r => r.Key.Municipality, StringComparer.Ordinal);
        RelationshipsByCountry = content.Relationships.ToLookup(r => r.Country, StringComparer.Ordinal);
        RelationshipsByNetwork = content.Relationships.Where(r => r.Network is not null).ToLookup(r => r.Network!, StringComparer.Ordinal);
        NetworksByCountry = content.Networks.Where(n => n.Country is not null).ToLookup(n => n.Country!, StringComparer.Ordinal);
        NetworksByMunicipality = content.Networks
            .SelectMany(n => n.Members.Select(m => (m.Municipality, Network: n)))
            .Concat(content.Relationships.Where(r => r.Network is not null && Networks.ContainsKey(r.Network))
                .Select(r => (r.Key.Municipality, Network: Networks[r.Network!])))
            .DistinctBy(p => (p.Municipality, p.Network.Slug))
            .ToLookup(p => p.Municipality, p => p.Network, StringComparer.Ordinal);
        DecisionsByMunicipality = content.Decisions.ToLookup(d => d.Municipality, StringComparer.Ordinal);

        // A decision concerns a relationship when either side says so; both pages then link to the other.
        var relationshipDecisions = content.Decisions
            .SelectMany(d => d.Concerns.Where(c => c.Relationship is not null).Select(c => (Key: c.Relationship!.Value, Decision: d)))
            .Concat(DecisionsNamedBy(content.Relationships, r => r.Key, r => r.Decisions));
        DecisionsByRelationship = relationshipDecisions.DistinctBy(p => (p.Key, p.Decision.Slug))
            .OrderByDescending(p => p.Decision.Date).ToLookup(p => p.Key, p => p.Decision);

        var networkDecisions = content.Decisions
            .SelectMany(d => d.Concerns.Where(c => c.Network is not null).Select(c => (Key: c.Network!, Decision: d)))
            .Concat(DecisionsNamedBy(content.Networks, n => n.Slug, n => n.Decisions));
        DecisionsByNetwork = networkDecisions.DistinctBy(p => (p.Key, p.Decision.Slug))
            .OrderByDescending(p => p.Decision.Date).ToLookup(p => p.Key, p => p.Decision, StringComparer.Ordinal);

        ConcernedRelationships = DecisionsByRelationship
            .SelectMany(g => g.Select(d => (Decision: d.Slug, Relationship: Relationships.GetValueOrDefault(g.Key))))
            .Where(p => p.Relationship is not null)
            .ToLookup(p => p.Decision, p => p.Relationship!, StringComparer.Ordinal);
        ConcernedNetworks = DecisionsByNetwork
            .SelectMany(g => g.Select(d => (Decision: d.Slug, Network: Networks.GetValueOrDefault(g.Key))))
            .Where(p => p.Network is not null)
            .ToLookup(p => p.Decision, p => p.Network!, StringComparer.Ordinal);

        LatestYear = LatestYearIn(content);

        Countries = RelationshipsByCountry.Select(g => g.Key).Concat(NetworksByCountry.Select(g => g.Key))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The decisions each item names that exist, with the item's key. A loop: most of 25,000 relationships name none.</summary>
    private List<(TKey Key, Decision Decision)> DecisionsNamedBy<T, TKey>(IEnumerable<T> items, Func<T, TKey> keyOf, Func<T, IReadOnlyList<string>> decisionsOf)
    {
        var named = new List<(TKey, Decision)>();
        foreach (var item in items)
        {
            foreach (var slug in decisionsOf(item))
            {
                if (Decisions.TryGetValue(slug, out var decision))
                {
                    named.Add((keyOf(item), decision));
                }
            }
        }

        return named;
    }

    private static int LatestYearIn(LanguageContent content)
    {
        int? latest = null;
        void See(int? year) => latest = year > (latest ?? int.MinValue) ? year : latest;
        foreach (var relationship in content.Relationships)
        {
            See(relationship.Since?.Year);
            See(relationship.Until?.Year);
        }

        foreach (var decision in content.Decisions)
        {
            See(decision.Date.Year);
        }

        foreach (var member in content.Networks.SelectMany(n => n.Members))
        {
            See(member.Since?.Year);
            See(member.Until?.Year);
        }

        return latest ?? 2000;
    }

    public LanguageContent Content { get; }

    public IReadOnlyDictionary<string, Municipality> Municipalities { get; }

    public IReadOnlyDictionary<RelationshipKey, Relationship> Relationships { get; }

    public IReadOnlyDictionary<string, Network> Networks { get; }

    public IReadOnlyDictionary<string, Decision> Decisions { get; }

    public IReadOnlyDictionary<string, CountryIntro> CountryIntros { get; }

    public ILookup<string, Relationship> RelationshipsByMunicipality { get; }

    public ILookup<string, Relationship> RelationshipsByCountry { get; }

    public ILookup<string, Relationship> RelationshipsByNetwork { get; }

    public ILookup<string, Network> NetworksByCountry { get; }

    public ILookup<string, Network> NetworksByMunicipality { get; }

    public ILookup<string, Decision> DecisionsByMunicipality { get; }

    public ILookup<RelationshipKey, Decision> DecisionsByRelationship { get; }

    public ILookup<string, Decision> DecisionsByNetwork { get; }

    /// <summary>The relationships each decision concerns, by decision slug (from either side's keys).</summary>
    public ILookup<string, Relationship> ConcernedRelationships { get; }

    public ILookup<string, Network> ConcernedNetworks { get; }

    /// <summary>The envelope (degrees) of every partner in a country, worked out once per country, not once per page.</summary>
    public Envelope PartnersEnvelopeIn(string country) =>
        _partnerEnvelopes.GetOrAdd(country, code =>
        {
            var envelope = new Envelope();
            foreach (var relationship in RelationshipsByCountry[code])
            {
                envelope.ExpandToInclude(relationship.Location.Longitude, relationship.Location.Latitude);
            }

            return envelope;
        });

    /// <summary>The latest year the content mentions: where timelines end, so a build does not depend on today's date.</summary>
    public int LatestYear { get; }

    /// <summary>Every country with a relationship or a network seat, by code.</summary>
    public IReadOnlyList<string> Countries { get; }
}
