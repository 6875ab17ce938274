namespace Portal.Output;

/// <summary>
/// The file every write leaves in its output folder, so that a later build knows the folder holds a site a build
/// wrote and may replace it whole. A folder that holds anything else (a folder of drafts, an editor's settings: a
/// mistyped <c>--output</c>) is refused instead of emptied. Like Sphinx's <c>.buildinfo</c>, it is hidden, and it is
/// published with the site.
/// </summary>
public static class OutputMark
{
    public const string FileName = ".portal-output";

    private const string Text = "This folder is a site that portal built. Each build replaces the whole folder: keep nothing of your own in it.\n";

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    /// <summary>
    /// The first entry, by name, of a folder that a build may not replace; null when it may: the folder does not exist,
    /// is empty, or holds a site a build wrote.
    /// </summary>
    public static string? FirstForeignEntry(string folder)
    {
        if (!Directory.Exists(folder) || File.Exists(Path.Combine(folder, FileName)) || IsUnmarkedSite(folder))
        {
            return null;
        }

        return Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>A site built before writes left the mark (portal 0.16 and earlier): its home page, its sitemap and its theme.</summary>
    private static bool IsUnmarkedSite(string folder) =>
        File.Exists(Path.Combine(folder, "index.html"))
        && File.Exists(Path.Combine(folder, "sitemap.xml"))
        && Directory.Exists(Path.Combine(folder, "theme"));
}
