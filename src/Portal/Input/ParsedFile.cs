using Portal.FrontMatter;

namespace Portal.Input;

/// <summary>A content file as one read left it: its front matter and text (null when it could not be read or parsed), and the problems found.</summary>
public sealed record ParsedFile(FrontMatterDocument? Document, IReadOnlyList<Diagnostic> Problems);
