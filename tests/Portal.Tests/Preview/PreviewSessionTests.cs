using Portal.Preview;

namespace Portal.Tests.Preview;

/// <summary>A preview's builds: a bad build never replaces the last good site, and mending the content brings it back.</summary>
public sealed class PreviewSessionTests
{
    private static PreviewSession SessionFor(TempContent content) =>
        new(new BuildOptions("content", "output", RepoPaths.Theme, new Uri("http://localhost:5080/"), content.RootDirectory), writesOutput: false);

    private static string Html(SiteVersion site, string path) => System.Text.Encoding.UTF8.GetString(site.File(path)!.Content!);

    [Test]
    public void An_edit_changes_its_pages_and_nothing_is_written()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);

        var first = session.Rebuild();
        File.WriteAllText(Path.Combine(content.ContentDirectory, "partners/huddinge/vanda.md"), File.ReadAllText(Path.Combine(content.ContentDirectory, "partners/huddinge/vanda.md")).Replace("name: Vanda", "name: Vanda stad", StringComparison.Ordinal));
        var second = session.Rebuild();

        Assert.Multiple(() =>
        {
            Assert.That(first.Succeeded, Is.True, string.Join('\n', first.Diagnostics));
            Assert.That(second.Succeeded, Is.True, string.Join('\n', second.Diagnostics));
            Assert.That(second.Version, Is.EqualTo(2));
            Assert.That(second.Changed, Does.Contain("samarbeten/huddinge/vanda.html"));
            Assert.That(second.Changed, Does.Not.Contain("om.html").And.Not.Contain("theme/portal.css"));
            Assert.That(Html(session.Site!, "samarbeten/huddinge/vanda.html"), Does.Contain("Vanda stad</h1>"));
            Assert.That(session.Site!.IsStale("samarbeten/huddinge/vanda.html", 1), Is.True);
            Assert.That(Directory.Exists(content.OutputDirectory), Is.False, "a preview without --output writes no site");
        });
    }

    [Test]
    public void Broken_front_matter_keeps_the_last_good_site_and_mending_brings_it_back()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);
        session.Rebuild();
        var path = Path.Combine(content.ContentDirectory, "partners/huddinge/vanda.md");
        var good = File.ReadAllText(path);

        File.WriteAllText(path, good.Replace("type: twin-town", "type: [twin-town", StringComparison.Ordinal));
        var broken = session.Rebuild();
        var servedWhileBroken = session.Site;
        File.WriteAllText(path, good.Replace("name: Vanda", "name: Vantaa", StringComparison.Ordinal));
        var mended = session.Rebuild();

        Assert.Multiple(() =>
        {
            Assert.That(broken.Succeeded, Is.False);
            Assert.That(broken.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Path), Is.All.EqualTo("content/partners/huddinge/vanda.md"));
            Assert.That(broken.Version, Is.EqualTo(1), "still serving version 1");
            Assert.That(servedWhileBroken!.Number, Is.EqualTo(1));
            Assert.That(Html(servedWhileBroken, "samarbeten/huddinge/vanda.html"), Does.Contain("Vanda"));
            Assert.That(mended.Succeeded, Is.True, string.Join('\n', mended.Diagnostics));
            Assert.That(mended.Version, Is.EqualTo(2));
            Assert.That(Html(session.Site!, "samarbeten/huddinge/vanda.html"), Does.Contain("Vantaa</h1>"));
        });
    }

    [Test]
    public void A_rebuild_gives_byte_for_byte_what_a_fresh_build_gives()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);
        session.Rebuild();
        content.WithLine("partners/huddinge/vanda.md", 2, "name: Vantaa").WithLine("municipalities/huddinge.md", 4, "county: Stockholms läns landsting").Write();
        File.WriteAllText(Path.Combine(content.ContentDirectory, "pages/om.md"), "---\ntitle: Om portalen\n---\nNy text.\n");

        var state = session.Rebuild();
        var fresh = PortalBuild.Generate(new BuildOptions("content", "output", RepoPaths.Theme, new Uri("http://localhost:5080/"), content.RootDirectory), new Portal.Diagnostics.DiagnosticBag())!;

        Assert.That(state.Succeeded, Is.True, string.Join('\n', state.Diagnostics));
        Assert.That(session.Site!.Paths, Is.EqualTo(fresh.Select(f => f.Path)));
        Assert.Multiple(() =>
        {
            foreach (var file in fresh.Where(f => f.Content is not null))
            {
                Assert.That(session.Site.File(file.Path)!.Content, Is.EqualTo(file.Content), file.Path);
            }
        });
        Assert.That(state.Changed, Does.Contain("om.html").And.Contain("kommuner/huddinge.html").And.Contain("samarbeten/huddinge/vanda.html"));
    }

    [Test]
    public void With_an_output_folder_each_good_build_is_written_there()
    {
        using var content = new TempContent();
        content.Write();
        var session = new PreviewSession(new BuildOptions("content", "output", RepoPaths.Theme, new Uri("http://localhost:5080/"), content.RootDirectory), writesOutput: true);

        session.Rebuild();

        Assert.That(File.ReadAllText(Path.Combine(content.OutputDirectory, "samarbeten/huddinge/vanda.html")), Does.Contain("http://localhost:5080/samarbeten/huddinge/vanda.html"));
    }
}
