namespace Portal.Templates;

/// <summary>How a build runs the theme's templates.</summary>
public enum TemplateExecution
{
    /// <summary>Compiled when the theme compiles; a page the compiled form cannot finish is rendered by the interpreter.</summary>
    Compiled,

    /// <summary>By Scriban's interpreter alone: what the compiled form must give, byte for byte.</summary>
    Interpreted,

    /// <summary>Compiled, with no page left to the interpreter: a theme or a page that needs it fails, as tests require.</summary>
    CompiledOnly,
}
