using Portal.FrontMatter;

namespace Portal.Input;

/// <summary>Everything read from the input folder, before any of it is bound to the content model.</summary>
public sealed record RawContent(
    string InputDirectory,
    IReadOnlyList<ContentDocument> Documents,
    IReadOnlyList<DataFile> DataFiles,
    IReadOnlyList<AssetFile> Assets);

/// <summary>A Markdown content file with its front matter read.</summary>
public sealed record ContentDocument(ContentPath Path, FrontMatterDocument Document);

public sealed record DataFile(ContentPath Path, SourceFile Source);

/// <summary>A file under <c>assets/</c>, copied as it is; <paramref name="FullPath"/> is where to copy it from.</summary>
public sealed record AssetFile(string RelativePath, string FullPath);
