using Portal.Pages.Views;
using Portal.Templates;

namespace Portal.Tests.Templates;

/// <summary>
/// A renderer reuses one Scriban context per thread from page to page, so what one page's templates did must not
/// reach the next: a variable a layout sets, an error half-way through a page.
/// </summary>
public sealed class TemplateRendererTests
{
    // Sets a variable on the page titled "First" only; any other page that reads it must find it undefined.
    private const string LeakingLayout = "{{ if page.title == \"First\" }}{{ marker = \"set\" }}{{ end }}<p>{{ marker }}</p>\n";

    [Test]
    public void A_variable_one_page_sets_is_not_defined_on_the_next_page()
    {
        var templates = Renderer(LeakingLayout);
        var first = Html(templates, Page("First"));

        Assert.That(first, Does.Contain("<p>set</p>"));
        var error = Assert.Throws<ThemeException>(() => Html(templates, Page("Second")))!;
        Assert.That(error.Message, Does.Contain("`marker` was not found"));
    }

    [Test]
    public void A_page_renders_the_same_after_other_pages_and_after_an_error()
    {
        var templates = Renderer(LeakingLayout);
        var alone = Html(Renderer(LeakingLayout), Page("First"));

        Html(templates, Page("First"));
        Assert.Throws<ThemeException>(() => Html(templates, Page("Second")));

        Assert.That(Html(templates, Page("First")), Is.EqualTo(alone));
    }

    [Test]
    public void Pages_rendered_on_many_threads_at_once_are_each_their_own()
    {
        var templates = Renderer("{{ heading }}\n{{ link to: page.breadcrumbs[0] }}\n");
        var titles = Enumerable.Range(0, 200).Select(i => $"page-{i}").ToList();

        var rendered = titles.AsParallel().WithDegreeOfParallelism(4).Select(title => (title, html: Html(templates, Page(title)))).ToList();

        Assert.That(rendered, Has.All.Matches<(string Title, string Html)>(r =>
            r.Html.Contains($"<h1>{r.Title}</h1>", StringComparison.Ordinal) && r.Html.Contains($"<a href=\"{r.Title}.html\">{r.Title}</a>", StringComparison.Ordinal)));
    }

    [Test]
    public void The_layout_is_written_where_base_writes_content()
    {
        var html = Html(Renderer("<p>{{ page.title }}</p>\n", "<main>\n{{ content }}</main>\n"), Page("Hej"));

        Assert.That(html, Is.EqualTo("<main>\n<p>Hej</p>\n</main>\n"));
    }

    [Test]
    public void Where_base_indents_content_every_line_of_the_layout_is_indented()
    {
        var html = Html(Renderer("<p>a</p>\n<p>{{ page.title }}</p>\n", "<main>\n  {{ content }}\n</main>\n"), Page("b"));

        Assert.That(html, Is.EqualTo("<main>\n  <p>a</p>\n  <p>b</p>\n\n</main>\n"));
    }

    [Test]
    public void Base_and_the_layout_each_keep_their_own_variables()
    {
        // The theme loader refuses a name a template neither is given nor assigns, so only a name both assign can meet.
        var html = Html(Renderer("{{ x = \"layout\" }}<p>{{ x }}</p>", "{{ x = \"base\" }}{{ content }}<p>{{ x }}</p>"), Page("a"));

        Assert.That(html, Is.EqualTo("<p>layout</p><p>base</p>"));
    }

    // A component of two lines, the second indented, to show where indentation applies.
    private const string Box = "{{ func box(text) -}}\n<div>\n  <p>{{ text }}</p>\n</div>\n{{ end }}\n";

    [Test]
    public void A_component_called_on_its_own_writes_what_its_value_would()
    {
        var called = Html(Renderer("<main>{{ box text: \"a\" }}</main>\n", "{{ content }}", Box), Page("p"));
        var asValue = Html(Renderer("{{ b = box text: \"a\" }}<main>{{ b }}</main>\n", "{{ content }}", Box), Page("p"));

        Assert.Multiple(() =>
        {
            Assert.That(called, Is.EqualTo("<main><div>\n  <p>a</p>\n</div>\n</main>\n"));
            Assert.That(asValue, Is.EqualTo(called));
        });
    }

    [Test]
    public void A_component_called_on_an_indented_line_is_indented_line_by_line()
    {
        var html = Html(Renderer("<main>\n  {{ box text: \"a\" }}\n</main>\n", "{{ content }}", Box), Page("p"));

        // Scriban indents every line of a value written on an indented line by that line's indentation, the first
        // line too (after the indentation already written): the component's own indentation is kept within it.
        Assert.That(html, Is.EqualTo("<main>\n    <div>\n      <p>a</p>\n    </div>\n\n</main>\n"));
    }

    private static TemplateRenderer Renderer(string pageLayout, string? baseLayout = null, string? boxComponent = null)
    {
        var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine("layouts"));
        File.WriteAllText(folder.Combine("layouts", "page.sbn"), pageLayout);
        if (baseLayout is not null)
        {
            File.WriteAllText(folder.Combine("layouts", "base.sbn"), baseLayout);
        }

        if (boxComponent is not null)
        {
            Directory.CreateDirectory(folder.Combine("components", "box"));
            File.WriteAllText(folder.Combine("components", "box", "box.sbn"), boxComponent);
        }

        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(folder.FullPath, ["sv", "en"], folder.FullPath, diagnostics, RepoPaths.Theme);
        Assert.That(theme, Is.Not.Null, string.Join("\n", diagnostics.Sorted()));
        return new TemplateRenderer(theme!);
    }

    private static string Html(TemplateRenderer templates, PageModel page) => System.Text.Encoding.UTF8.GetString(templates.Render(page));

    private static PageModel Page(string title) => new()
    {
        Language = "sv",
        Title = title,
        DocumentTitle = title,
        Description = title,
        CanonicalUrl = "https://example.org/sida.html",
        SiteTitle = "Portalen",
        Publisher = "Kommunen",
        HomeHref = "index.html",
        ThemeHref = "theme/",
        Breadcrumbs = [new LinkView($"{title}.html", title)],
        CurrentCrumb = title,
        Navigation = [],
        Alternates = [new AlternateView("sv", "sida.html", "https://example.org/sida.html", "Svenska", true)],
        FooterLinks = [],
        OpenData = [],
        Body = null,
        UntranslatedLanguage = null,
        View = new FreePageView(title),
    };
}
