namespace Portal.Output;

/// <summary>
/// The names a write uses beside an output folder NAME: <c>.NAME.building-GUID</c> (the new site being written),
/// <c>.NAME.previous-GUID</c> (the old site on its way out) and <c>.NAME.lock</c>. Hidden, and tied to the output's
/// own name, so a leftover of an interrupted write is recognised exactly, and nothing else in the parent folder
/// (another output's folders, an editor's own hidden folders) ever is. Output folders are full paths.
/// </summary>
public static class OutputSiblings
{
    private const string Building = "building-";
    private const string Previous = "previous-";
    private const int GuidLength = 32;

    /// <summary>A new folder name for the site being written.</summary>
    public static string Staging(string outputDirectory) => Beside(outputDirectory, Building + Guid.NewGuid().ToString("N"));

    /// <summary>A new folder name for the old site while it is replaced by two renames.</summary>
    public static string Retired(string outputDirectory) => Beside(outputDirectory, Previous + Guid.NewGuid().ToString("N"));

    /// <summary>The lock file of the writes to this output folder.</summary>
    public static string Lock(string outputDirectory) => Beside(outputDirectory, "lock");

    /// <summary>Whether <paramref name="name"/> is a staging or retired folder name of the output folder <paramref name="outputName"/>.</summary>
    public static bool IsStagingOrRetired(string name, string outputName)
    {
        var prefix = $".{outputName}.";
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = name.AsSpan(prefix.Length);
        return (rest.StartsWith(Building, StringComparison.Ordinal) || rest.StartsWith(Previous, StringComparison.Ordinal))
            && rest.Length == Building.Length + GuidLength
            && !rest[Building.Length..].ContainsAnyExcept("0123456789abcdef");
    }

    /// <summary>The staging and retired folders beside an output folder, whoever left them.</summary>
    public static IEnumerable<string> StagingAndRetired(string outputDirectory)
    {
        var name = Path.GetFileName(outputDirectory);
        return Directory.EnumerateDirectories(Path.GetDirectoryName(outputDirectory)!)
            .Where(path => IsStagingOrRetired(Path.GetFileName(path), name));
    }

    private static string Beside(string outputDirectory, string suffix) =>
        Path.Combine(Path.GetDirectoryName(outputDirectory)!, $".{Path.GetFileName(outputDirectory)}.{suffix}");
}
