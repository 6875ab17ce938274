namespace Portal.Search;

/// <summary>The kinds of page a result names; the browser shows each in the page's language.</summary>
public enum SearchKind
{
    Relationship,
    Municipality,
    Country,
    Network,
    Decision,
    Page,
}

/// <summary>
/// What a relationship's filters test, by the keys a filtered view's address carries (<c>?status=ended&amp;country=FI</c>):
/// its status and type (kebab-case), its partner's country (ISO code) and its municipality (slug); and its years as
/// the result shows them.
/// </summary>
public sealed record RelationshipFacets(string Status, string Type, string Country, string Municipality, string Years);

/// <summary>
/// One page as the search sees it. <see cref="Names"/> are what the page is called (a partner's Swedish and local
/// name: Tammerfors, Tampere) and weigh most; <see cref="Context"/> are words that place it (its municipality, country,
/// type), then <see cref="Text"/>, the page's own text. <see cref="Path"/> is from the site's root.
/// </summary>
public sealed record SearchDocument
{
    public required string Path { get; init; }

    public required SearchKind Kind { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<string> Names { get; init; }

    public required IReadOnlyList<string> Context { get; init; }

    public required string Text { get; init; }

    /// <summary>The language of the title and text where the page shows them untranslated (<c>sv</c> on an English
    /// page); null where they are in the page's language. An untranslated text is not indexed: the page is found by
    /// its names and context, and the text on the page in its own language.</summary>
    public string? UntranslatedLanguage { get; init; }

    /// <summary>For a relationship, what it is filtered by; null for other pages.</summary>
    public RelationshipFacets? Facets { get; init; }
}
