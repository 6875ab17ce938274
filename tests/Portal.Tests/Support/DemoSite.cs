using AngleSharp.Html.Dom;

namespace Portal.Tests.Support;

/// <summary>
/// The repository's demo content (input/) built once with the repository's theme, served from
/// https://example.org/internationellt/, and shared by every fixture that reads it. Fixtures call
/// <see cref="Get"/> in their OneTimeSetUp; the folder is removed when the test run ends.
/// </summary>
public static class DemoSite
{
    public const string BaseUrl = "https://example.org/internationellt/";

    private static readonly Lazy<BuildRun> LazyRun = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);
    // A parsed DOM is not shared between threads: fixtures reading the demo site may run side by side.
    private static readonly ThreadLocal<Dictionary<string, IHtmlDocument>> Parsed = new(() => new(StringComparer.Ordinal));
    private static TempDirectory? _directory;

    public static BuildRun Get() => LazyRun.Value;

    /// <summary>Every .html file of the built demo site, as site paths ("en/kommuner/huddinge.html").</summary>
    public static IReadOnlyList<string> Pages() =>
        Directory.EnumerateFiles(Get().OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Get().OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A page of the demo site, parsed once per test thread.</summary>
    public static IHtmlDocument Page(string sitePath)
    {
        var cache = Parsed.Value!;
        if (!cache.TryGetValue(sitePath, out var document))
        {
            document = Get().Html(sitePath);
            cache[sitePath] = document;
        }

        return document;
    }

    internal static void CleanUp() => _directory?.Dispose();

    private static BuildRun Build()
    {
        _directory = new TempDirectory("portal-demo");
        var output = _directory.Combine("output");
        return SiteBuilder.Run(RepoPaths.DemoInput, output, BaseUrl, workingDirectory: RepoPaths.Root);
    }
}
