namespace Portal.Tests.Support;

/// <summary>Where the repository's folders are, found by walking up from the test binaries to Portal.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Theme => Path.Combine(Root, "theme");

    public static string DemoInput => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Portal.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
