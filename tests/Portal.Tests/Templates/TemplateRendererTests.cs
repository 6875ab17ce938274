using Portal.Pages.Views;
using Portal.Templates;

using static Portal.Tests.Templates.TestThemes;

namespace Portal.Tests.Templates;

/// <summary>
/// A renderer reuses one Scriban context per thread from page to page, so what one page's templates did must not
/// reach the next: a variable a layout sets, an error half-way through a page. Compiled or interpreted, alike.
/// </summary>
[TestFixture(TemplateExecution.Compiled)]
[TestFixture(TemplateExecution.Interpreted)]
public sealed class TemplateRendererTests(TemplateExecution execution)
{
    // Sets a variable on the page titled "First" only; any other page that reads it must find it undefined.
    private const string LeakingLayout = "{{ if page.title == \"First\" }}{{ marker = \"set\" }}{{ end }}<p>{{ marker }}</p>\n";

    [Test]
    public void A_variable_one_page_sets_is_not_defined_on_the_next_page()
    {
        var templates = Renderer(LeakingLayout, execution: execution);
        var first = Html(templates, Page("First"));

        Assert.That(first, Does.Contain("<p>set</p>"));
        var error = Assert.Throws<ThemeException>(() => Html(templates, Page("Second")))!;
        Assert.That(error.Message, Does.Contain("`marker` was not found"));
    }

    [Test]
    public void A_page_renders_the_same_after_other_pages_and_after_an_error()
    {
        var templates = Renderer(LeakingLayout, execution: execution);
        var alone = Html(Renderer(LeakingLayout, execution: execution), Page("First"));

        Html(templates, Page("First"));
        Assert.Throws<ThemeException>(() => Html(templates, Page("Second")));

        Assert.That(Html(templates, Page("First")), Is.EqualTo(alone));
    }

    [Test]
    public void Pages_rendered_on_many_threads_at_once_are_each_their_own()
    {
        var templates = Renderer("{{ heading }}\n{{ link to: page.breadcrumbs[0] }}\n", execution: execution);
        var titles = Enumerable.Range(0, 200).Select(i => $"page-{i}").ToList();

        var rendered = titles.AsParallel().WithDegreeOfParallelism(4).Select(title => (title, html: Html(templates, Page(title)))).ToList();

        Assert.That(rendered, Has.All.Matches<(string Title, string Html)>(r =>
            r.Html.Contains($"<h1>{r.Title}</h1>", StringComparison.Ordinal) && r.Html.Contains($"<a href=\"{r.Title}.html\">{r.Title}</a>", StringComparison.Ordinal)));
    }

    [Test]
    public void The_layout_is_written_where_base_writes_content()
    {
        var html = Html(Renderer("<p>{{ page.title }}</p>\n", "<main>\n{{ content }}</main>\n", execution: execution), Page("Hej"));

        Assert.That(html, Is.EqualTo("<main>\n<p>Hej</p>\n</main>\n"));
    }

    [Test]
    public void Where_base_indents_content_every_line_of_the_layout_is_indented()
    {
        var html = Html(Renderer("<p>a</p>\n<p>{{ page.title }}</p>\n", "<main>\n  {{ content }}\n</main>\n", execution: execution), Page("b"));

        Assert.That(html, Is.EqualTo("<main>\n  <p>a</p>\n  <p>b</p>\n\n</main>\n"));
    }

    [Test]
    public void Base_and_the_layout_each_keep_their_own_variables()
    {
        // The theme loader refuses a name a template neither is given nor assigns, so only a name both assign can meet.
        var html = Html(Renderer("{{ x = \"layout\" }}<p>{{ x }}</p>", "{{ x = \"base\" }}{{ content }}<p>{{ x }}</p>", execution: execution), Page("a"));

        Assert.That(html, Is.EqualTo("<p>layout</p><p>base</p>"));
    }

    // A component of two lines, the second indented, to show where indentation applies.
    private const string Box = "{{ func box(text) -}}\n<div>\n  <p>{{ text }}</p>\n</div>\n{{ end }}\n";

    [Test]
    public void A_component_called_on_its_own_writes_what_its_value_would()
    {
        var called = Html(Renderer("<main>{{ box text: \"a\" }}</main>\n", "{{ content }}", Box, execution: execution), Page("p"));
        var asValue = Html(Renderer("{{ b = box text: \"a\" }}<main>{{ b }}</main>\n", "{{ content }}", Box, execution: execution), Page("p"));

        Assert.Multiple(() =>
        {
            Assert.That(called, Is.EqualTo("<main><div>\n  <p>a</p>\n</div>\n</main>\n"));
            Assert.That(asValue, Is.EqualTo(called));
        });
    }

    [Test]
    public void A_component_called_on_an_indented_line_is_indented_line_by_line()
    {
        var html = Html(Renderer("<main>\n  {{ box text: \"a\" }}\n</main>\n", "{{ content }}", Box, execution: execution), Page("p"));

        // Scriban indents every line of a value written on an indented line by that line's indentation, the first
        // line too (after the indentation already written): the component's own indentation is kept within it.
        Assert.That(html, Is.EqualTo("<main>\n    <div>\n      <p>a</p>\n    </div>\n\n</main>\n"));
    }
}
