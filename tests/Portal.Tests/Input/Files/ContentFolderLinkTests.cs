using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Portal.Tests.Input.Files;

/// <summary>
/// Only regular files inside the content folder are read. Git stores symbolic links, so one commit can put a link to
/// /etc/passwd or to /proc/self/environ (the build's environment, CI tokens included) into assets/; a pipe would make
/// the build wait for ever. Each is an error at its path, nothing it points to is read, and the output stays as it was.
/// </summary>
[TestFixture]
public sealed class ContentFolderLinkTests
{
    private const string Secret = "PORTAL_TEST_SECRET_7f3a9c";

    private static string Link(string path, string target) =>
        $"{path}:1:1: error PT0041: this is a symbolic link (to '{target}'); only regular files are read from the content folder, and nothing outside it: replace the link by the file itself";

    /// <summary>Builds content changed on disk after writing, over a good earlier output that a failed build must leave as it was.</summary>
    private static BuildRun BuildOverGoodOutput(TempContent content, Action<string> change)
    {
        content.Build().AssertClean();
        var before = DirectorySnapshot.Take(content.OutputDirectory);
        change(content.ContentDirectory);
        var run = content.BuildAsWritten();
        Assert.That(DirectorySnapshot.Take(content.OutputDirectory), Is.EqualTo(before), "a refused build leaves the previous output untouched");
        return run;
    }

    /// <summary>Everything the build would write, even with errors: nothing may come from outside the content folder and the theme.</summary>
    private static void AssertNothingFromOutside(TempContent content, params string[] texts)
    {
        var diagnostics = new DiagnosticBag();
        var files = PortalBuild.Generate(new BuildOptions(content.ContentDirectory, content.OutputDirectory, RepoPaths.Theme, null, content.ContentDirectory, Today: TestDate.Today), diagnostics) ?? [];
        foreach (var file in files)
        {
            if (file.CopyFrom is { } from)
            {
                var full = Path.GetFullPath(from.FullPath);
                Assert.That(full.StartsWith(content.ContentDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full.StartsWith(RepoPaths.Theme + Path.DirectorySeparatorChar, StringComparison.Ordinal), Is.True, $"{file.Path} is copied from {full}");
                Assert.That(new FileInfo(full).LinkTarget, Is.Null, $"{file.Path} is copied from a link");
            }
            else
            {
                var text = Encoding.UTF8.GetString(file.Content!);
                foreach (var outside in texts)
                {
                    Assert.That(text, Does.Not.Contain(outside), $"{file.Path} holds text from outside the content folder");
                }
            }
        }
    }

    [Test]
    public void An_asset_linked_to_etc_passwd_is_refused_and_never_read()
    {
        using var content = new TempContent();

        var run = BuildOverGoodOutput(content, root => File.CreateSymbolicLink(Path.Combine(root, "assets", "passwd.pdf"), "/etc/passwd"));

        Assert.That(run.Lines, Is.EqualTo(new[] { Link("assets/passwd.pdf", "/etc/passwd") }));
        AssertNothingFromOutside(content, "root:x:0:0");
    }

    [Test]
    public void An_asset_linked_to_the_builds_own_environment_is_refused_and_no_secret_is_published()
    {
        using var content = new TempContent();
        Environment.SetEnvironmentVariable(Secret, "token-that-must-not-leak");
        try
        {
            var run = BuildOverGoodOutput(content, root => File.CreateSymbolicLink(Path.Combine(root, "assets", "miljo.txt"), "/proc/self/environ"));

            Assert.That(run.Lines, Is.EqualTo(new[] { Link("assets/miljo.txt", "/proc/self/environ") }));
            AssertNothingFromOutside(content, "token-that-must-not-leak", Secret);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Secret, null);
        }
    }

    [Test]
    public void A_page_linked_to_a_markdown_file_outside_is_refused_and_its_text_is_not_published()
    {
        using var content = new TempContent();
        using var outside = new TempDirectory("portal-outside");
        File.WriteAllText(outside.Combine("hemlig.md"), "---\ntitle: Hemlig\n---\nHemlig text utanför innehållet.\n");

        var run = BuildOverGoodOutput(content, root => File.CreateSymbolicLink(Path.Combine(root, "pages", "hemlig.md"), outside.Combine("hemlig.md")));

        Assert.That(run.Lines, Is.EqualTo(new[] { Link("pages/hemlig.md", outside.Combine("hemlig.md")) }));
        AssertNothingFromOutside(content, "Hemlig text utanför innehållet.");
    }

    [Test]
    public void A_folder_linked_to_a_folder_outside_is_refused_and_nothing_under_it_is_read()
    {
        using var content = new TempContent();
        using var outside = new TempDirectory("portal-outside");
        File.WriteAllText(outside.Combine("sida.md"), "---\ntitle: Utanför\n---\nText från en annan mapp.\n");

        var run = BuildOverGoodOutput(content, root => Directory.CreateSymbolicLink(Path.Combine(root, "pages", "extra"), outside.FullPath));

        Assert.That(run.Lines, Is.EqualTo(new[] { Link("pages/extra", outside.FullPath) }));
        AssertNothingFromOutside(content, "Text från en annan mapp.");
    }

