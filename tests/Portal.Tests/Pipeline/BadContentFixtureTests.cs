using System.Text;

namespace Portal.Tests.Pipeline;

/// <summary>
/// Each folder under Fixtures/BadContent/ is one broken content file (at its path inside the content folder) and
/// expected.txt, the exact diagnostics a build must print for it with paths relative to the content folder. The
/// file is laid over the minimal valid content, and the build runs over the output of a good build with one extra
/// file in it: a build with errors must leave that output exactly as it was, and a build without (warnings only,
/// or nothing to report, such as a file saved with a BOM and CRLF line endings) must replace it whole.
/// </summary>
[TestFixture]
public sealed class BadContentFixtureTests
{
    private const string ExpectedFile = "expected.txt";

    /// <summary>A file only the previous output has: gone exactly when a build has published its own.</summary>
    private const string PreviousOutputMarker = "previous-output.txt";

    private TempContent _baseline = null!;

    private static string FixturesDirectory =>
        Path.Combine(Path.GetDirectoryName(typeof(BadContentFixtureTests).Assembly.Location)!, "Fixtures", "BadContent");

    /// <summary>
    /// The cases, or an exception when there are none: NUnit then reports the source as failed, where an empty source
    /// would quietly run nothing (a fixtures folder not copied beside the tests, say).
    /// </summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        var names = Directory.Exists(FixturesDirectory)
            ? Directory.EnumerateDirectories(FixturesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        if (names.Count == 0)
        {
            throw new DirectoryNotFoundException($"no bad-content fixtures in {FixturesDirectory}: they are copied there by the test project");
        }

        return names.Select(name => new TestCaseData(name).SetName($"BadContent({name})"));
    }

    [OneTimeSetUp]
    public void BuildTheGoodOutputOnce()
    {
        _baseline = new TempContent();
        _baseline.Build().AssertClean();
    }

    [OneTimeTearDown]
    public void RemoveBaseline() => _baseline.Dispose();

    [Test]
    public void The_fixtures_are_copied_beside_the_tests()
    {
        var cases = Cases().ToList();
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(25), $"no or too few cases in {FixturesDirectory}");
        foreach (var directory in Directory.EnumerateDirectories(FixturesDirectory))
        {
            Assert.That(File.Exists(Path.Combine(directory, ExpectedFile)), Is.True, $"{directory} has no {ExpectedFile}");
            Assert.That(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count(), Is.GreaterThanOrEqualTo(2), $"{directory} has no content file");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Reports_exactly_the_expected_diagnostics(string caseName)
    {
        var directory = Path.Combine(FixturesDirectory, caseName);
        using var content = new TempContent();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (relative != ExpectedFile)
            {
                content.WithBytes(relative, File.ReadAllBytes(file));
            }
        }

        DirectorySnapshot.Copy(_baseline.OutputDirectory, content.OutputDirectory);
        File.WriteAllText(Path.Combine(content.OutputDirectory, PreviousOutputMarker), "from an earlier build\n");
        var before = DirectorySnapshot.Take(content.OutputDirectory);
        var expected = File.ReadAllLines(Path.Combine(directory, ExpectedFile), Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var expectsErrors = expected.Any(l => l.Contains(": error PT", StringComparison.Ordinal));

        var run = content.Build();

        Assert.Multiple(() =>
        {
            Assert.That(run.Lines, Is.EqualTo(expected), run.Report);
            Assert.That(run.Result.Succeeded, Is.EqualTo(!expectsErrors), "a build succeeds exactly when it has no error");
            if (expectsErrors)
            {
                Assert.That(DirectorySnapshot.Take(content.OutputDirectory), Is.EqualTo(before), "a failed build must leave the previous output byte for byte");
                Assert.That(run.Result.PagesWritten, Is.Zero);
            }
            else
            {
                Assert.That(File.Exists(Path.Combine(content.OutputDirectory, PreviousOutputMarker)), Is.False, "a build without errors publishes: it replaces the previous output whole");
                Assert.That(run.Result.PagesWritten, Is.Positive);
            }

            Assert.That(DirectorySnapshot.HiddenSiblings(content.OutputDirectory), Is.Empty, "no staging folder may be left beside the output");
        });
    }
}
