namespace Portal.Input;

/// <summary>
/// Where a file sits in the content contract's folders. <paramref name="Folder"/> is the municipality slug for a
/// relationship and the sub-folder under <c>pages/</c> for a free page; <paramref name="Language"/> is set for
/// a translation (<c>vanda.en.md</c>).
/// </summary>
public sealed record ContentPath(ContentKind Kind, string RelativePath, string Slug, string Folder, string? Language)
{
    /// <summary>The relative path of the original a translation belongs to.</summary>
    public string OriginalPath => Language is null ? RelativePath : RelativePath[..^($".{Language}.md".Length)] + ".md";
}
