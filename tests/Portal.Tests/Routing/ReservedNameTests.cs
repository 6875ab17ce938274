namespace Portal.Tests.Routing;

/// <summary>A free page cannot take the place of a page or folder the site generates.</summary>
public sealed class ReservedNameTests
{
    [TestCase("pages/kommuner.md", "kommuner")]
    [TestCase("pages/samarbeten/om.md", "samarbeten")]
    [TestCase("pages/index.md", "index")]
    [TestCase("pages/404.md", "404")]
    [TestCase("pages/data/om.md", "data")]
    [TestCase("pages/theme/om.md", "theme")]
    [TestCase("pages/assets.md", "assets")]
    [TestCase("pages/en/om.md", "en")]
    [TestCase("pages/sitemap.md", "sitemap")]
    public void A_free_page_named_like_a_generated_page_or_folder_is_an_error(string path, string name)
    {
        using var content = new TempContent();
        content.With(path, "---\ntitle: Krock\n---\nText.");
        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            $"{path}:1:1: error PT0024: a free page cannot be named '{name}': the site uses that name for its own pages; rename the file or folder",
        }));
    }

    [TestCase("pages/kommunerna.md", "kommunerna.html")]
    [TestCase("pages/om/kommuner.md", "om/kommuner.html")]
    [TestCase("pages/kontakt.md", "kontakt.html")]
    public void A_name_that_only_resembles_a_reserved_one_is_fine(string path, string page)
    {
        using var content = new TempContent();
        content.With(path, "---\ntitle: Sida\n---\nText.");
        var run = content.Build().AssertClean();
        Assert.That(run.Exists(page), Is.True);
        Assert.That(run.Exists("en/" + page), Is.True);
    }
}
