namespace Portal.Tests.Binding;

/// <summary>
/// PT0035 and PT0036 against the fixed test date (<see cref="TestDate.Today"/>, 2025-06-15); Fixtures/BadContent has
/// one case of each as a build reports it.
/// </summary>
public sealed class EndYearCheckTests
{
    private const string Vanda = "partners/huddinge/vanda.md";

    [TestCase("until: 2025")]
    [TestCase("until: 2025-06-15")]
    [TestCase("until: 2024-12-31")]
    public void An_end_this_year_or_until_today_is_not_in_the_future(string until)
    {
        var model = ContentModel.LoadWithLine(Vanda, 9, until);
        Assert.That(model.Lines, Is.Empty, model.Report);
    }

    [TestCase("until: 2026", "2026")]
    [TestCase("until: 2025-06-16", "2025-06-16")]
    public void An_end_after_today_is_in_the_future(string until, string shown) =>
        Assert.That(ContentModel.LoadWithLine(Vanda, 9, until).Lines, Is.EqualTo(new[]
        {
            $"partners/huddinge/vanda.md:9:1: warning PT0036: 'until' ({shown}) is in the future (today is 2025-06-15): 'until' is when the relationship ended; correct the year, or remove 'until' while the relationship goes on and write a planned end in the text",
        }));

    [Test]
    public void Until_unknown_says_the_year_is_missing_on_purpose()
    {
        var model = ContentModel.LoadWithLine(Vanda, 9, "until: unknown");
        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.In("sv").Relationships.Single().Until, Is.Null);
    }

    [Test]
    public void A_relationship_that_goes_on_needs_no_until()
    {
        using var content = new TempContent();
        content.WithLine(Vanda, 7, "status: active").WithLine(Vanda, 9, "memberCount: 12");
        var model = ContentModel.Load(content);
        Assert.That(model.Lines, Is.Empty, model.Report);
    }

    [Test]
    public void The_build_date_is_the_given_day_or_else_the_machines()
    {
        var given = new BuildOptions("input", "output", null, null, ".", Today: new DateOnly(2030, 1, 2));
        Assert.That(given.BuildDate, Is.EqualTo(new DateOnly(2030, 1, 2)));

        var before = DateOnly.FromDateTime(DateTime.Now);
        var machine = new BuildOptions("input", "output", null, null, ".").BuildDate;
        Assert.That(machine, Is.InRange(before, DateOnly.FromDateTime(DateTime.Now)));
    }
}
