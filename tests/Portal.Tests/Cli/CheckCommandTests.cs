using System.Text.RegularExpressions;
using Portal.Cli;
using Portal.Cli.Commands;

namespace Portal.Tests.Cli;

/// <summary><c>portal check</c>: a build's validation and link checks, writing nothing, as a pre-commit hook runs it.</summary>
public sealed partial class CheckCommandTests
{
    private static (int Exit, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = CommandLine.Run(args, output, errors, workingDirectory, new BuildCommand(), new CheckCommand());
        return (exit, output.ToString(), errors.ToString());
    }

    [GeneratedRegex(@"^Checked (\d+) pages in \d+\.\d\d s: (\d+) error\(s\), (\d+) warning\(s\)\.( The warnings count as errors.*)?$")]
    private static partial Regex Summary();

    [Test]
    public void Good_content_passes_and_nothing_is_written()
    {
        using var content = new TempContent();
        content.Write();
        var before = Directory.EnumerateFileSystemEntries(content.RootDirectory, "*", SearchOption.AllDirectories).Order().ToList();

        var (exit, output, errors) = Run(content.RootDirectory, "check", "--input", "content", "--theme", RepoPaths.Theme);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, errors);
            Assert.That(Summary().Match(output.TrimEnd()).Groups[2].Value, Is.EqualTo("0"), output);
            Assert.That(Directory.EnumerateFileSystemEntries(content.RootDirectory, "*", SearchOption.AllDirectories).Order(), Is.EqualTo(before), "check writes nothing");
        });
    }

    [TestCase(new string[0], "input:1:1: error PT0049: the content folder does not exist; run portal in the folder that holds input/, or give --input DIR")]
    [TestCase(new[] { "--input", "innehall/" }, "innehall/:1:1: error PT0049: the content folder does not exist; run portal in the folder that holds innehall/, or give --input DIR")]
    [TestCase(new[] { "--input", "sajt/innehall" }, "sajt/innehall:1:1: error PT0049: the content folder does not exist; check the path, or give --input DIR")]
    public void A_missing_content_folder_says_where_to_run_portal(string[] input, string expected)
    {
        using var directory = new TempDirectory();
        var (exit, _, errors) = Run(directory.FullPath, ["check", .. input, "--theme", RepoPaths.Theme]);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.Split('\n')[0], Is.EqualTo(expected));
    }

    [Test]
    public void Run_inside_the_content_folder_it_says_so()
    {
        using var content = new TempContent();
        content.Write();

        var (exit, _, errors) = Run(content.ContentDirectory, "check", "--theme", RepoPaths.Theme);
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(errors.Split('\n')[0], Is.EqualTo("input:1:1: error PT0049: the content folder does not exist; this folder holds site.yml, so you are inside the content folder: run portal from its parent folder (cd ..)"));
    }

    [Test]
    public void An_error_is_printed_compiler_style_and_exits_1()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 6, "type: twin-twon").Write();

        var (exit, output, errors) = Run(content.RootDirectory, "check", "--input", "content", "--theme", RepoPaths.Theme);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(errors, Does.StartWith("content/partners/huddinge/vanda.md:6:7: error PT0007: 'twin-twon' is not a valid value for 'type'"));
            Assert.That(Summary().Match(output.TrimEnd()).Groups[2].Value, Is.EqualTo("1"), output);
        });
    }

    [Test]
    public void Warnings_fail_the_check_only_with_warnings_as_errors()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 5, "location: {lat: 59.91, lon: 10.75}").Write();

        var lenient = Run(content.RootDirectory, "check", "--input", "content", "--theme", RepoPaths.Theme);
        var strict = Run(content.RootDirectory, "check", "--input", "content", "--theme", RepoPaths.Theme, "--warnings-as-errors");

        Assert.Multiple(() =>
        {
            Assert.That(lenient.Exit, Is.Zero, lenient.Err);
            Assert.That(lenient.Err, Does.Contain("warning PT0034"));
            Assert.That(strict.Exit, Is.EqualTo(1));
            Assert.That(lenient.Out, Does.Not.Contain("count as errors"));
            Assert.That(strict.Out.TrimEnd(), Does.EndWith("1 warning(s). The warnings count as errors (--warnings-as-errors): fix them, or the check fails."), "a pre-commit hook's editor must see why the commit stopped");
        });
    }
}
