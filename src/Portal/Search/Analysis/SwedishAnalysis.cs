using Lucene.Net.Analysis.Sv;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Portal.Search.Analysis;

/// <summary>
/// Swedish: Lucene.Net's Snowball stemmer (<c>vänorterna</c> → <c>vänort</c>) and its light stemmer as the second
/// (<c>partnerskapet</c> → <c>partnerskap</c>); neither finds both alone. The stop words are Snowball's, as Lucene's
/// Swedish analyser has them.
/// </summary>
public sealed class SwedishAnalysis : LanguageAnalysis
{
    private static readonly IReadOnlySet<string> Stops = StopSet.Of(SwedishAnalyzer.DefaultStopSet);

    public override string Language => "sv";

    public override IReadOnlyList<string> Stemmers { get; } = ["snowball-swedish", "light-swedish"];

    public override IReadOnlySet<string> StopWords => Stops;

    protected override string Stem(string word) => SnowballStem<SwedishStemmer>(word);

    protected override string? SecondaryStem(string word)
    {
        var letters = word.ToCharArray();
        var length = new SwedishLightStemmer().Stem(letters, letters.Length);
        return new string(letters, 0, length);
    }
}
