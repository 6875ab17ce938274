using System.Runtime.InteropServices;

namespace Portal.Search.Analysis;

/// <summary>A page's index terms, each with how much it weighs in the page (1 to <see cref="DocumentAnalyser.MaxWeight"/>).</summary>
public sealed record AnalysedDocument(SearchDocument Document, string[] Terms, byte[] Weights);

/// <summary>
/// Turns pages into index terms for one language. A word in a page's names weighs most, one in its context less, and
/// each time a word stands in its text a little, up to a cap (a long text does not outweigh a name). Each distinct
/// word is analysed once per thread: a build's pages share a vocabulary far smaller than their words, and a cache of
/// its own spares each thread the locks of a shared one.
/// </summary>
public sealed class DocumentAnalyser(LanguageAnalysis analysis)
{
    public const int NameWeight = 8;
    public const int ContextWeight = 4;
    public const int MaxTextWeight = 3;
    public const int MaxWeight = 15;

    /// <summary>What each thread analyses with: its cache of words, each with its terms as counters that one page at a
    /// time is counted in. A term's counters belong to the thread, so counting is a field's increment, not a lookup
    /// in a table per word of the text.</summary>
    private readonly ThreadLocal<Scratch> scratch = new(() => new Scratch());

    /// <summary>A term, as one thread counts it in the page it is analysing.</summary>
    private sealed class Term(string text)
    {
        public string Text { get; } = text;

        /// <summary>The page (by the thread's count of pages) that <see cref="Weight"/> and <see cref="Count"/> are of.</summary>
        public int Page { get; set; }

        /// <summary>The field of the page that last added to <see cref="Weight"/>: a field's term weighs once.</summary>
        public int Field { get; set; }

        public int Weight { get; set; }

        /// <summary>How often the term stands in the page's text.</summary>
        public int Count { get; set; }
    }

    /// <summary>A word's terms, the secondary already marked.</summary>
    private sealed record WordCounters(Term Primary, Term? Secondary);

    private sealed class Scratch
    {
        public Scratch() => WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Each word met, with its terms; null for a stop word.</summary>
        public Dictionary<string, WordCounters?> Words { get; } = new(StringComparer.Ordinal);

        /// <summary><see cref="Words"/> looked up by a word in a buffer, taken once: taking it checks the comparer.</summary>
        public Dictionary<string, WordCounters?>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan { get; }

        /// <summary>Each term met, so that words with one stem share its counters.</summary>
        public Dictionary<string, Term> Terms { get; } = new(StringComparer.Ordinal);

        /// <summary>The page's terms, in the order first met.</summary>
        public List<Term> InPage { get; } = [];

        public int Page { get; set; }

        public int Field { get; set; }
    }

    public LanguageAnalysis Analysis => analysis;

    public AnalysedDocument Analyse(SearchDocument document)
    {
        var tables = scratch.Value!;
        tables.InPage.Clear();
        tables.Page++;
        AddField(tables, document.Title, NameWeight);
        foreach (var name in document.Names)
        {
            AddField(tables, name, NameWeight);
        }

        foreach (var context in document.Context)
        {
            AddField(tables, context, ContextWeight);
        }

        // A text shown untranslated is another language's, found on its own page by that language's analysis.
        if (document.UntranslatedLanguage is null)
        {
            Visit(tables, document.Text, tables, static (term, tables) =>
            {
                Enter(tables, term);
                term.Count++;
            });
        }

        var terms = new string[tables.InPage.Count];
        var bytes = new byte[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = tables.InPage[i];
            terms[i] = term.Text;
            bytes[i] = (byte)Math.Min(term.Weight + Math.Min(term.Count, MaxTextWeight), MaxWeight);
        }

        return new AnalysedDocument(document, terms, bytes);
    }

    /// <summary>The terms of <paramref name="text"/>'s words, a term once for each word it stands for.</summary>
    public void VisitTerms<TState>(string text, TState state, Action<string, TState> visit) =>
        Visit(scratch.Value!, text, (state, visit), static (term, s) => s.visit(term.Text, s.state));

    /// <summary>A field's terms weigh the same however often they stand in it.</summary>
    private void AddField(Scratch tables, string text, int weight)
    {
        tables.Field++;
        Visit(tables, text, (tables, weight), static (term, s) =>
        {
            Enter(s.tables, term);
            if (term.Field != s.tables.Field)
            {
                term.Field = s.tables.Field;
                term.Weight += s.weight;
            }
        });
    }

    /// <summary>Counts <paramref name="term"/> in the page being analysed, from nothing if it is the first time there.</summary>
    private static void Enter(Scratch tables, Term term)
    {
        if (term.Page != tables.Page)
        {
            term.Page = tables.Page;
            term.Weight = 0;
            term.Count = 0;
            tables.InPage.Add(term);
        }
    }

    private void Visit<TState>(Scratch tables, string text, TState state, Action<Term, TState> visit)
    {
        Words.Visit(text, (this, tables, state, visit), static (word, s) =>
        {
            if (!s.tables.WordsBySpan.TryGetValue(word, out var terms))
            {
                var text = word.ToString();
                terms = s.Item1.CountersOf(s.tables, text);
                s.tables.Words[text] = terms;
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

    private WordCounters? CountersOf(Scratch tables, string word)
    {
        if (analysis.StopWords.Contains(word))
        {
            return null;
        }

        var terms = analysis.Analyse(word);
        return new WordCounters(
            TermOf(tables, terms.Primary),
            terms.Secondary is { } secondary ? TermOf(tables, LanguageAnalysis.SecondaryMark + secondary) : null);
    }

    private static Term TermOf(Scratch tables, string text)
    {
        ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(tables.Terms, text, out _);
        return term ??= new Term(text);
    }
}
