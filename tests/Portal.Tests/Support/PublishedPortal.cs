namespace Portal.Tests.Support;

/// <summary>
/// The portal as it ships: <c>dotnet publish src/Portal.Cli</c>'s folder, which scripts/test.sh publishes into
/// .tools/published and names in PORTAL_PUBLISHED.
/// </summary>
public static class PublishedPortal
{
    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("PORTAL_PUBLISHED") ?? Path.Combine(RepoPaths.Root, ".tools", "published");
            Assert.That(File.Exists(Path.Combine(folder, "portal")), Is.True, $"no published portal in {folder}; run scripts/test.sh, which publishes it");
            return folder;
        }
    }

    /// <summary>The native executable.</summary>
    public static string Executable => Path.Combine(Folder, "portal");
}
