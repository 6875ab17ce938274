using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Tests.Cli;

/// <summary>
/// Content written to attack the build, or by a careless editor, tried with the command line as it ships (the published,
/// native portal) on content folders made here (not in the repository). Each case is refused with compiler-style errors at the right file, or built
/// safely, and either way within a wall-clock and a memory budget, measured on the build's own process. The budgets
/// are in the tests' names: far above what a case takes (a few seconds, a few hundred MB), and far below what these
/// inputs took before they were bounded (a 1,000,000-row chart was killed at 24 GB).
/// </summary>
[TestFixture]
public sealed partial class HostileInputTests
{
    private const double BudgetSeconds = 20;
    private const long BudgetBytes = 1536L * 1024 * 1024;
    private const string Secret = "ci-token-that-must-not-leak-3b1f";

    /// <summary>A case: the minimal content changed by <paramref name="Change"/>, then on disk by <paramref name="OnDisk"/>.</summary>
    /// <param name="Refusals">The start of each error line expected (path:line:col: error CODE), or none for a build that succeeds.</param>
    public sealed record Case(string Name, Action<TempContent> Change, string[] Refusals, Action<string>? OnDisk = null, string? BaseUrl = null)
    {
        public override string ToString() => Name;
    }

    [GeneratedRegex(@"^\S.*:\d+:\d+: (error|warning) PT\d{4}: \S")]
    private static partial Regex CompilerStyle();

    private static string Repeat(string text, int bytes) => string.Concat(Enumerable.Repeat(text, bytes / Encoding.UTF8.GetByteCount(text)));

    private static string Page(string body) => "---\ntitle: Sida\n---\n" + body + "\n";

    /// <summary>Just under the default size limit of a text file, with room for the front matter.</summary>
    private static readonly int UnderTextLimit = (int)ContentLimits.Default.TextFileSize - 64;

    private static string CsvRows(int rows)
    {
        var text = new StringBuilder("år;antal\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(i).Append(';').Append(i % 1000).Append('\n');
        }

        return text.ToString();
    }

