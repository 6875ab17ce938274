using AngleSharp.Dom;
using Portal.Charts;
using static Portal.Tests.Charts.ChartSvgReader;

namespace Portal.Tests.Charts;

/// <summary>
/// A municipality's timeline: one row per relationship, a bar from the year it began to the year it ended, read
/// against the axis's labelled years.
/// </summary>
public sealed class TimelineTests
{
    private static readonly TimelineRow[] Rows =
    [
        new("Vanda", 1946, 2024, Ongoing: false),
        new("Åbo", 1990, null, Ongoing: true),
        new("Pori", 1970, null, Ongoing: false),
        new("Okänd start", null, 2001, Ongoing: false),
    ];

    private static IElement Draw(IReadOnlyList<TimelineRow> rows, int lastYear = 2025) =>
        Parse(TimelineWriter.Write("timeline", "Tidslinje", "Samarbeten över tid", rows, lastYear).Svg);

    /// <summary>The x of a year, read off two labelled years of the axis, as a reader of the chart would.</summary>
    private static Func<double, double> Axis(IElement svg)
    {
        var ticks = svg.QuerySelectorAll("text.chart__label")
            .Where(t => int.TryParse(t.TextContent, out _))
            .Select(t => (Year: int.Parse(t.TextContent, System.Globalization.CultureInfo.InvariantCulture), X: Number(t, "x")))
            .ToList();
        Assert.That(ticks, Has.Count.GreaterThanOrEqualTo(2), "the axis labels years");
        var (first, last) = (ticks[0], ticks[^1]);
        return year => first.X + ((year - first.Year) * (last.X - first.X) / (last.Year - first.Year));
    }

    private static IElement Bar(IElement svg, int row) => svg.QuerySelectorAll("line.timeline__bar")[row];

