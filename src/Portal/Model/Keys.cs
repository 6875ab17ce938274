namespace Portal.Model;

/// <summary>A relationship's identity: <c>&lt;municipality&gt;/&lt;slug&gt;</c>, as editors write it in <c>concerns:</c>.</summary>
public readonly record struct RelationshipKey(string Municipality, string Slug)
{
    public override string ToString() => $"{Municipality}/{Slug}";
}

/// <summary>What a decision concerns: a relationship (<c>huddinge/vanda</c>) or a network (<c>eurocities</c>).</summary>
public sealed record ContentReference(RelationshipKey? Relationship, string? Network)
{
    public override string ToString() => Relationship?.ToString() ?? Network!;
}
