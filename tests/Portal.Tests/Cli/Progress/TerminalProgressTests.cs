using Portal.Cli.Progress;
using Portal.Pipeline.Monitoring;

namespace Portal.Tests.Cli.Progress;

/// <summary>The one line a build shows on a terminal while it runs.</summary>
public sealed class TerminalProgressTests
{
    [TestCase(BuildPhase.Read, 0, 0, "[1/6] read")]
    [TestCase(BuildPhase.Compose, 412, 0, "[3/6] compose 412")]
    [TestCase(BuildPhase.Render, 412, 858, "[4/6] render 412/858")]
    [TestCase(BuildPhase.Write, 866, 866, "[6/6] write 866/866")]
    public void The_line_names_the_phase_its_place_among_the_phases_and_its_count(BuildPhase phase, int done, int total, string expected)
    {
        Assert.That(TerminalProgress.Line(new BuildProgress(phase, done, total)), Is.EqualTo(expected));
    }

    [Test]
    public void Each_line_is_drawn_over_the_last_and_the_line_is_cleared_at_the_end()
    {
        using var terminal = new StringWriter();
        var progress = new TerminalProgress(terminal);

        progress.Report(new BuildProgress(BuildPhase.Compose, 0, 0));
        progress.Report(new BuildProgress(BuildPhase.Render, 0, 10));
        progress.Clear();

        // What a terminal shows is what is left after each carriage return: the last line, blanked.
        var drawn = terminal.ToString();
        Assert.That(drawn.Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd()), Is.EqualTo(new[] { "[3/6] compose", "[4/6] render 0/10", string.Empty }));
        Assert.That(drawn, Does.Not.Contain("\n"), "never a new line: the summary takes the line");
        Assert.That(drawn.Split('\r')[^2], Has.Length.EqualTo("[4/6] render 0/10".Length), "the clearing spaces cover the last line");
    }

    [Test]
    public void Items_of_one_phase_are_drawn_at_most_ten_times_a_second_but_its_last_item_always()
    {
        using var terminal = new StringWriter();
        var progress = new TerminalProgress(terminal);

        for (var done = 0; done <= 1000; done++)
        {
            progress.Report(new BuildProgress(BuildPhase.Render, done, 1000));
        }

        var lines = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd()).ToList();
        Assert.That(lines, Has.Count.LessThan(20), "a thousand quick reports are not a thousand redraws");
        Assert.That(lines[^1], Is.EqualTo("[4/6] render 1000/1000"));
    }
}
