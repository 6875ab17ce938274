namespace Portal.Model;

/// <summary>The whole portal's content in one language, bound and checked.</summary>
public sealed record LanguageContent(
    string Language,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<Network> Networks,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<FreePage> Pages,
    IReadOnlyList<CountryIntro> CountryIntros);
