using Portal.Output;
using Portal.Templates;

using static Portal.Tests.Templates.TestThemes;

namespace Portal.Tests.Templates;

/// <summary>
/// The compiled theme must give what Scriban's interpreter gives, byte for byte: on every file of real sites (the
/// demo, and a site whose lists are long enough to be paginated), with no page left to the interpreter;
/// and a theme or a page the compiled form does not model still renders as the interpreter renders it.
/// </summary>
public sealed class CompiledTemplateTests
{
    [Test]
    public void The_demo_site_compiled_is_the_demo_site_interpreted()
    {
        AssertSameSite(RepoPaths.DemoInput);
    }

    [Test]
    public void A_site_with_paginated_lists_and_every_status_compiled_is_the_same_site_interpreted()
    {
        // 249 partners of Huddinge in Finland, three kilometres apart, in every status, some with years, a local
        // name or an end not known: the relationships' index runs over three pages, and every branch of the
        // status, years and table components is taken.
        using var content = new TempContent();
        string[] statuses = ["active", "sporadic", "dormant", "ended"];
        for (var i = 0; i < 249; i++)
        {
            var lat = (61.0 + (i * 0.03)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            var status = statuses[i % 4];
            var years = (i % 3) switch
            {
                0 => $"since: {1950 + (i % 60)}\n",
                1 when status == "ended" => $"since: 1960\nuntil: {1990 + (i % 30)}\n",
                _ => string.Empty,
            };
            var local = i % 5 == 0 ? $"localName: Paikka {i:000}\nlocalNameLanguage: fi\n" : string.Empty;
            content.With($"partners/huddinge/ort-{i:000}.md", $"---\nname: Ort {i:000}\ncountry: FI\nlocation: {{lat: {lat}, lon: 26.0}}\ntype: twin-town\nstatus: {status}\n{years}{local}---\nOrt {i:000} är en vänort.\n");
        }

        var files = AssertSameSite(content.Write(), minimumPages: 250);

        Assert.That(files.Keys.Count(p => System.Text.Encoding.UTF8.GetString(files[p]).Contains("class=\"pagination\"", StringComparison.Ordinal)), Is.Positive);
    }

    [Test]
    public void A_theme_with_what_the_compiler_does_not_model_renders_by_the_interpreter()
    {
        // A capture is not compiled: the theme is interpreted, with the same result, and asking for it compiled says why.
        const string Layout = "{{ capture title }}Hej {{ page.title }}{{ end }}<p>{{ title }}</p>\n";

        var interpreted = Html(Renderer(Layout, "{{ content }}", execution: TemplateExecution.Compiled), Page("Hej"));
        var error = Assert.Throws<ThemeException>(() => Html(Renderer(Layout, "{{ content }}", execution: TemplateExecution.CompiledOnly), Page("Hej")))!;

        Assert.Multiple(() =>
        {
            Assert.That(interpreted, Is.EqualTo("<p>Hej Hej</p>\n"));
            Assert.That(error.Message, Does.Contain("the theme does not compile").And.Contain("ScriptCaptureStatement"));
        });
    }

    [Test]
    public void A_page_the_compiled_form_cannot_finish_is_rendered_by_the_interpreter()
    {
        // A member of nothing is Scriban's error; the compiled form leaves it to the interpreter, whose message is given.
        const string Layout = "<p>{{ page.title }}</p>{{ if page.title == 'Tom' }}{{ page.body.text }}{{ end }}\n";
        var templates = Renderer(Layout, "{{ content }}", execution: TemplateExecution.Compiled);

        var fine = Html(templates, Page("Hej"));
        var compiled = templates.Execution;
        var error = Assert.Throws<ThemeException>(() => Html(templates, Page("Tom")))!;
        var strict = Assert.Throws<Portal.Templates.Compiled.InterpreterNeeded>(() => Html(Renderer(Layout, "{{ content }}", execution: TemplateExecution.CompiledOnly), Page("Tom")));

        Assert.Multiple(() =>
        {
            Assert.That(fine, Is.EqualTo("<p>Hej</p>\n"));
            Assert.That(compiled, Is.EqualTo("compiled"));
            Assert.That(templates.Execution, Is.EqualTo("compiled; 1 page(s) finished by the interpreter"));
            Assert.That(error.Message, Does.Contain("null"));
            Assert.That(strict, Is.Not.Null);
        });
    }

    [Test]
    public void Loop_state_indentation_and_components_render_as_interpreted()
    {
        // Each feature the compiler models, in one layout: loop state, else-if, operators, a pipe into Scriban's
        // functions, a component on an indented line and as a value, and assignments.
        const string Layout = """
            {{ n = page.breadcrumbs.size }}
            <ul>
              {{~ for c in page.breadcrumbs }}
              <li class="{{ if for.first }}first{{ else if for.last }}last{{ else }}mid{{ end }}">{{ for.index }}/{{ for.length }} {{ link to: c }}{{ if !for.last && n > 1 }},{{ end }}</li>
              {{~ end }}
            </ul>
            <div>
              {{ box text: (page.title | string.upcase) }}
            </div>
            {{ b = box text: (page.breadcrumbs[1].text + "!") }}<p>{{ b }}</p>
            <p>{{ tr "skip" }} {{ tr ("status." + "active") }} {{ 1 + 2 * 3 }} {{ page.title == "x" || page.title != "y" }}</p>

            """;
        const string Box = "{{ func box(text) -}}\n<div>\n  <p>{{ text }}</p>\n</div>\n{{ end }}\n";

        var interpreted = Html(Renderer(Layout, "{{ content }}", Box, TemplateExecution.Interpreted), Page("Hej", crumbs: 3));
        var compiled = Html(Renderer(Layout, "{{ content }}", Box, TemplateExecution.CompiledOnly), Page("Hej", crumbs: 3));

        Assert.Multiple(() =>
        {
            Assert.That(compiled, Is.EqualTo(interpreted));
            Assert.That(interpreted, Does.Contain("<li class=\"first\">0/3 <a href=\"a0.html\">a0</a>,</li>"));
            Assert.That(interpreted, Does.Contain("<li class=\"last\">2/3 <a href=\"a2.html\">a2</a></li>"));
            Assert.That(interpreted, Does.Contain("HEJ"));
        });
    }

    /// <summary>Builds the content in memory twice, interpreted and compiled, and asserts every file is the same.</summary>
    private static Dictionary<string, byte[]> AssertSameSite(string input, int minimumPages = 200)
    {
        var interpreted = Generate(input, TemplateExecution.Interpreted);
        var compiled = Generate(input, TemplateExecution.CompiledOnly);

        Assert.That(compiled.Keys, Is.EquivalentTo(interpreted.Keys));
        var different = compiled.Keys.Where(p => !compiled[p].AsSpan().SequenceEqual(interpreted[p])).Order(StringComparer.Ordinal).ToList();
        Assert.That(different, Is.Empty, "files the compiled theme wrote otherwise than the interpreter");
        Assert.That(compiled.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), Is.GreaterThan(minimumPages));
        return compiled;
    }

    private static Dictionary<string, byte[]> Generate(string input, TemplateExecution templates)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(input, Path.Combine(Path.GetTempPath(), "unused-output"), RepoPaths.Theme, new Uri(DemoSite.BaseUrl), RepoPaths.Root, Today: TestDate.Today, Templates: templates);
        var files = PortalBuild.Generate(options, diagnostics);
        Assert.That(diagnostics.HasErrors, Is.False, string.Join('\n', diagnostics.Sorted()));
        return files!.Where(f => f.Content is not null).ToDictionary(f => f.Path, f => f.Content!, StringComparer.Ordinal);
    }
}
