namespace Portal.FrontMatter;

/// <summary>A Markdown file split into its front matter and its body, each with the file line it starts on.</summary>
public sealed record FrontMatterDocument(SourceFile File, YamlMapping Keys, string Body, int BodyFirstLine);