    public static IEnumerable<Case> Cases()
    {
        static Action<TempContent> Add(string path, string text) => c => c.With(path, text);
        static Action<TempContent> AddBytes(string path, byte[] bytes) => c => c.WithBytes(path, bytes);
        static Action<string> Link(string path, string target) => root => File.CreateSymbolicLink(Path.Combine(root, path), target);
        static Action<TempContent> None() => _ => { };

        // Outside the content folder: links and special files.
        yield return new("an asset linked to /etc/passwd", None(), ["content/assets/passwd.pdf:1:1: error PT0041"], Link("assets/passwd.pdf", "/etc/passwd"));
        yield return new("an asset linked to the build's environment", None(), ["content/assets/miljo.txt:1:1: error PT0041"], Link("assets/miljo.txt", "/proc/self/environ"));
        yield return new("a page linked to a file outside", None(), ["content/pages/losen.md:1:1: error PT0041"], Link("pages/losen.md", "/etc/passwd"));
        yield return new("a dangling link and a loop", None(), ["content/assets/a.pdf:1:1: error PT0041", "content/assets/b.pdf:1:1: error PT0041", "content/pages/borta.md:1:1: error PT0041"], root =>
        {
            Link("assets/a.pdf", "b.pdf")(root);
            Link("assets/b.pdf", "a.pdf")(root);
            Link("pages/borta.md", "/finns/inte")(root);
        });
        yield return new("a named pipe in assets", None(), ["content/assets/ror.pdf:1:1: error PT0041"], root => MakeFifo(Path.Combine(root, "assets", "ror.pdf")));

        // Assets that would run as the site.
        yield return new("an HTML page, a script and an SVG with script in assets", c => c
            .With("assets/evil.html", "<script>fetch('/').then(r => r.text()).then(alert)</script>")
            .With("assets/evil.js", "alert(document.cookie)")
            .With("assets/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"),
            ["content/assets/evil.html:1:1: error PT0042", "content/assets/evil.js:1:1: error PT0042", "content/assets/evil.svg:1:41: error PT0043", "content/assets/evil.svg:1:59: error PT0043"]);
        yield return new("an SVG billion laughs", Add("assets/skratt.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&h;</text></svg>"),
            ["content/assets/skratt.svg:2:1: error PT0043"]);

        // Small files that took the machine's memory or minutes.
        yield return new("a chart over a CSV of 100,000 rows (1.3 MB)", c => c.With("data/rader.csv", CsvRows(100_000)).With("pages/diagram.md", Page("```chart\nsource: rader.csv\n```")),
            ["content/data/rader.csv:1:1: error PT0045"]);
        yield return new("a chart over a CSV of 1,000,000 rows (13 MB)", c => c.With("data/rader.csv", CsvRows(1_000_000)).With("pages/diagram.md", Page("```chart\nsource: rader.csv\n```")),
            ["content/data/rader.csv:1:1: error PT0044"]);
        yield return new("a YAML table of 10,000 rows each with a key of its own (109 KB)", Add("data/nycklar.yml", string.Concat(Enumerable.Range(0, 10_000).Select(i => $"- nyckel{i}: {i}\n"))),
            ["content/data/nycklar.yml:101:3: error PT0045"]);
        yield return new("a JSON table of 10,000 rows each with a key of its own", Add("data/nycklar.json", "[" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"{{\"k{i}\":{i}}}")) + "]"),
            ["content/data/nycklar.json:1:1: error PT0045"]);
        yield return new("a page of 54 MB", AddBytes("pages/stor.md", Encoding.UTF8.GetBytes(Page(Repeat("Vänortsrörelsen växte fram efter kriget. ", 54 * 1024 * 1024)))),
            ["content/pages/stor.md:1:1: error PT0044"]);
        yield return new("'[a](' repeated 50,000 times (200 KB)", Add("pages/lankar.md", Page(Repeat("[a](", 200_000))), []);
        yield return new("'[a](' up to the size limit", Add("pages/lankar.md", Page(Repeat("[a](", UnderTextLimit))), []);

        // CommonMark's pathological inputs (cmark's test/pathological_tests.py), each up to the size limit.
        yield return new("nested brackets up to the size limit", Add("pages/p.md", Page(Repeat("[", UnderTextLimit / 2) + "a" + Repeat("]", UnderTextLimit / 2))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("normal text up to the size limit", Add("pages/p.md", Page(Repeat("Vänortsrörelsen växte fram efter kriget. Se [Vanda](../partners/huddinge/vanda.md), *kultur* och `kod`.\n\n", UnderTextLimit))), []);
        yield return new("emphasis openers without closers up to the size limit", Add("pages/p.md", Page(Repeat("a_ ", UnderTextLimit))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("emphasis closers without openers up to the size limit", Add("pages/p.md", Page(Repeat("a_ ", UnderTextLimit).Replace("a_ ", " _a"))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("link openers without closers up to the size limit", Add("pages/p.md", Page(Repeat("[a ", UnderTextLimit))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("link closers without openers up to the size limit", Add("pages/p.md", Page(Repeat("a] ", UnderTextLimit))), []);
        yield return new("'[ (](' up to the size limit", Add("pages/p.md", Page(Repeat("[ (](", UnderTextLimit))), []);
        yield return new("mismatched openers and closers up to the size limit", Add("pages/p.md", Page(Repeat("*a_ ", UnderTextLimit))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("link openers and emphasis closers up to the size limit", Add("pages/p.md", Page(Repeat("[ a_ ", UnderTextLimit))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("backticks of growing length up to the size limit", Add("pages/p.md", Page(string.Concat(Enumerable.Range(1, 1000).Select(i => "e" + new string('`', i))))), []);
        yield return new("unclosed '<' up to the size limit", Add("pages/p.md", Page(Repeat("<a ", UnderTextLimit))), []);
        yield return new("a table row of 250,000 cells", Add("pages/p.md", Page("| a |\n|---|\n" + Repeat("|x", UnderTextLimit - 20))), ["content/pages/p.md:6:1: error PT0045"]);
        yield return new("a table of 300 columns up to the size limit", Add("pages/p.md", Page("|" + Repeat("x|", 600) + "\n|" + Repeat("-|", 600) + "\n" + Repeat("|" + Repeat("x|", 600) + "\n", UnderTextLimit - 1300))),
            ["content/pages/p.md:4:1: error PT0045"]);
        yield return new("table rows of unclosed delimiters up to the size limit", Add("pages/p.md", Page("|a|b|\n|-|-|\n" + Repeat("|[a](|*b_|\n", UnderTextLimit - 20))), ["content/pages/p.md:75:1: error PT0040"]);
        yield return new("30,000 reference definitions in a row", Add("pages/p.md", Page(string.Concat(Enumerable.Range(0, 30_000).Select(i => $"[r{i}]: /u{i}\n")))), ["content/pages/p.md:1004:1: error PT0048"]);
        yield return new("30,000 reference definitions in groups of 1000", Add("pages/p.md", Page(string.Concat(Enumerable.Range(0, 30_000).Select(i => $"[r{i}]: /u{i}\n" + (i % 1000 == 999 ? "\n" : string.Empty))))), []);
        yield return new("63 nested lists and a megabyte of blank lines", Add("pages/p.md", Page(Repeat("- ", 126) + "x" + new string('\n', UnderTextLimit - 200))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("paragraphs of 9,000 unclosed '_a' up to the size limit", Add("pages/p.md", Page(Repeat(Repeat("_a ", 27_000) + "\n\n", UnderTextLimit))), ["content/pages/p.md:4:1: error PT0040"]);
        yield return new("unclosed '<?' up to the size limit", Add("pages/p.md", Page("x " + Repeat("<?", UnderTextLimit - 8))), []);
        yield return new("unclosed '<!--' up to the size limit", Add("pages/p.md", Page("</" + Repeat("<!--", UnderTextLimit - 8))), []);
        yield return new("unclosed attributes '{x=' up to the size limit", Add("pages/p.md", Page(Repeat("a{x=", UnderTextLimit))), []);
        yield return new("spans with unclosed attributes '[a]{x=' up to the size limit", Add("pages/p.md", Page(Repeat("[a]{x=", UnderTextLimit))), []);
        yield return new("130,000 headings of the same text", Add("pages/p.md", Page(Repeat("## a\n", UnderTextLimit))), []);

        // Careless content.
        yield return new("a base URL with å, ä or ö in its path", None(), [], BaseUrl: "https://kommun.example/vänorter/");
        yield return new("a partner named like a spreadsheet formula", c => c.WithLine("partners/huddinge/vanda.md", 2, "name: '=HYPERLINK(\"https://evil.example/\")'"),
            ["content/partners/huddinge/vanda.md:2:7: error PT0047"]);
        yield return new("control characters in a body and a file name", c => c.With("pages/om.md", Page("Text\u0001 med \u001B[31m färg.")).With("assets/a\nb.pdf", "%PDF-1.4"),
            ["content/assets/a\\nb.pdf:1:1: error PT0046", "content/pages/om.md:4:5: error PT0046", "content/pages/om.md:4:11: error PT0046"]);
    }

    [TestCaseSource(nameof(Cases))]
    public void Is_refused_or_built_safely_within_20_s_and_1_5_GB_of_memory(Case hostile)
    {
        using var content = new TempContent();
        hostile.Change(content);
        content.Write();
        hostile.OnDisk?.Invoke(content.ContentDirectory);
        var previous = Path.Combine(content.RootDirectory, "site");
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, "index.html"), "the previous site\n");
        Portal.Output.OutputMark.WriteInto(previous);

        var arguments = new List<string> { PublishedPortal.Executable, "build", "--input", "content", "--output", "site", "--theme", RepoPaths.Theme };
        if (hostile.BaseUrl is { } baseUrl)
        {
            arguments.AddRange(["--base-url", baseUrl]);
        }

        var run = MeasuredProcess.Run(content.RootDirectory, new Dictionary<string, string> { ["PORTAL_CI_TOKEN"] = Secret }, TimeSpan.FromMinutes(3), [.. arguments]);
        TestContext.Out.WriteLine($"{hostile.Name}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.00} s, peak {run.PeakBytes / (1024 * 1024)} MB\n{run.Errors}{run.Output}");

        var lines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(run.Elapsed.TotalSeconds, Is.LessThan(BudgetSeconds), "wall-clock budget");
            Assert.That(run.PeakBytes, Is.LessThan(BudgetBytes), "memory budget (peak resident set)");
            Assert.That(lines, Has.All.Match(CompilerStyle().ToString()), "every problem is one compiler-style line");
            Assert.That(run.Output + run.Errors, Does.Not.Contain("internal error").And.Not.Contain("   at ").And.Not.Contain(Secret));
            Assert.That(lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l[..(l.IndexOf(": error ", StringComparison.Ordinal) + 14)]),
                Is.EqualTo(hostile.Refusals), "the errors, by place and code");
            Assert.That(run.ExitCode, Is.EqualTo(hostile.Refusals.Length == 0 ? 0 : 1));
            if (hostile.Refusals.Length > 0)
            {
                Assert.That(Directory.EnumerateFileSystemEntries(previous).Select(Path.GetFileName), Is.EquivalentTo(new[] { Portal.Output.OutputMark.FileName, "index.html" }), "a refused build leaves the previous output as it was");
                Assert.That(File.ReadAllText(Path.Combine(previous, "index.html")), Is.EqualTo("the previous site\n"));
            }
            else
            {
                Assert.That(File.Exists(Path.Combine(previous, "sitemap.xml")), Is.True, "a build that succeeds publishes");
            }
        });
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]))!;
        mkfifo.WaitForExit();
    }
}
