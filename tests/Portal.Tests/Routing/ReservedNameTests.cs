namespace Portal.Tests.Routing;

/// <summary>A free page cannot take the place of a page or folder the site generates.</summary>
public sealed class ReservedNameTests
{
    [TestCase("kommuner")]
    [TestCase("index")]
    [TestCase("404")]
    [TestCase("assets")]
    [TestCase("sitemap")]
    public void A_free_page_named_like_a_generated_page_or_folder_is_an_error(string name) =>
        AssertReserved($"pages/{name}.md", name);

    [TestCase("samarbeten")]
    [TestCase("data")]
    [TestCase("theme")]
    [TestCase("en")]
    public void A_folder_of_free_pages_named_like_a_generated_page_or_folder_is_an_error(string name) =>
        AssertReserved($"pages/{name}/om.md", name);

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

    private static void AssertReserved(string path, string name)
    {
        using var content = new TempContent();
        content.With(path, "---\ntitle: Krock\n---\nText.");
        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            $"{path}:1:1: error PT0024: a free page cannot be named '{name}': the site uses that name for its own pages; rename the file or folder",
        }));
    }
}