    [Test]
    public void Rows_follow_the_order_given_one_bar_each()
    {
        var svg = Draw(Rows);
        var names = svg.QuerySelectorAll("text.chart__label").Where(t => !int.TryParse(t.TextContent, out _)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names.Select(t => t.TextContent), Is.EqualTo(Rows.Select(r => r.Label)));
            Assert.That(names.Select(t => Number(t, "y")), Is.Ordered.Ascending);
            Assert.That(svg.QuerySelectorAll("line.timeline__bar"), Has.Length.EqualTo(Rows.Length));
            Assert.That(AccessibleName(svg), Is.EqualTo("Tidslinje Samarbeten över tid"));
        });
    }

    [Test]
    public void A_bar_runs_from_its_since_year_to_its_until_year_on_the_axis()
    {
        var svg = Draw(Rows);
        var x = Axis(svg);
        var vanda = Bar(svg, 0);

        Assert.Multiple(() =>
        {
            Assert.That(Number(vanda, "x1"), Is.EqualTo(x(1946)).Within(0.5));
            Assert.That(Number(vanda, "x2"), Is.EqualTo(x(2024)).Within(0.5));
            Assert.That(Number(Bar(svg, 1), "x1"), Is.EqualTo(x(1990)).Within(0.5));
            Assert.That(Number(Bar(svg, 2), "x1"), Is.EqualTo(x(1970)).Within(0.5));
            Assert.That(Number(Bar(svg, 3), "x2"), Is.EqualTo(x(2001)).Within(0.5));
            Assert.That(vanda.GetAttribute("marker-end"), Is.Null, "an ended relationship has no arrow");
            Assert.That(vanda.ClassList, Does.Not.Contain("timeline__bar--unknown"));
        });
    }

    [Test]
    public void An_ongoing_relationship_runs_to_the_latest_year_and_ends_in_an_arrow()
    {
        var svg = Draw(Rows, lastYear: 2025);
        var abo = Bar(svg, 1);

        Assert.Multiple(() =>
        {
            Assert.That(Number(abo, "x2"), Is.EqualTo(Axis(svg)(2025)).Within(0.5));
            Assert.That(abo.GetAttribute("marker-end"), Does.StartWith("url(#"));
            Assert.That(abo.ClassList, Does.Not.Contain("timeline__bar--unknown"));
        });
    }

    [Test]
    public void An_ended_relationship_without_an_end_year_is_a_short_lead_out_without_an_arrow()
    {
        var svg = Draw(Rows);
        var pori = Bar(svg, 2);

        Assert.Multiple(() =>
        {
            Assert.That(pori.ClassList, Does.Contain("timeline__bar--unknown"));
            Assert.That(pori.GetAttribute("marker-end"), Is.Null, "it is not going on");
            Assert.That(Number(pori, "x1"), Is.EqualTo(Axis(svg)(1970)).Within(0.5));
            Assert.That(Number(pori, "x2") - Number(pori, "x1"), Is.EqualTo(40).Within(0.5), "a lead-out from its start: a line to the axis's end would read as an end there");
            Assert.That(Bar(svg, 3).ClassList, Does.Contain("timeline__bar--unknown"), "nor is a start no one knows");
        });
    }

    [Test]
    public void The_axis_starts_at_the_decade_of_the_first_year_and_ends_at_the_latest()
    {
        var years = Draw(Rows, lastYear: 2025).QuerySelectorAll("text.chart__label").Select(t => t.TextContent).Where(t => int.TryParse(t, out _)).ToList();

        Assert.That(years[0], Is.EqualTo("1940"));
        Assert.That(int.Parse(years[^1], System.Globalization.CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(2025));
    }

    [Test]
    public void An_unknown_start_is_a_short_lead_in_to_the_first_year_known_not_a_line_from_the_axis_s_start()
    {
        TimelineRow[] rows =
        [
            new("Utajärvi", 1948, 1976, Ongoing: false),
            new("Vanda", null, 2024, Ongoing: false) { Periods = [new(2024, "ended")] },
            new("Okänd start", null, 2001, Ongoing: false),
        ];
        var svg = Draw(rows, lastYear: 2025);
        var x = Axis(svg);
        var bars = svg.QuerySelectorAll("line.timeline__bar").ToList();

        Assert.Multiple(() =>
        {
            foreach (var (bar, end) in new[] { (bars[1], 2024), (bars[2], 2001) })
            {
                Assert.That(bar.ClassList, Does.Contain("timeline__bar--unknown"));
                Assert.That(Number(bar, "x2"), Is.EqualTo(x(end)).Within(0.5));
                Assert.That(Number(bar, "x2") - Number(bar, "x1"), Is.EqualTo(40).Within(0.5), "a lead-in, the same length whatever the axis");
                Assert.That(Number(bar, "x1"), Is.GreaterThan(x(1950)), "it does not reach back to the axis's first years");
            }
        });
    }

    [Test]
    public void The_axis_labels_its_last_year_so_one_early_year_does_not_stand_alone()
    {
        var years = Draw([new("Vanda", null, 2024, Ongoing: false) { Periods = [new(2024, "ended")] }], lastYear: 2025)
            .QuerySelectorAll("text.chart__label").Select(t => t.TextContent).Where(t => int.TryParse(t, out _)).ToList();

        Assert.That(years, Is.EqualTo(new[] { "2020", "2025" }));
    }

    [Test]
    public void A_municipality_page_draws_each_relationship_with_a_year_from_its_content()
    {
        using var content = new TempContent();
        content
            .With("partners/huddinge/abo.md", Relationship("Åbo", "60.45, lon: 22.27", "active", "since: 1990"))
            .With("partners/huddinge/pori.md", Relationship("Pori", "61.48, lon: 21.80", "ended", "since: 1970\nuntil: unknown"))
            .With("partners/huddinge/tammerfors.md", Relationship("Tammerfors", "61.50, lon: 23.76", "active", string.Empty));
        var build = content.Build().AssertClean();

        var svg = build.Html("kommuner/huddinge.html").QuerySelector("svg.timeline")!;
        var x = Axis(svg);
        var rows = svg.QuerySelectorAll("text.chart__label").Where(t => !int.TryParse(t.TextContent, out _))
            .Select((t, i) => (Name: t.TextContent, Bar: Bar(svg, i))).ToDictionary(r => r.Name, r => r.Bar);

        Assert.That(rows.Keys, Is.EqualTo(new[] { "Vanda", "Pori", "Åbo" }), "by the year each began; Tammerfors has no year to draw");
        Assert.Multiple(() =>
        {
            Assert.That(Number(rows["Vanda"], "x1"), Is.EqualTo(x(1946)).Within(0.5));
            Assert.That(Number(rows["Vanda"], "x2"), Is.EqualTo(x(2024)).Within(0.5), "until: 2024-01-17 ends in 2024");
            Assert.That(rows["Pori"].ClassList, Does.Contain("timeline__bar--unknown"));
            Assert.That(rows["Pori"].GetAttribute("marker-end"), Is.Null);
            Assert.That(rows["Åbo"].GetAttribute("marker-end"), Is.Not.Null);
            Assert.That(AccessibleName(svg), Does.Contain("Pori 1970–?").And.Contain("Åbo 1990–").And.Contain("Vanda 1946–2024"));
        });
    }

    private static string Relationship(string name, string position, string status, string years) =>
        $$"""
        ---
        name: {{name}}
        country: FI
        location: {lat: {{position}}}
        type: twin-town
        status: {{status}}
        {{years}}
        ---
        {{name}} är en vänort.
        """;

    [Test]
    public void A_relationship_with_a_history_is_drawn_a_period_at_a_time_in_each_statuss_style()
    {
        TimelineRow[] rows =
        [
            new("Herning", 1946, null, Ongoing: true)
            {
                Periods = [new(1946, "active"), new(1990, "sporadic"), new(2014, "dormant")],
            },
        ];
        var svg = Draw(rows, lastYear: 2025);
        var x = Axis(svg);
        var bars = svg.QuerySelectorAll("line.timeline__bar").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(bars.Select(b => b.ClassList.Single(c => c.StartsWith("timeline__bar--", StringComparison.Ordinal))), Is.EqualTo(new[] { "timeline__bar--active", "timeline__bar--sporadic", "timeline__bar--dormant" }));
            Assert.That(bars.Select(b => Number(b, "x1")), Is.EqualTo(new[] { x(1946), x(1990), x(2014) }).Within(0.5));
            Assert.That(bars.Select(b => Number(b, "x2")), Is.EqualTo(new[] { x(1990), x(2014), x(2025) }).Within(0.5));
            Assert.That(bars.Select(b => b.GetAttribute("marker-end") is not null), Is.EqualTo(new[] { false, false, true }), "only the status now goes on");
        });
    }

    [Test]
    public void A_history_that_ends_draws_nothing_after_its_end_and_marks_it()
    {
        TimelineRow[] rows =
        [
            new("Utajärvi", 1948, 1976, Ongoing: false) { Periods = [new(1948, "active"), new(1976, "ended")] },
            new("Vanda", null, 2024, Ongoing: false) { Periods = [new(2024, "ended")] },
        ];
        var svg = Draw(rows, lastYear: 2025);
        var x = Axis(svg);
        var bars = svg.QuerySelectorAll("line.timeline__bar").ToList();
        var ends = svg.QuerySelectorAll("line.timeline__end").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(bars, Has.Count.EqualTo(2));
            Assert.That((Number(bars[0], "x1"), Number(bars[0], "x2")), Is.EqualTo((x(1948), x(1976))).Within(0.5));
            Assert.That(bars[1].ClassList, Does.Contain("timeline__bar--unknown"), "Vanda's start is unknown: dashed up to its end");
            Assert.That(Number(bars[1], "x2"), Is.EqualTo(x(2024)).Within(0.5));
            Assert.That(ends.Select(e => Number(e, "x1")), Is.EqualTo(new[] { x(1976), x(2024) }).Within(0.5));
        });
    }

    [Test]
    public void Beside_a_history_a_bar_without_one_is_drawn_as_not_given_and_alone_it_is_not()
    {
        TimelineRow[] rows =
        [
            new("Herning", 1946, null, Ongoing: true) { Periods = [new(1946, "active"), new(2014, "dormant")] },
            new("Lich", 1994, null, Ongoing: true),
        ];

        var beside = Draw(rows).QuerySelectorAll("line.timeline__bar").Select(b => b.ClassList.Contains("timeline__bar--unrecorded")).ToList();
        var alone = Draw([rows[1]]).QuerySelectorAll("line.timeline__bar").Select(b => b.ClassList.Contains("timeline__bar--unrecorded")).ToList();

        Assert.That(beside, Is.EqualTo(new[] { false, false, true }), "Herning's two periods, then Lich without a history");
        Assert.That(alone, Is.EqualTo(new[] { false }), "without histories to tell apart from, a bar is drawn as before");
    }

    [Test]
    public void The_key_names_the_styles_drawn_and_no_others()
    {
        TimelineRow known = new("Vanda", 1946, 2024, Ongoing: false);
        TimelineRow unknownStart = new("Okänd start", null, 2001, Ongoing: false);
        TimelineRow withHistory = new("Herning", 1946, null, Ongoing: true) { Periods = [new(1946, "active"), new(2014, "dormant")] };

        Assert.Multiple(() =>
        {
            Assert.That(TimelineWriter.Write("t", "T", "D", [known], 2025).Key, Is.EqualTo(new TimelineKey(false, false, false)));
            Assert.That(TimelineWriter.Write("t", "T", "D", [known, unknownStart], 2025).Key, Is.EqualTo(new TimelineKey(false, false, true)));
            Assert.That(TimelineWriter.Write("t", "T", "D", [withHistory], 2025).Key, Is.EqualTo(new TimelineKey(true, false, false)));
            Assert.That(TimelineWriter.Write("t", "T", "D", [withHistory, known], 2025).Key, Is.EqualTo(new TimelineKey(true, true, false)));
        });
    }
}
