using System.Diagnostics;
using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>
/// While a new site is swapped in, a web server serving the output folder finds a whole site at every moment: the old
/// one or the new one, never no folder and never half a site. A reader thread checks <c>index.html</c> as fast as it
/// can during many swaps; the same reader sees the output missing when the swap falls back to two renames.
/// </summary>
public sealed class OutputSwapTests
{
    private const int Swaps = 400;

    /// <summary>Big enough that a page read while it is written would be caught short.</summary>
    private static readonly string Padding = new('x', 32 * 1024);

    [Test]
    public void The_output_is_a_whole_old_or_new_site_at_every_moment_of_many_swaps()
    {
        using var directory = new TempDirectory();
        RequireExchange(directory);
        var output = directory.Combine("site");
        AtomicSiteWriter.Write(output, Site(0));

        var seen = Watch(output, _ =>
        {
            for (var version = 1; version <= Swaps; version++)
            {
                AtomicSiteWriter.Write(output, Site(version));
            }
        });

        Assert.Multiple(() =>
        {
            Assert.That(seen.Missing, Is.Zero, "reads that found no output/index.html");
            Assert.That(seen.Incomplete, Is.Zero, "reads that found half a page");
            Assert.That(seen.Reads, Is.GreaterThan(Swaps), "the reader ran alongside the swaps");
            Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Is.EqualTo(Page(Swaps)));
            Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.Empty, "the old sites are deleted");
        });
    }

    [Test]
    public void The_fallback_of_two_renames_leaves_a_moment_without_output_that_the_reader_sees()
    {
        // Shows that the test above can fail: the fallback is the swap portal did before it exchanged.
        using var directory = new TempDirectory();
        var output = directory.Combine("site");
        AtomicSiteWriter.Write(output, Site(0));
        var fallback = new SiteWriteOptions { AtomicExchange = false };
        var clock = Stopwatch.StartNew();
        var version = 0;

        var seen = Watch(output, seen =>
        {
            while (Volatile.Read(ref seen.Missing) == 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                AtomicSiteWriter.Write(output, Site(++version), fallback);
            }
        });

        Assert.That(seen.Missing, Is.GreaterThan(0), $"no read found the output missing in {version} swaps by two renames");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_first_write_with_no_output_yet_makes_it(bool exchange)
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("deep", "site");

        AtomicSiteWriter.Write(output, Site(1), new SiteWriteOptions { AtomicExchange = exchange });

        Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Is.EqualTo(Page(1)));
        Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.Empty);
    }

    [Test]
    public void The_fallback_replaces_the_output_whole_and_leaves_no_hidden_folder()
    {
        using var directory = new TempDirectory();
        var output = directory.Combine("site");
        AtomicSiteWriter.Write(output, [.. Site(1), OutputFile.Text("gammalt/sida.html", "stale")]);

        AtomicSiteWriter.Write(output, Site(2), new SiteWriteOptions { AtomicExchange = false });

        Assert.That(DirectorySnapshot.Take(output).Keys, Is.EqualTo(new[] { OutputMark.FileName, "assets/a.txt", "index.html" }));
        Assert.That(File.ReadAllText(Path.Combine(output, "index.html")), Is.EqualTo(Page(2)));
        Assert.That(DirectorySnapshot.HiddenSiblings(output), Is.Empty);
    }

    [Test]
    public void An_exchange_swaps_two_folders_and_a_missing_one_is_an_error()
    {
        using var directory = new TempDirectory();
        RequireExchange(directory);
        Directory.CreateDirectory(directory.Combine("a"));
        File.WriteAllText(directory.Combine("a", "name.txt"), "a");
        Directory.CreateDirectory(directory.Combine("b"));
        File.WriteAllText(directory.Combine("b", "name.txt"), "b");

        Assert.That(DirectoryExchange.TryExchange(directory.Combine("a"), directory.Combine("b")), Is.True);
        Assert.That(File.ReadAllText(directory.Combine("a", "name.txt")), Is.EqualTo("b"));
        Assert.That(File.ReadAllText(directory.Combine("b", "name.txt")), Is.EqualTo("a"));
        Assert.That(() => DirectoryExchange.TryExchange(directory.Combine("a"), directory.Combine("saknas")), Throws.InstanceOf<IOException>());
    }

    private static void RequireExchange(TempDirectory directory)
    {
        var (a, b) = (directory.Combine("probe-a"), directory.Combine("probe-b"));
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        var exchanges = DirectoryExchange.TryExchange(a, b);
        Directory.Delete(a);
        Directory.Delete(b);
        if (!exchanges)
        {
            Assert.Ignore("this system or file system cannot exchange two folders; writes fall back to two renames");
        }
    }

    private static string Page(int version) => $"<p>version {version}</p>{Padding}</html>";

    private static OutputFile[] Site(int version) =>
        [OutputFile.Text("index.html", Page(version)), OutputFile.Text("assets/a.txt", $"{version}")];

    /// <summary>Runs <paramref name="swaps"/> while another thread reads the output's index.html as fast as it can.</summary>
    private static Seen Watch(string output, Action<Seen> swaps)
    {
        var seen = new Seen();
        var done = false;
        var index = Path.Combine(output, "index.html");
        var reader = new Thread(Read) { IsBackground = true };
        reader.Start();
        try
        {
            swaps(seen);
        }
        finally
        {
            Volatile.Write(ref done, true);
            reader.Join();
        }

        return seen;

        void Read()
        {
            while (!Volatile.Read(ref done))
            {
                try
                {
                    var text = File.ReadAllText(index);
                    Interlocked.Increment(ref seen.Reads);
                    if (!IsWholePage(text))
                    {
                        Interlocked.Increment(ref seen.Incomplete);
                    }
                }
                catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
                {
                    Interlocked.Increment(ref seen.Missing);
                }
            }
        }
    }

    private static bool IsWholePage(string text)
    {
        var end = text.IndexOf("</p>", StringComparison.Ordinal);
        return text.StartsWith("<p>version ", StringComparison.Ordinal) && end > 0
            && int.TryParse(text.AsSpan(11, end - 11), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            && text == Page(version);
    }

    /// <summary>What the reader found, counted while it reads.</summary>
    private sealed class Seen
    {
        public int Reads;
        public int Missing;
        public int Incomplete;
    }
}
