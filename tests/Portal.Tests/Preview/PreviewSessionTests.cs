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
            Assert.That(second.Changed, Does.Not.Contain("om.html"));
            Assert.That(second.Changed, Has.None.StartsWith("theme/"), "the theme's files are where they were");
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

    private const string VandaPage = "samarbeten/huddinge/vanda.html";

    private static string Vanda(TempContent content) => Path.Combine(content.ContentDirectory, "partners/huddinge/vanda.md");

    private static void Rename(TempContent content, string name) =>
        File.WriteAllText(Vanda(content), File.ReadAllText(Vanda(content)).Replace("name: Vanda", $"name: {name}", StringComparison.Ordinal));

    [Test]
    public void A_first_look_serves_the_open_pages_at_once_and_the_whole_build_agrees_with_it()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);
        session.Rebuild();

        Rename(content, "Vanda Nya");
        var look = session.ShowOpenPages(new HashSet<string> { VandaPage, "om.html", "finns-inte.html" }, new HashSet<string> { Vanda(content) })!;
        var served = session.Site!;
        var whole = session.Rebuild();

        Assert.Multiple(() =>
        {
            Assert.That(look.Succeeded, Is.True, string.Join('\n', look.Diagnostics));
            Assert.That(look.FirstLook, Is.True);
            Assert.That(look.Changed, Is.EqualTo(new[] { VandaPage }), "only the open page the edit changed; the other open page is the same");
            Assert.That(Html(served, VandaPage), Does.Contain("Vanda Nya</h1>"));
            Assert.That(Html(served, "kommuner/huddinge.html"), Does.Not.Contain("Vanda Nya"), "a page not open waits for the whole build");
            Assert.That(whole.Succeeded, Is.True, string.Join('\n', whole.Diagnostics));
            Assert.That(whole.Changed, Does.Contain("kommuner/huddinge.html").And.Not.Contain(VandaPage), "the whole build made the open page byte for byte as the first look did");
            Assert.That(session.Site!.IsStale(VandaPage, look.Version), Is.False);
        });
    }

    [Test]
    public void An_edited_stylesheet_reaches_the_open_pages_at_the_first_look_in_a_new_folder_served_with_them()
    {
        using var content = new TempContent();
        content.Write();
        using var theme = new TempDirectory();
        var css = theme.Combine("components", "status", "status.css");
        Directory.CreateDirectory(Path.GetDirectoryName(css)!);
        File.Copy(Path.Combine(RepoPaths.Theme, "components", "status", "status.css"), css);
        var session = new PreviewSession(new BuildOptions("content", "output", theme.FullPath, new Uri("http://localhost:5080/"), content.RootDirectory), writesOutput: true);
        session.Rebuild();
        var before = Stylesheet(session.Site!, VandaPage);

        File.AppendAllText(css, ".status { outline: 1px solid hotpink; }\n");
        var look = session.ShowOpenPages(new HashSet<string> { VandaPage }, new HashSet<string> { css })!;
        var served = session.Site!;
        var after = Stylesheet(served, VandaPage);
        var whole = session.Rebuild();

        Assert.Multiple(() =>
        {
            Assert.That(look.Succeeded, Is.True, string.Join('\n', look.Diagnostics));
            Assert.That(look.Changed, Is.EqualTo(new[] { VandaPage }), "the open page, which links the new stylesheet");
            Assert.That(after, Is.Not.EqualTo(before));
            Assert.That(Html(served, after), Does.Contain(".status { outline: 1px solid hotpink; }"), "served with the page that links it");
            Assert.That(served.IsStale(VandaPage, 1), Is.True);
            Assert.That(Html(served, "om.html"), Does.Not.Contain(after[..after.LastIndexOf('/')]), "a page not open waits for the whole build");
            Assert.That(whole.Succeeded, Is.True, string.Join('\n', whole.Diagnostics));
            Assert.That(whole.Changed, Does.Contain("om.html").And.Contain(before).And.Not.Contain(VandaPage));
            Assert.That(session.Site!.File(before), Is.Null, "the old folder goes with the whole build");
            Assert.That(session.Site.IsStale(VandaPage, look.Version), Is.False, "the page reloaded at the first look is current");
            Assert.That(session.Site.IsStale("om.html", 1), Is.True);
            Assert.That(Directory.GetDirectories(Path.Combine(content.OutputDirectory, "theme")).Select(d => $"theme/{Path.GetFileName(d)}/portal.css"), Is.EqualTo(new[] { after }), "the output holds the current theme folder alone");
        });
    }

    /// <summary>The site path of the stylesheet a served page links.</summary>
    private static string Stylesheet(SiteVersion site, string page) => HtmlPages.StylesheetOf(page, HtmlPages.Parse(Html(site, page)));

    [Test]
    public void A_first_look_at_broken_content_shows_its_errors_and_serves_what_it_served()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);
        session.Rebuild();

        File.WriteAllText(Vanda(content), File.ReadAllText(Vanda(content)).Replace("type: twin-town", "type: [twin-town", StringComparison.Ordinal));
        var look = session.ShowOpenPages(new HashSet<string> { VandaPage }, new HashSet<string> { Vanda(content) })!;

        Assert.Multiple(() =>
        {
            Assert.That(look.Succeeded, Is.False);
            Assert.That(look.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Path), Is.Not.Empty.And.All.EqualTo("content/partners/huddinge/vanda.md"));
            Assert.That(look.Version, Is.EqualTo(1));
            Assert.That(session.Site!.Number, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_first_look_after_a_file_is_added_reads_the_whole_folder()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);
        session.Rebuild();

        var added = Path.Combine(content.ContentDirectory, "partners/huddinge/esbo.md");
        File.WriteAllText(added, File.ReadAllText(Vanda(content)).Replace("name: Vanda", "name: Esbo", StringComparison.Ordinal).Replace("lat: 60.29", "lat: 60.2", StringComparison.Ordinal).Replace("lon: 25.04", "lon: 24.66", StringComparison.Ordinal));
        var look = session.ShowOpenPages(new HashSet<string> { "samarbeten/huddinge/esbo.html" }, new HashSet<string> { added })!;

        Assert.That(look.Succeeded, Is.True, string.Join('\n', look.Diagnostics));
        Assert.That(Html(session.Site!, "samarbeten/huddinge/esbo.html"), Does.Contain("Esbo</h1>"));
    }

    [Test]
    public void A_first_look_skips_a_scratch_file_that_came_and_went()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);
        session.Rebuild();

        // What a save by rename leaves in the burst: a scratch file, gone by now, and the file itself.
        Rename(content, "Vantaa");
        var look = session.ShowOpenPages(new HashSet<string> { VandaPage }, new HashSet<string> { Vanda(content), Path.Combine(content.ContentDirectory, "partners/huddinge/sedX1b2c3"), Path.Combine(content.ContentDirectory, "partners/huddinge/.vanda.md.swp") })!;

        Assert.That(look.Succeeded, Is.True, string.Join('\n', look.Diagnostics));
        Assert.That(Html(session.Site!, VandaPage), Does.Contain("Vantaa</h1>"));
    }

    [Test]
    public void Nothing_is_looked_at_first_before_a_build_has_succeeded_or_without_open_pages()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);

        Assert.That(session.ShowOpenPages(new HashSet<string> { VandaPage }), Is.Null);
        session.Rebuild();
        Assert.That(session.ShowOpenPages(new HashSet<string>()), Is.Null);
    }

    [Test]
    public void A_rebuild_stopped_by_a_newer_edit_serves_what_it_served_and_the_next_one_is_whole()
    {
        using var content = new TempContent();
        content.Write();
        var session = SessionFor(content);
        session.Rebuild();
        Rename(content, "Vantaa");

        Assert.Throws<OperationCanceledException>(() => session.Rebuild(new CancellationToken(canceled: true)));
        Assert.That(session.Site!.Number, Is.EqualTo(1));
        Assert.That(Html(session.Site, VandaPage), Does.Contain("Vanda</h1>"));

        var next = session.Rebuild();
        var fresh = PortalBuild.Generate(new BuildOptions("content", "output", RepoPaths.Theme, new Uri("http://localhost:5080/"), content.RootDirectory), new Portal.Diagnostics.DiagnosticBag())!;
        Assert.That(next.Version, Is.EqualTo(2));
        Assert.That(session.Site!.File(VandaPage)!.Content, Is.EqualTo(fresh.Single(f => f.Path == VandaPage).Content));
    }

    [Test]
    public void A_file_rewritten_under_its_old_modification_time_is_read_again()
    {
        using var content = new TempContent();
        content.Write();
        var path = Vanda(content);

        // Written long enough ago for its parse to be kept for the next build.
        var longAgo = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(path, longAgo);
        Thread.Sleep(FileVersionSettling);
        var session = SessionFor(content);
        session.Rebuild();

        // As `cp -p` leaves it: other text of the same length, under the same modification time.
        File.WriteAllText(path, File.ReadAllText(path).Replace("name: Vanda", "name: Vanta", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, longAgo);
        Thread.Sleep(FileVersionSettling); // so that only its change time tells
        session.Rebuild();

        Assert.That(Html(session.Site!, VandaPage), Does.Contain("Vanta</h1>"));
    }

    private static readonly TimeSpan FileVersionSettling = Portal.Input.Files.FileVersion.Settling + TimeSpan.FromMilliseconds(100);
}
