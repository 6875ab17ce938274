using System.Collections.Concurrent;

namespace Portal.Search.Analysis;

/// <summary>A page's index terms, each with how much it weighs in the page (1 to <see cref="DocumentAnalyser.MaxWeight"/>).</summary>
public sealed record AnalysedDocument(SearchDocument Document, string[] Terms, byte[] Weights);

/// <summary>
/// Turns pages into index terms for one language. A word in a page's names weighs most, one in its context less, and
/// each time a word stands in its text a little, up to a cap (a long text does not outweigh a name). Each distinct
/// word is analysed once: a build's pages share a vocabulary far smaller than their words.
/// </summary>
public sealed class DocumentAnalyser(LanguageAnalysis analysis)
{
    public const int NameWeight = 8;
    public const int ContextWeight = 4;
    public const int MaxTextWeight = 3;
    public const int MaxWeight = 15;

    /// <summary>A word's terms, the secondary already marked (it is met on thousands of pages); null for a stop word.</summary>
    private readonly ConcurrentDictionary<string, WordTerms?> words = new(StringComparer.Ordinal);

    public LanguageAnalysis Analysis => analysis;

    public AnalysedDocument Analyse(SearchDocument document)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        AddField(weights, document.Title, NameWeight);
        foreach (var name in document.Names)
        {
            AddField(weights, name, NameWeight);
        }

        foreach (var context in document.Context)
        {
            AddField(weights, context, ContextWeight);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        VisitTerms(document.Text, counts, static (term, counts) => counts[term] = counts.GetValueOrDefault(term) + 1);
        foreach (var (term, count) in counts)
        {
            weights[term] = weights.GetValueOrDefault(term) + Math.Min(count, MaxTextWeight);
        }

        var terms = weights.Keys.Order(StringComparer.Ordinal).ToArray();
        return new AnalysedDocument(document, terms, [.. terms.Select(t => (byte)Math.Min(weights[t], MaxWeight))]);
    }

    /// <summary>The terms of <paramref name="text"/>'s words, a term once for each word it stands for.</summary>
    public void VisitTerms<TState>(string text, TState state, Action<string, TState> visit)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Words.Visit(text, (this, lookup, state, visit), static (word, s) =>
        {
            if (!s.lookup.TryGetValue(word, out var terms))
            {
                var text = word.ToString();
                terms = s.Item1.TermsOf(text);
                s.Item1.words.TryAdd(text, terms);
            }

            if (terms is { } found)
            {
                s.visit(found.Primary, s.state);
                if (found.Secondary is { } secondary)
                {
                    s.visit(secondary, s.state);
                }
            }
        });
    }

    private WordTerms? TermsOf(string word)
    {
        if (analysis.StopWords.Contains(word))
        {
            return null;
        }

        var terms = analysis.Analyse(word);
        return terms with { Secondary = terms.Secondary is { } secondary ? LanguageAnalysis.SecondaryMark + secondary : null };
    }

    /// <summary>A field's terms weigh the same however often they stand in it.</summary>
    private void AddField(Dictionary<string, int> weights, string text, int weight)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        VisitTerms(text, seen, static (term, seen) => seen.Add(term));
        foreach (var term in seen)
        {
            weights[term] = weights.GetValueOrDefault(term) + weight;
        }
    }
}
