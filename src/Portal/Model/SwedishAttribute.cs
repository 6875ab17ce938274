namespace Portal.Model;

/// <summary>What an allowed value means in Swedish, as the editors' guide and the survey say it; after a comma, a remark ("kommun, standard").</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class SwedishAttribute(string gloss) : Attribute
{
    public string Gloss { get; } = gloss;
}
