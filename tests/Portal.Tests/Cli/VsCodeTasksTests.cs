using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Cli;
using Portal.Cli.Commands;

namespace Portal.Tests.Cli;

/// <summary>
/// .vscode/tasks.json runs portal check and portal preview with a problem matcher: its pattern must read the lines
/// the commands really print, and the preview task's begin and end patterns must frame each build.
/// </summary>
public sealed class VsCodeTasksTests
{
    private static JsonElement Task(string label)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", "tasks.json"));
        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("label").GetString() == label).Clone();
    }

    [TestCase("Portal: kontrollera")]
    [TestCase("Portal: förhandsvisa")]
    public void The_problem_matcher_reads_what_portal_check_prints(string label)
    {
        var matcher = Task(label).GetProperty("problemMatcher");
        var pattern = matcher.GetProperty("pattern");
        var regex = new Regex(pattern.GetProperty("regexp").GetString()!);
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 6, "type: twin-twon").WithLine("partners/huddinge/vanda.md", 3, "localname: Vantaa").Write();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        CommandLine.Run(["check", "--input", "content", "--theme", RepoPaths.Theme], output, errors, content.RootDirectory, new CheckCommand());
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        string Group(Match m, string name) => m.Groups[pattern.GetProperty(name).GetInt32()].Value;
        var problems = lines.Select(l => regex.Match(l)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.GreaterThanOrEqualTo(2));
            Assert.That(problems.Select(m => m.Success), Is.All.True, errors.ToString());
            var type = problems.Single(m => Group(m, "code") == "PT0007");
            Assert.That(
                (Group(type, "file"), Group(type, "line"), Group(type, "column"), Group(type, "severity")),
                Is.EqualTo(("content/partners/huddinge/vanda.md", "6", "7", "error")));
            Assert.That(Group(type, "message"), Does.StartWith("'twin-twon' is not a valid value for 'type'"));
            Assert.That(problems.Select(m => Group(m, "severity")), Does.Contain("warning"));
            Assert.That(File.Exists(Path.Combine(content.RootDirectory, Group(type, "file"))), Is.True, "the path resolves against the folder the task runs in");
            Assert.That(matcher.GetProperty("fileLocation")[0].GetString(), Is.EqualTo("relative"));
        });
    }

    [Test]
    public async Task The_preview_task_frames_each_build_with_lines_the_preview_prints()
    {
        var task = Task("Portal: förhandsvisa");
        var background = task.GetProperty("problemMatcher").GetProperty("background");
        var begins = new Regex(background.GetProperty("beginsPattern").GetString()!);
        var ends = new Regex(background.GetProperty("endsPattern").GetString()!);

        // Three builds: the first, a good rebuild and a failed one; then the preview stops.
        string output;
        await using (var preview = await PreviewCommandTests.RunningPreview.StartAsync())
        {
            preview.Edit("partners/huddinge/vanda.md", t => t.Replace("name: Vanda", "name: Vanda stad", StringComparison.Ordinal));
            await preview.WaitForOutputAsync("Rebuilt in ");
            preview.Edit("partners/huddinge/vanda.md", t => t.Replace("type: twin-town", "type: [twin-town", StringComparison.Ordinal));
            await preview.WaitForOutputAsync("Build failed");
            await preview.StopAsync();
            output = preview.Output;
        }

        var frames = output.Split('\n').Select(l => l.TrimEnd('\r'))
            .Select(l => (begins.IsMatch(l), ends.IsMatch(l)) switch
            {
                (true, false) => "begin",
                (false, true) => "end",
                (false, false) => null,
                _ => "both",
            })
            .OfType<string>();
        Assert.Multiple(() =>
        {
            Assert.That(frames, Is.EqualTo(new[] { "begin", "end", "begin", "end", "begin", "end" }), output);
            Assert.That(task.GetProperty("isBackground").GetBoolean(), Is.True);
        });
    }
}
