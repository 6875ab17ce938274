using Portal.Tests.Support;

namespace Portal.Tests.Templates;

/// <summary>Adding a language means adding a strings file; one that lacks texts is warned about, naming them.</summary>
public sealed class ThemeStringsTests
{
    [Test]
    public void The_shipped_languages_have_the_same_texts()
    {
        using var content = new TempContent();
        Assert.That(content.Build().Lines, Has.None.Contains("PT0028"));
    }

    [Test]
    public void A_strings_file_that_lacks_texts_is_warned_about_with_their_keys()
    {
        using var theme = new TempDirectory();
        CopyDirectory(RepoPaths.Theme, theme.FullPath);
        var english = Path.Combine(theme.FullPath, "i18n", "en.yml");
        File.WriteAllLines(english, File.ReadAllLines(english).Where(line => !line.StartsWith("skip:", StringComparison.Ordinal)));

        using var content = new TempContent();
        var run = content.Build();
        var rebuilt = SiteBuilder.Run(content.ContentDirectory, content.OutputDirectory, null, content.ContentDirectory, theme.FullPath);
        Assert.That(rebuilt.Lines.Where(l => l.Contains("PT0028", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1)
            .And.Some.EndsWith("warning PT0028: 1 text(s) missing, shown in sv instead: skip"));
        Assert.That(run.Result.Succeeded && rebuilt.Result.Succeeded, Is.True, "a missing text is a warning, not an error");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
