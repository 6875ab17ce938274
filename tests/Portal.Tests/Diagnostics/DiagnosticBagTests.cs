namespace Portal.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Test]
    public void Prints_like_a_compiler()
    {
        Assert.That(new Diagnostic(Severity.Error, "PT0007", "bad", new SourceLocation("input/a.md", 6, 7)).ToString(), Is.EqualTo("input/a.md:6:7: error PT0007: bad"));
        Assert.That(new Diagnostic(Severity.Warning, "PT0006", "odd", new SourceLocation("input/a.md", 1, 1)).ToString(), Is.EqualTo("input/a.md:1:1: warning PT0006: odd"));
    }

    [Test]
    public void Reports_by_place_whatever_order_they_were_found_in()
    {
        var bag = new DiagnosticBag();
        bag.Error("PT0007", new SourceLocation("b.md", 1, 1), "x");
        bag.Error("PT0007", new SourceLocation("a.md", 10, 2), "x");
        bag.Warning("PT0006", new SourceLocation("a.md", 2, 5), "x");
        bag.Error("PT0005", new SourceLocation("a.md", 10, 1), "x");
        Assert.That(bag.Sorted().Select(d => d.Location.ToString()), Is.EqualTo(new[] { "a.md:2:5", "a.md:10:1", "a.md:10:2", "b.md:1:1" }));
    }

    [Test]
    public void The_same_problem_found_once_per_language_is_reported_once()
    {
        var bag = new DiagnosticBag();
        Parallel.For(0, 8, _ => bag.Warning("PT0006", new SourceLocation("a.md", 3, 1), "unknown key 'x' is ignored"));
        Assert.That(bag.Sorted(), Has.Count.EqualTo(1));
        Assert.That(bag.WarningCount, Is.EqualTo(1));
        Assert.That(bag.HasErrors, Is.False);
    }

    [Test]
    public void Warnings_alone_do_not_fail_a_build()
    {
        var bag = new DiagnosticBag();
        bag.Warning("PT0015", new SourceLocation("a.md", 3, 1), "removed");
        Assert.That(bag.HasErrors, Is.False);
        bag.Error("PT0014", new SourceLocation("a.md", 4, 1), "broken");
        Assert.That(bag.HasErrors, Is.True);
        Assert.That(bag.ErrorCount, Is.EqualTo(1));
    }
}
