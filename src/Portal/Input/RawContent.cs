using Portal.FrontMatter;

namespace Portal.Input;

/// <summary>Everything read from the input folder, before any of it is bound to the content model.</summary>
/// <param name="RefusedAssets">Files under assets/ that are not regular files, and so are never copied.</param>
/// <param name="ContentPaths">Every content file found, including those that could not be read: references to a
/// broken file are not reported a second time as references to a missing one.</param>
public sealed record RawContent(
    string InputDirectory,
    IReadOnlyList<ContentPath> ContentPaths,
    IReadOnlyList<ContentDocument> Documents,
    IReadOnlyList<DataFile> DataFiles,
    IReadOnlyList<AssetFile> Assets,
    IReadOnlyList<string> RefusedAssets)
{
    /// <summary>Every asset's path, those that cannot be published included: a link to one is not also a link to a missing file.</summary>
    public IReadOnlySet<string> AssetPaths() => Assets.Select(a => a.RelativePath).Concat(RefusedAssets).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A Markdown content file with its front matter read.</summary>
/// <param name="Version">What names this state of the file for the rest of a preview session (its path, size and
/// <see cref="Files.FileVersion"/>), so that later phases can keep what they made of it; null when the file was read
/// without a session, or changed too recently for its version to be trusted.</param>
public sealed record ContentDocument(ContentPath Path, FrontMatterDocument Document, string? Version = null);

/// <summary>A table file under <c>data/</c>; <paramref name="Source"/> is null when it could not be read (its error is
/// reported), so that a block showing it is not told a second time that there is no such file.</summary>
public sealed record DataFile(ContentPath Path, SourceFile? Source);

/// <summary>A file under <c>assets/</c>, copied as it is from the content folder.</summary>
public sealed record AssetFile(string RelativePath);
