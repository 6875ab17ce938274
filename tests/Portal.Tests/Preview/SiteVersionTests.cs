using System.Text;
using Portal.Output;
using Portal.Preview;

namespace Portal.Tests.Preview;

/// <summary>Which open pages a new version of the site makes out of date: only those that would look different.</summary>
public sealed class SiteVersionTests
{
    private static OutputFile Page(string path, string text) => OutputFile.Text(path, text);

    /// <summary>The theme's stylesheet, in the folder its files' hash names.</summary>
    private const string Stylesheet = "theme/0123456789ab/portal.css";

    private static readonly OutputFile[] Site =
    [
        Page("index.html", "<p>home</p>"),
        Page("samarbeten/huddinge/vanda.html", "<h1>Vanda</h1>"),
        Page("om.html", "<h1>Om</h1>"),
        Page(Stylesheet, "body{}"),
        Page("data/partners.csv", "name\nVanda\n"),
    ];

    private static OutputFile[] With(params OutputFile[] changes) =>
        Site.Where(f => changes.All(c => c.Path != f.Path)).Concat(changes).ToArray();

    [Test]
    public void A_page_is_stale_only_when_it_changed_since_it_was_shown()
    {
        var first = SiteVersion.First(Site);
        var second = first.Next(With(Page("samarbeten/huddinge/vanda.html", "<h1>Vanda stad</h1>"), Page("data/partners.csv", "name\nVanda stad\n")));

        Assert.Multiple(() =>
        {
            Assert.That(second.Number, Is.EqualTo(2));
            Assert.That(second.Changed, Is.EqualTo(new[] { "data/partners.csv", "samarbeten/huddinge/vanda.html" }));
            Assert.That(second.IsStale("samarbeten/huddinge/vanda.html", 1), Is.True, "the edited page");
            Assert.That(second.IsStale("om.html", 1), Is.False, "a page the edit did not touch, though open data changed");
            Assert.That(second.IsStale("samarbeten/huddinge/vanda.html", 2), Is.False, "already showing the new version");
            Assert.That(first.IsStale("index.html", 1), Is.False);
        });
    }

    [Test]
    public void A_change_a_page_does_not_show_keeps_the_page_current_across_versions()
    {
        var third = SiteVersion.First(Site)
            .Next(With(Page("om.html", "<h1>Om oss</h1>")))
            .Next(With(Page("om.html", "<h1>Om oss</h1>"), Page("index.html", "<p>hem</p>")));

        Assert.Multiple(() =>
        {
            Assert.That(third.Changed, Is.EqualTo(new[] { "index.html" }), "om.html did not change again");
            Assert.That(third.IsStale("om.html", 1), Is.True, "changed in version 2, shown as of 1");
            Assert.That(third.IsStale("om.html", 2), Is.False);
            Assert.That(third.IsStale("samarbeten/huddinge/vanda.html", 1), Is.False);
        });
    }

    [Test]
    public void A_new_stylesheet_makes_every_page_stale()
    {
        // An edited stylesheet is in a folder of a new name, and the old folder is gone.
        var second = SiteVersion.First(Site).Next([.. Site.Where(f => f.Path != Stylesheet), Page("theme/ba9876543210/portal.css", "body{color:black}")]);

        Assert.That(Site.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => second.IsStale(f.Path, 1)), Is.All.True);
    }

    [Test]
    public void A_removed_page_is_stale_and_a_missing_one_only_once_it_appears()
    {
        var second = SiteVersion.First(Site).Next(Site.Where(f => f.Path != "om.html").ToArray());
        var third = second.Next([.. Site.Where(f => f.Path != "om.html"), Page("kontakt.html", "<h1>Kontakt</h1>")]);

        Assert.Multiple(() =>
        {
            Assert.That(second.Changed, Is.EqualTo(new[] { "om.html" }));
            Assert.That(second.IsStale("om.html", 1), Is.True, "its browser reloads into the 404 page");
            Assert.That(second.File("om.html"), Is.Null);
            Assert.That(second.IsStale("kontakt.html", 1), Is.False, "a 404 page stays while nothing it shows changed");
            Assert.That(third.IsStale("kontakt.html", 2), Is.True, "the page a browser was asking for has been written");
            Assert.That(third.IsStale("om.html", 2), Is.False, "still missing, and the 404 page is the same");
            Assert.That(second.IsStale(string.Empty, 0), Is.True, "the waiting page, shown before any good build");
        });
    }

    [Test]
    public void Identical_bytes_are_no_change()
    {
        var copy = Site.Select(f => OutputFile.Text(f.Path, Encoding.UTF8.GetString(f.Content!))).ToArray();

        Assert.That(SiteVersion.First(Site).Next(copy).Changed, Is.Empty);
    }
}
