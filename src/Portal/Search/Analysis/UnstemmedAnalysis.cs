namespace Portal.Search.Analysis;

/// <summary>A language the portal has no stemmer for: words are searched as they are written, with no stop words.</summary>
public sealed class UnstemmedAnalysis(string language) : LanguageAnalysis
{
    public override string Language => language;

    public override IReadOnlyList<string> Stemmers { get; } = [];

    public override IReadOnlySet<string> StopWords { get; } = new HashSet<string>();

    protected override string Stem(string word) => word;
}
