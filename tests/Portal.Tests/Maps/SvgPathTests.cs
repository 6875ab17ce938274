using System.Text;
using Portal.Maps.Rendering;
using static Portal.Tests.Maps.Planar.PlanarCases;

namespace Portal.Tests.Maps;

/// <summary>Path data: a tenth of a pixel, no point written twice in a row, closed rings closed by Z.</summary>
public sealed class SvgPathTests
{
    private static string Ring(params (double X, double Y)[] points)
    {
        var builder = new StringBuilder();
        SvgPath.AppendRing(builder, Points(points), close: true);
        return builder.ToString();
    }

    [Test]
    public void A_ring_is_written_to_a_tenth_halves_to_even_with_its_repeated_start_left_to_Z() =>
        Assert.That(Ring((0, 0), (10.04, 0), (10.06, 7.25), (-3, 7.96), (0, 0)), Is.EqualTo("M0,0 10,0 10.1,7.2 -3,8Z"));

    [Test]
    public void Points_written_alike_are_written_once() =>
        Assert.That(Ring((0, 0), (5.01, 0), (4.99, 0.04), (5, 5), (0, 0)), Is.EqualTo("M0,0 5,0 5,5Z"));

    [Test]
    public void Minus_zero_is_written_as_it_always_was_and_so_is_not_a_repeat_of_zero() =>
        Assert.That(Ring((0, 0), (-0.04, 0), (5, 5), (0, 0)), Is.EqualTo("M0,0 -0,0 5,5Z"));

    [TestCase(1e-3)]
    [TestCase(1.0)]
    [TestCase(1e3)]
    [TestCase(1e6)]
    [TestCase(1e9)]
    [TestCase(1e12)]
    public void Every_ordinate_is_written_as_Number_writes_it(double scale)
    {
        // Values of every size, ties among them: the quick way of writing tenths must not differ from the format's.
        var random = new Random(20261130);
        var values = Enumerable.Range(0, 20_000).Select(_ => ((random.NextDouble() * 2) - 1) * scale)
            .Concat(Enumerable.Range(-500, 1001).SelectMany(k => new[] { k / 10.0, (k / 20.0) + 0.025, k * scale / 100 }))
            .Concat([0.0, -0.0, 0.05, -0.05, 0.25, -0.35, 999_999_999.95, -999_999_999.96, 1e9, -1e9])
            .ToList();
        var line = new StringBuilder();
        SvgPath.AppendRing(line, values.Select((v, i) => new Portal.Maps.Planar.PlanePoint(v, i)).ToArray(), close: false);

        var expected = values.Select((v, i) => $"{SvgPath.Number(v)},{SvgPath.Number(i)}");
        Assert.That(line.ToString().TrimStart('M').Split(' '), Is.EqualTo(expected));
    }

    [Test]
    public void Fewer_than_two_points_write_nothing() => Assert.That(Ring((1, 1), (1, 1)), Is.Empty);

    [Test]
    public void A_line_is_not_closed() => Assert.That(SvgPath.Line(Points((0, 0), (1, 2.5))), Is.EqualTo("M0,0 1,2.5"));
}
