namespace Portal.Tests.Support;

/// <summary>A finished build: its result, and where it wrote.</summary>
public sealed record BuildRun(BuildResult Result, string OutputDirectory)
{
    /// <summary>Every diagnostic as printed: <c>path:line:col: error PT00xx: message</c>.</summary>
    public IReadOnlyList<string> Lines => Result.Diagnostics.Select(d => d.ToString()).ToList();

    public IReadOnlyList<Diagnostic> Errors => Result.Diagnostics.Where(d => d.IsError).ToList();

    public IReadOnlyList<Diagnostic> Warnings => Result.Diagnostics.Where(d => !d.IsError).ToList();

    public string Report => Lines.Count == 0 ? "(no diagnostics)" : string.Join('\n', Lines);

    public string ReadText(string sitePath) => File.ReadAllText(Path.Combine(OutputDirectory, sitePath));

    public bool Exists(string sitePath) => File.Exists(Path.Combine(OutputDirectory, sitePath));

    public AngleSharp.Html.Dom.IHtmlDocument Html(string sitePath) => HtmlPages.Parse(ReadText(sitePath));

    /// <summary>The folder of the theme's files (<c>theme/3f2a9c0d1e4b/</c>), found from the home page's stylesheet as a browser finds it.</summary>
    public string ThemeFolder => HtmlPages.ThemeFolder(OutputDirectory);

    /// <summary>Fails the test with every diagnostic printed unless the build had no error and no warning.</summary>
    public BuildRun AssertClean()
    {
        Assert.That(Lines, Is.Empty, Report);
        Assert.That(Result.Succeeded, Is.True);
        return this;
    }
}

/// <summary>Runs <see cref="PortalBuild"/> the way the command line does, with the repository's theme.</summary>
public static class SiteBuilder
{
    public static BuildRun Run(string inputDirectory, string outputDirectory, string? baseUrl, string workingDirectory, string? themeDirectory = null)
    {
        var options = new BuildOptions(
            inputDirectory,
            outputDirectory,
            themeDirectory ?? RepoPaths.Theme,
            baseUrl is null ? null : new Uri(baseUrl),
            workingDirectory,
            Today: TestDate.Today);
        var result = PortalBuild.Run(options);
        return new BuildRun(result, Path.GetFullPath(outputDirectory, workingDirectory));
    }

    /// <summary>
    /// Everything a build would write, even when it has errors and writes nothing: to check that what an error is
    /// about (an unsafe link, say) is not in the pages either.
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Lines) Generate(TempContent content)
    {
        var directory = content.Write();
        var diagnostics = new DiagnosticBag();
        var files = PortalBuild.Generate(new BuildOptions(directory, content.OutputDirectory, RepoPaths.Theme, null, directory, Today: TestDate.Today), diagnostics)
            ?? throw new AssertionException("the build produced nothing:\n" + string.Join('\n', diagnostics.Sorted()));
        var texts = files.Where(f => f.Content is not null)
            .ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content!), StringComparer.Ordinal);
        return (texts, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }
}
