using System.Text.RegularExpressions;
using Portal.Cli;
using Portal.Cli.Commands;

namespace Portal.Tests.Cli;

/// <summary><c>portal build</c> as an editor or a CI job runs it.</summary>
public sealed partial class BuildCommandTests
{
    private static (int Exit, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = CommandLine.Run(args, output, errors, workingDirectory, new BuildCommand());
        return (exit, output.ToString(), errors.ToString());
    }

    [GeneratedRegex(@"^Built (\d+) pages \(\d+ files\) into .+ in \d+\.\d\d s: (\d+) warning\(s\)\.$")]
    private static partial Regex Summary();

    [Test]
    public void Build_prints_a_summary_with_pages_warnings_and_time_and_exits_0()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, output, errors) = Run(content.RootDirectory, "build", "--input", "content", "--output", "site", "--theme", RepoPaths.Theme);

        Assert.That(exit, Is.Zero, errors);
        Assert.That(errors, Is.Empty);
        var match = Summary().Match(output.TrimEnd());
        Assert.That(match.Success, Is.True, output);
        var pages = Directory.EnumerateFiles(Path.Combine(content.RootDirectory, "site"), "*.html", SearchOption.AllDirectories).Count();
        Assert.That(int.Parse(match.Groups[1].Value), Is.EqualTo(pages));
        Assert.That(match.Groups[2].Value, Is.EqualTo("0"));
    }

    [Test]
    public void Warnings_go_to_stderr_and_are_counted_in_the_summary()
    {
        using var content = new TempContent();
        content.With("pages/om.md", "---\ntitle: Om\n---\n<div>x</div>\n").Write();

        var (exit, output, errors) = Run(content.RootDirectory, "build", "--input", "content", "--output", "site", "--theme", RepoPaths.Theme);

        Assert.That(exit, Is.Zero);
        Assert.That(errors.TrimEnd(), Does.StartWith("content/pages/om.md:4:1: warning PT0015: the HTML <div> was removed"));
        Assert.That(output, Does.EndWith(": 1 warning(s).\n").Or.EndWith(": 1 warning(s).\r\n"));
    }

    [Test]
    public void Errors_go_to_stderr_in_compiler_format_relative_to_the_working_directory_and_exit_1()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 6, "type: twin-twon").Write();

        var (exit, output, errors) = Run(content.RootDirectory, "build", "--input", "content", "--output", "site", "--theme", RepoPaths.Theme);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')), Is.EqualTo(new[]
        {
            "content/partners/huddinge/vanda.md:6:7: error PT0007: 'twin-twon' is not a valid value for 'type'; did you mean 'twin-town'? valid values: twin-town, friendship-town, partner-town, municipal-partnership, cooperation",
        }));
        Assert.That(output, Does.StartWith("Build failed").And.Contain("1 error(s)"));
        Assert.That(output + errors, Does.Not.Contain("   at "), "no stack trace on bad content");
        Assert.That(Directory.Exists(Path.Combine(content.RootDirectory, "site")), Is.False);
    }

    [Test]
    public void Defaults_are_input_output_and_theme_of_the_working_directory()
    {
        using var directory = new TempDirectory();
        using var content = new TempContent();
        DirectorySnapshot.Copy(content.Write(), directory.Combine("input"));
        DirectorySnapshot.Copy(RepoPaths.Theme, directory.Combine("theme"));
        File.WriteAllText(directory.Combine("theme", "assets", "extra.css"), "/* local theme */");

        var (exit, output, errors) = Run(directory.FullPath, "build");

        Assert.That(exit, Is.Zero, errors);
        Assert.That(File.Exists(directory.Combine("output", "index.html")), Is.True, output);
        Assert.That(File.Exists(Path.Combine(directory.Combine("output"), HtmlPages.ThemeFolder(directory.Combine("output")), "extra.css")), Is.True, "the ./theme folder is used");
    }

    [Test]
    public void Timings_print_a_row_per_phase_then_the_total_before_the_summary()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, output, errors) = Run(content.RootDirectory, "build", "--input", "content", "--output", "site", "--theme", RepoPaths.Theme, "--timings");

        Assert.That(exit, Is.Zero, errors);
        var lines = output.TrimEnd().Split('\n');
        Assert.That(lines[0], Does.Match(@"^phase\s+wall\s+allocated\s+peak memory$"));
        Assert.That(lines[1..8].Select(l => l.Split(' ')[0]), Is.EqualTo(new[] { "read", "bind", "compose", "render", "check", "write", "total" }));
        Assert.That(lines[1..8], Has.All.Match(@"^[a-z]+\s+\d+\.\d{3} s\s+\d+\.\d MiB\s+\d+\.\d MiB$"));
        Assert.That(lines[8], Is.EqualTo("templates: compiled"));
        Assert.That(Summary().IsMatch(lines[9]), Is.True, lines[9]);
        Assert.That(errors, Is.Empty, "not on a terminal: no progress line");
    }

    [Test]
    public void Timings_say_why_a_theme_is_interpreted_rather_than_compiled()
    {
        using var directory = new TempDirectory();
        using var content = new TempContent();
        content.Write();
        Directory.CreateDirectory(directory.Combine("tema", "layouts"));
        File.WriteAllText(directory.Combine("tema", "layouts", "404.sbn"), "{{ capture text }}{{ tr 'notfound.text' }}{{ end }}<h1>{{ page.title }}</h1><p>{{ text }}</p>\n");

        var (exit, output, errors) = Run(directory.FullPath, "build", "--input", content.ContentDirectory, "--output", "ut", "--theme", "tema", "--timings");

        Assert.That(exit, Is.Zero, errors);
        Assert.That(output, Does.Contain("\ntemplates: interpreted: 'ScriptCaptureStatement' is left to the interpreter\n"));
    }

    [Test]
    public void The_theme_option_is_honoured()
    {
        using var directory = new TempDirectory();
        using var content = new TempContent();
        content.Write();
        DirectorySnapshot.Copy(RepoPaths.Theme, directory.Combine("mitt-tema"));
        File.WriteAllText(directory.Combine("mitt-tema", "assets", "mitt.css"), "/* mitt */");

        var (exit, _, errors) = Run(directory.FullPath, "build", "--input", content.ContentDirectory, "--output", "ut", "--theme", "mitt-tema");

        Assert.That(exit, Is.Zero, errors);
        Assert.That(File.Exists(Path.Combine(directory.Combine("ut"), HtmlPages.ThemeFolder(directory.Combine("ut")), "mitt.css")), Is.True);
    }

    [Test]
    public void The_base_url_option_overrides_site_yml()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, _, errors) = Run(content.RootDirectory, "build", "--input", "content", "--output=site", "--theme", RepoPaths.Theme, "--base-url", "https://kommun.example/vanorter/");

        Assert.That(exit, Is.Zero, errors);
        var page = HtmlPages.Parse(File.ReadAllText(Path.Combine(content.RootDirectory, "site", "kommuner", "huddinge.html")));
        Assert.That(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo("https://kommun.example/vanorter/kommuner/huddinge.html"));
        Assert.That(File.ReadAllText(Path.Combine(content.RootDirectory, "site", "404.html")), Does.Contain("href=\"/vanorter/index.html\""));
    }

    [TestCase("build", "--verbose")]
    [TestCase("build", "--input")]
    [TestCase("build", "-x")]
    [TestCase("build", "--base-url", "inte en adress")]
    [TestCase("bygg")]
    public void A_usage_mistake_exits_2_with_a_message_on_stderr(params string[] args)
    {
        using var directory = new TempDirectory();
        var (exit, _, errors) = Run(directory.FullPath, args);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(errors, Does.Contain("portal"));
        Assert.That(errors, Does.Contain("usage: portal"));
        Assert.That(Directory.Exists(directory.Combine("output")), Is.False);
    }

    [Test]
    public void An_unknown_option_is_named_in_the_message()
    {
        using var directory = new TempDirectory();
        Assert.That(Run(directory.FullPath, "build", "--verbose").Err, Does.Contain("unknown option '--verbose'"));
    }

    [Test]
    public void A_missing_content_folder_is_an_error_not_a_crash()
    {
        using var directory = new TempDirectory();
        var (exit, _, errors) = Run(directory.FullPath, "build", "--input", "finns-inte", "--theme", RepoPaths.Theme);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors, Does.StartWith("finns-inte:1:1: error PT0049:"));
    }

    [Test]
    public void Help_is_not_an_error_but_no_command_is()
    {
        using var directory = new TempDirectory();
        var help = Run(directory.FullPath, "--help");
        Assert.That(help.Exit, Is.Zero);
        Assert.That(help.Out, Does.Contain("build [--input DIR] [--theme DIR] [--output DIR] [--base-url URL]"));
        Assert.That(Run(directory.FullPath, "build", "--help").Exit, Is.Zero);
        Assert.That(Run(directory.FullPath).Exit, Is.EqualTo(2));
    }
}
