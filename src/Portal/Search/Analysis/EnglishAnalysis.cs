using Lucene.Net.Analysis.En;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Portal.Search.Analysis;

/// <summary>
/// English: Lucene.Net's Snowball English stemmer (Porter2; Lucene's English analyser runs the older Porter
/// algorithm, which the browser has no well-kept copy of), and the English analyser's stop words.
/// </summary>
public sealed class EnglishAnalysis : LanguageAnalysis
{
    private static readonly IReadOnlySet<string> Stops = StopSet.Of(EnglishAnalyzer.DefaultStopSet);

    public override string Language => "en";

    public override IReadOnlyList<string> Stemmers { get; } = ["snowball-english"];

    public override IReadOnlySet<string> StopWords => Stops;

    protected override string Stem(string word) => SnowballStem<EnglishStemmer>(word);
}
