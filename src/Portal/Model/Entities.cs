namespace Portal.Model;

/// <summary>What every page-producing piece of content has: its key, its language's text, and a summary for meta descriptions.</summary>
public interface IContentItem
{
    string Slug { get; }

    ContentText Text { get; }

    string? Summary { get; }

    /// <summary>
    /// The language of its name or title when that is not the page's: the original's, on a page in another language
    /// whose translation does not give it. Its text's language is <see cref="Text"/>'s, which may differ.
    /// </summary>
    string? TitleLanguage { get; }
}

public sealed record Municipality(
    string Slug,
    string Name,
    GeoPoint Location,
    MunicipalityKind Kind,
    string? County,
    Uri? Website,
    string? Summary,
    ContentText Text) : IContentItem
{
    public string? TitleLanguage { get; init; }
}

/// <summary>One relationship between a Swedish municipality and a partner place.</summary>
public sealed record Relationship : IContentItem
{
    public required RelationshipKey Key { get; init; }

    public required string Name { get; init; }

    public string? LocalName { get; init; }

    /// <summary>The BCP 47 language <see cref="LocalName"/> is written in, as the editor gave it.</summary>
    public string? LocalNameLanguage { get; init; }

    public required string Country { get; init; }

    public string? Region { get; init; }

    public required GeoPoint Location { get; init; }

    public required RelationshipType Type { get; init; }

    public required RelationshipStatus Status { get; init; }

    public PartialDate? Since { get; init; }

    public PartialDate? Until { get; init; }

    public IReadOnlyList<CooperationArea> Areas { get; init; } = [];

    public IReadOnlyList<FinancingSource> Financing { get; init; } = [];

    public string? Network { get; init; }

    /// <summary>The decisions about it: those its <c>decisions</c> key names, then those its history names.</summary>
    public IReadOnlyList<string> Decisions { get; init; } = [];

    /// <summary>Its changes of status, oldest first; empty when the editor gave none.</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];

    public int? MemberCount { get; init; }

    public int? MemberCountYear { get; init; }

    public Uri? Website { get; init; }

    public string? Summary { get; init; }

    public required ContentText Text { get; init; }

    public string? TitleLanguage { get; init; }

    /// <summary>Where each key stands in the file, for checks made after binding.</summary>
    public required KeyPositions Positions { get; init; }

    public string Slug => Key.Slug;
}

public sealed record NetworkMember(string Municipality, PartialDate? Since, PartialDate? Until, string? Role)
{
    /// <summary>The membership's changes of status, oldest first; empty when the editor gave none.</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];
}

/// <summary>
/// One change in a relationship's or a membership's life: from <see cref="Date"/> its status was <see cref="Status"/>,
/// with the decision (or report) behind the change, and a note.
/// </summary>
/// <param name="NoteLanguage">The note's language when it is not the page's: the original's, on a page in another language whose translation does not give the note.</param>
public sealed record HistoryEntry(PartialDate Date, RelationshipStatus Status, string? Decision, string? Note, string? NoteLanguage = null);

public sealed record Network(
    string Slug,
    string Name,
    NetworkKind Kind,
    Uri? Website,
    string? Country,
    GeoPoint? Location,
    IReadOnlyList<NetworkMember> Members,
    IReadOnlyList<string> Decisions,
    string? Summary,
    ContentText Text) : IContentItem
{
    public string? TitleLanguage { get; init; }
}

/// <summary>A document a decision links to: a file under <c>assets/</c> or an absolute URL.</summary>
public sealed record DecisionDocument(string? AssetPath, Uri? Url)
{
    public string Label => AssetPath is not null ? Path.GetFileName(AssetPath) : Url!.ToString();
}

public sealed record Decision(
    string Slug,
    string Title,
    string Municipality,
    string Body,
    DateOnly Date,
    DecisionKind Kind,
    string? Reference,
    string? Outcome,
    IReadOnlyList<ContentReference> Concerns,
    IReadOnlyList<DecisionDocument> Documents,
    string? Summary,
    ContentText Text,
    KeyPositions Positions) : IContentItem
{
    public string? TitleLanguage { get; init; }

    /// <summary>The language of <see cref="Summary"/> when it is not the page's.</summary>
    public string? SummaryLanguage { get; init; }

    /// <summary>The language of <see cref="Body"/> when it is not the page's: the original's, where the translation does not give it.</summary>
    public string? BodyLanguage { get; init; }

    /// <summary>The language of <see cref="Outcome"/> when it is not the page's.</summary>
    public string? OutcomeLanguage { get; init; }
}

/// <summary>A free page; <paramref name="Folder"/> is its path under <c>pages/</c> ("" at the top, "historia" below it).</summary>
public sealed record FreePage(string Slug, string Folder, string Title, int? Order, string? Summary, ContentText Text, PageLayout Layout = PageLayout.Page) : IContentItem
{
    public string? TitleLanguage { get; init; }
}

/// <summary>The introduction to a country page, from <c>countries/&lt;iso2&gt;.md</c>.</summary>
public sealed record CountryIntro(string Slug, string Country, string? Summary, ContentText Text) : IContentItem
{
    /// <summary>A country page's title is the country's name in the page's language.</summary>
    public string? TitleLanguage => null;
}
