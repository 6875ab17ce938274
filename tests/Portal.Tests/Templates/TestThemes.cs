using Portal.Pages.Views;
using Portal.Templates;

namespace Portal.Tests.Templates;

/// <summary>Small themes written for a test, over the shipped one, and pages to render with them.</summary>
internal static class TestThemes
{
    /// <summary>A renderer of a theme with the given layout for "page", over the shipped theme.</summary>
    /// <param name="baseLayout">Base, when not the shipped one.</param>
    /// <param name="boxComponent">The template of a component "box", if any.</param>
    public static TemplateRenderer Renderer(string pageLayout, string? baseLayout = null, string? boxComponent = null, TemplateExecution execution = TemplateExecution.Compiled)
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
        return new TemplateRenderer(theme!, execution);
    }

    /// <summary>Builds the content with <paramref name="theme"/> over the shipped theme.</summary>
    public static BuildRun Build(TempContent content, TempDirectory theme)
    {
        content.Write();
        return SiteBuilder.Run(content.ContentDirectory, content.OutputDirectory, null, content.ContentDirectory, theme.FullPath);
    }

    /// <summary>Writes a file of an override theme, at its path with '/' (<c>components/status/status.css</c>).</summary>
    public static void Write(TempDirectory theme, string relativePath, string text)
    {
        var path = theme.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public static string Html(TemplateRenderer templates, PageModel page) => System.Text.Encoding.UTF8.GetString(templates.Render(page));

    /// <summary>A page of the layout "page", titled <paramref name="title"/>, with a breadcrumb a0.html, a1.html… per crumb.</summary>
    public static PageModel Page(string title, int crumbs = 1) => new()
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
        Breadcrumbs = crumbs == 1 ? [new LinkView($"{title}.html", title)] : [.. Enumerable.Range(0, crumbs).Select(i => new LinkView($"a{i}.html", $"a{i}"))],
        CurrentCrumb = title,
        Navigation = [],
        Alternates = [new AlternateView("sv", "sida.html", "https://example.org/sida.html", "Svenska", true)],
        FooterLinks = [],
        OpenData = [],
        Feeds = [new LinkView("atom.xml", "Portalen: beslut och ändringar")],
        SearchHref = "sok.html",
        Body = null,
        UntranslatedLanguage = null,
        TitleLanguage = null,
        View = new FreePageView(title),
    };
}
