namespace Portal.Tests.Binding;

/// <summary>
/// PT0035 and PT0036 against the fixed test date (<see cref="TestDate.Today"/>, 2025-06-15): a date of something that
/// has happened is not after today, wherever an editor gives one. Fixtures/BadContent has one case of each as a build
/// reports it.
/// </summary>
public sealed class DateChecksTests
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
    public void A_start_after_today_is_in_the_future_and_this_year_is_not()
    {
        using var thisYear = new TempContent();
        thisYear.WithVanda("status: active\nsince: 2025");
        Assert.That(ContentModel.Load(thisYear).Lines, Is.Empty);
        Assert.That(ContentModel.LoadWithLine(Vanda, 8, "since: 2026").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:8:1: warning PT0036: 'since' (2026) is in the future (today is 2025-06-15): 'since' is when the relationship began; correct the year, or leave 'since' out until the relationship has begun and write the planned start in the text",
            "partners/huddinge/vanda.md:9:1: error PT0012: 'until' (2024-01-17) is before 'since' (2026); check the years",
        }));
    }

    [Test]
    public void A_membership_s_start_and_end_after_today_are_in_the_future()
    {
        using var content = new TempContent();
        content.WithLine("networks/nordiska-vanortskedjan.md", 7, "    since: 2029").WithLine("networks/nordiska-vanortskedjan.md", 8, "    until: 2030");

        Assert.That(ContentModel.Load(content).Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:7:5: warning PT0036: 'since' (2029) is in the future (today is 2025-06-15): 'since' is when the membership began; correct the year, or leave 'since' out until the membership has begun and write the planned start in the text",
            "networks/nordiska-vanortskedjan.md:8:5: warning PT0036: 'until' (2030) is in the future (today is 2025-06-15): 'until' is when the membership ended; correct the year, or remove 'until' while the membership goes on and write a planned end in the text",
        }));
    }

    [TestCase("date: 2025-06-15", false)]
    [TestCase("date: 2025-06-16", true)]
    public void A_decision_dated_after_today_is_in_the_future(string date, bool warned)
    {
        using var content = new TempContent();
        content.WithLine("decisions/huddinge-avslutar.md", 5, date);

        Assert.That(ContentModel.Load(content).Lines, Is.EqualTo(warned
            ? new[] { "decisions/huddinge-avslutar.md:5:1: warning PT0036: 'date' (2025-06-16) is in the future (today is 2025-06-15): 'date' is when it was decided or written; correct the date" }
            : []));
    }

    [Test]
    public void A_history_entry_dated_after_today_is_in_the_future()
    {
        using var content = new TempContent();
        content.WithVanda("status: active\nsince: 1946\nhistory:\n  - date: 1946\n    status: active\n  - date: 2031\n    status: active");

        Assert.That(ContentModel.Load(content).Lines, Does.Contain(
            "partners/huddinge/vanda.md:11:5: warning PT0036: 'date' (2031) is in the future (today is 2025-06-15): 'date' is when the status changed; an entry is a change that has happened; correct the date, and write a planned change in the text"));
    }

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
