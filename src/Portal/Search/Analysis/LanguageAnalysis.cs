using Lucene.Net.Tartarus.Snowball;

namespace Portal.Search.Analysis;

/// <summary>
/// What a word is indexed and searched under in one language. <paramref name="Primary"/> is its stem by the
/// language's Snowball stemmer; <paramref name="Secondary"/>, where the language has one, a second stemmer's
/// different stem, which matches with less weight (Swedish's light stemmer: <c>partnerskapet</c> → <c>partnerskap</c>,
/// which Snowball keeps whole).
/// </summary>
public readonly record struct WordTerms(string Primary, string? Secondary);

/// <summary>
/// One language's analysis: its stop words and its stemmers. The index is built with it, and the browser analyses a
/// query with the same algorithms (<c>theme/assets/search/</c>); the parity tests hold the two together.
/// </summary>
public abstract class LanguageAnalysis
{
    /// <summary>The prefix that keeps a secondary stem apart from the primary stems in the index's one term list.</summary>
    public const char SecondaryMark = '~';

    /// <summary>The language's code, as site.yml names it.</summary>
    public abstract string Language { get; }

    /// <summary>The names of the stemmers, as the browser knows them; the manifest names them.</summary>
    public abstract IReadOnlyList<string> Stemmers { get; }

    /// <summary>Words too common to find anything (<c>och</c>, <c>the</c>), left out of the index and of queries.</summary>
    public abstract IReadOnlySet<string> StopWords { get; }

    /// <summary>The terms of a lower-cased word that is not a stop word.</summary>
    public WordTerms Analyse(string word)
    {
        var primary = Stem(word);
        var secondary = SecondaryStem(word);
        return new WordTerms(primary, secondary is null || secondary == primary ? null : secondary);
    }

    protected abstract string Stem(string word);

    protected virtual string? SecondaryStem(string word) => null;

    /// <summary>
    /// <paramref name="word"/> stemmed by a Snowball stemmer of Lucene.Net's, made for the call: a stemmer keeps state
    /// while it works, and a build analyses on every core.
    /// </summary>
    protected static string SnowballStem<TStemmer>(string word)
        where TStemmer : SnowballProgram, new()
    {
        var stemmer = new TStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The analysis of <paramref name="language"/>; a language without stemmers here gets words as they are.</summary>
    public static LanguageAnalysis For(string language) => language switch
    {
        "sv" => new SwedishAnalysis(),
        "en" => new EnglishAnalysis(),
        _ => new UnstemmedAnalysis(language),
    };
}
