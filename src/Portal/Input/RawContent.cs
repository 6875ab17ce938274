using Portal.FrontMatter;

namespace Portal.Input;

/// <summary>Everything read from the input folder, before any of it is bound to the content model.</summary>
/// <param name="ContentPaths">Every content file found, including those that could not be read: references to a
/// broken file are not reported a second time as references to a missing one.</param>
public sealed record RawContent(
    string InputDirectory,
    IReadOnlyList<ContentPath> ContentPaths,
    IReadOnlyList<ContentDocument> Documents,
    IReadOnlyList<DataFile> DataFiles,
    IReadOnlyList<AssetFile> Assets);

/// <summary>A Markdown content file with its front matter read.</summary>
public sealed record ContentDocument(ContentPath Path, FrontMatterDocument Document);

public sealed record DataFile(ContentPath Path, SourceFile Source);

/// <summary>A file under <c>assets/</c>, copied as it is; <paramref name="FullPath"/> is where to copy it from.</summary>
public sealed record AssetFile(string RelativePath, string FullPath);
