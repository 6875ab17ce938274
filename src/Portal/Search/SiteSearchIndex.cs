using Portal.Markdown;
using Portal.Output;
using Portal.Search.Analysis;
using Portal.Search.Index;

namespace Portal.Search;

/// <summary>
/// The site's search index as a build renders it: each page's search document is analysed on the thread that
/// rendered the page, kept in the page's place, and each language's index is written when all are in, so that the
/// files are the same whatever order the pages rendered in.
/// </summary>
/// <param name="pageCount">How many pages the build renders; <see cref="Add"/> takes each's place in their order.</param>
/// <param name="uiOf">The theme's words in a language.</param>
/// <param name="hrefFromSearchPage">A page's href from its language's search page, which the results are links on.</param>
public sealed class SiteSearchIndex(IEnumerable<string> languages, int pageCount, Func<string, Func<string, string>> uiOf, Func<PageDocument, string> hrefFromSearchPage)
{
    private readonly Dictionary<string, DocumentAnalyser> analysers = languages.ToDictionary(l => l, l => new DocumentAnalyser(LanguageAnalysis.For(l)), StringComparer.Ordinal);
    private readonly (string Language, AnalysedDocument Document)?[] documents = new (string, AnalysedDocument)?[pageCount];

    /// <summary>Indexes the page in place <paramref name="place"/> of the build's pages, if it is one the search shows.</summary>
    public void Add(int place, PageDocument page, RenderedMarkdown? body)
    {
        if (SearchDocuments.Of(page, body, uiOf(page.Language)) is { } document && analysers.TryGetValue(page.Language, out var analyser))
        {
            // Only what a result shows is kept beyond the analysis, the start of the text for its excerpt: the pages'
            // documents are kept until the last page is rendered, through the collections of the whole render.
            var analysed = analyser.Analyse(document);
            documents[place] = (page.Language, analysed with
            {
                Document = document with
                {
                    Path = hrefFromSearchPage(page),
                    Names = [],
                    Context = [],
                    Text = PlainText.Start(document.Text, SearchIndexFiles.ExcerptSourceLength),
                },
            });
        }
    }

    /// <summary>Every language's index files.</summary>
    public IReadOnlyList<OutputFile> Files() =>
        [.. analysers.OrderBy(a => a.Key, StringComparer.Ordinal).AsParallel().AsOrdered().SelectMany(a => SearchIndexFiles.Write(SearchIndexBuilder.Build(
            a.Value.Analysis,
            [.. documents.OfType<(string Language, AnalysedDocument Document)>().Where(d => d.Language == a.Key).Select(d => d.Document)])))];
}
