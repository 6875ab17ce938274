using Portal.Templates;

namespace Portal.Tests.Templates;

/// <summary>The repository's theme, loaded once for tests that render a component without building a site.</summary>
public static class ShippedTheme
{
    private static readonly Lazy<Theme> LazyTheme = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(RepoPaths.Theme, ["sv", "en"], RepoPaths.Root, diagnostics);
        Assert.That(theme, Is.Not.Null, string.Join("\n", diagnostics.Sorted()));
        return theme!;
    });

    private static readonly Lazy<TemplateRenderer> LazyTemplates = new(() => new TemplateRenderer(Theme));

    /// <summary>The theme in Swedish and English.</summary>
    public static Theme Theme => LazyTheme.Value;

    public static TemplateRenderer Templates => LazyTemplates.Value;
}