    [Test]
    public void A_link_to_a_file_inside_the_content_folder_is_refused_too()
    {
        using var content = new TempContent();

        var run = BuildOverGoodOutput(content, root => File.CreateSymbolicLink(Path.Combine(root, "assets", "kopia.pdf"), "beslut.pdf"));

        Assert.That(run.Lines, Is.EqualTo(new[] { Link("assets/kopia.pdf", "beslut.pdf") }));
    }

    [Test]
    public void Dangling_and_looping_links_are_errors_at_their_paths_not_internal_errors()
    {
        using var content = new TempContent();

        var run = BuildOverGoodOutput(content, root =>
        {
            File.CreateSymbolicLink(Path.Combine(root, "assets", "borta.pdf"), "/finns/inte.pdf");
            File.CreateSymbolicLink(Path.Combine(root, "pages", "a.md"), "b.md");
            File.CreateSymbolicLink(Path.Combine(root, "pages", "b.md"), "a.md");
        });

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            Link("assets/borta.pdf", "/finns/inte.pdf"),
            Link("pages/a.md", "b.md"),
            Link("pages/b.md", "a.md"),
        }));
    }

    [Test]
    public void A_markdown_link_to_a_linked_page_is_not_reported_again_as_a_link_to_a_missing_file()
    {
        using var content = new TempContent();
        content.WithAboutPage("Se [historien](historia.md).\n").With("pages/historia.md", "---\ntitle: Historia\n---\nFörr.\n");

        var run = BuildOverGoodOutput(content, root =>
        {
            File.Delete(Path.Combine(root, "pages", "historia.md"));
            File.CreateSymbolicLink(Path.Combine(root, "pages", "historia.md"), "om.md");
        });

        Assert.That(run.Lines, Is.EqualTo(new[] { Link("pages/historia.md", "om.md") }));
    }

    [Test]
    public void A_site_yml_that_is_a_link_is_refused_and_not_reported_as_missing()
    {
        using var content = new TempContent();
        using var outside = new TempDirectory("portal-outside");
        File.WriteAllText(outside.Combine("site.yml"), TempContent.MinimalFiles["site.yml"]);

        var run = BuildOverGoodOutput(content, root =>
        {
            File.Delete(Path.Combine(root, "site.yml"));
            File.CreateSymbolicLink(Path.Combine(root, "site.yml"), outside.Combine("site.yml"));
        });

        Assert.That(run.Lines, Is.EqualTo(new[] { Link("site.yml", outside.Combine("site.yml")) }));
    }

    [Test]
    [Platform("Linux")]
    public void A_named_pipe_in_assets_is_refused_without_waiting_for_a_writer()
    {
        using var content = new TempContent();

        var build = Task.Run(() => BuildOverGoodOutput(content, root => MakeFifo(Path.Combine(root, "assets", "ror.pdf"))));

        // A build that opened the pipe would wait for a writer for ever: fail instead of hanging the test run.
        Assert.That(build.Wait(TimeSpan.FromMinutes(2)), Is.True, "the build waited on the pipe");
        Assert.That(build.Result.Lines, Is.EqualTo(new[]
        {
            "assets/ror.pdf:1:1: error PT0041: this is a named pipe; only regular files are read from the content folder, and nothing outside it: remove it",
        }));
    }

    [Test]
    [Platform("Linux")]
    public void A_socket_in_the_content_folder_is_refused()
    {
        using var content = new TempContent();
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

        var run = BuildOverGoodOutput(content, root => socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(root, "pages", "uttag.md"))));

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "pages/uttag.md:1:1: error PT0041: this is a socket; only regular files are read from the content folder, and nothing outside it: remove it",
        }));
    }

    [Test]
    public void Hidden_entries_are_not_looked_at_even_when_they_are_links()
    {
        using var content = new TempContent();
        content.Write();
        File.CreateSymbolicLink(Path.Combine(content.ContentDirectory, ".cache"), "/etc");
        File.CreateSymbolicLink(Path.Combine(content.ContentDirectory, "assets", ".DS_Store"), "/etc/passwd");

        content.BuildAsWritten().AssertClean();
    }

    [Test]
    public void A_link_in_the_theme_is_an_error_at_its_path_in_the_theme()
    {
        using var content = new TempContent();
        using var theme = new TempDirectory("portal-theme");
        DirectorySnapshot.Copy(RepoPaths.Theme, theme.FullPath);
        File.CreateSymbolicLink(theme.Combine("assets", "passwd.css"), "/etc/passwd");
        content.Write();

        var run = SiteBuilder.Run(content.ContentDirectory, content.OutputDirectory, null, content.ContentDirectory, theme.FullPath);

        var display = Path.GetRelativePath(content.ContentDirectory, theme.Combine("assets", "passwd.css")).Replace('\\', '/');
        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            $"{display}:1:1: error PT0041: this is a symbolic link (to '/etc/passwd'); only regular files are read from the theme folder, and nothing outside it: replace the link by the file itself",
        }));
        Assert.That(run.Result.Succeeded, Is.False);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, mkfifo.StandardError.ReadToEnd());
    }
}
