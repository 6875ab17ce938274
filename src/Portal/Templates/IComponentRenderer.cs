namespace Portal.Templates;

/// <summary>
/// Renders one of the theme's components with its named arguments, in a language's UI strings: how code outside a
/// layout (the Markdown extensions) draws markup the theme owns.
/// </summary>
public interface IComponentRenderer
{
    TrustedHtml RenderComponent(string name, string language, IReadOnlyDictionary<string, object?> arguments);
}
