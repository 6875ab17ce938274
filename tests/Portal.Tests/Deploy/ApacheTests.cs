using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace Portal.Tests.Deploy;

/// <summary>
/// deploy/apache/.htaccess in Debian's apache2, in the folder of the site that a municipality's web team copies into
/// its document root: /internationellt/, the demo's baseUrl path. The document root's own .htaccess has the rule for
/// the catalogue's harvest address that docs/hosting.md gives.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class ApacheTests : ServedSiteTests
{
    protected override string Prefix => new Uri(DemoSite.BaseUrl).AbsolutePath;

    [Test]
    public Task Serves_the_catalogue_at_the_harvest_address_with_the_rule_from_the_hosting_guide() =>
        AssertServesTheCatalogueAtTheHarvestAddress();

    protected override WebServerProcess Start(TempDirectory directory, string site, int port)
    {
        var documentRoot = directory.Combine("www");
        var folder = Path.Combine(documentRoot, Prefix.Trim('/'));
        CopyWorldReadable(site, folder);
        var rule = HostingHeaders.CodeBlock("docs/hosting.md", "## The catalogue's harvest address (/datasets/dcat)", "```apache");
        File.WriteAllLines(Path.Combine(documentRoot, ".htaccess"), rule);
        File.SetUnixFileMode(Path.Combine(documentRoot, ".htaccess"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return Apache.Start(directory, port, documentRoot, folder, alias: null, Apache.DebianTypes);
    }

    protected override IEnumerable<string> Complaints(string errorLog) => Apache.Complaints(errorLog);
}

/// <summary>
/// The same .htaccess where the site is an Alias of the virtual host, at another, deeper path than the one it was
/// built for (/kommun/internationellt/): the file finds the path by itself. (A server does not read the pages; the
/// path a site is built for matters only to a browser following its absolute links.) This server's mime.types knows
/// no type at all, so the types the site is served with are the ones the .htaccess names.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class ApacheAliasTests : ServedSiteTests
{
    protected override string Prefix => "/kommun/internationellt/";

    protected override WebServerProcess Start(TempDirectory directory, string site, int port)
    {
        var documentRoot = directory.Combine("www");
        Directory.CreateDirectory(documentRoot);
        var folder = directory.Combine("portal");
        CopyWorldReadable(site, folder);
        // Without the final slashes, so that /kommun/internationellt is aliased too, and mod_dir redirects it.
        var types = directory.Combine("mime.types");
        File.WriteAllText(types, "# no types\n");
        return Apache.Start(directory, port, documentRoot, folder, alias: $"Alias {Prefix.TrimEnd('/')} \"{folder}\"", types);
    }

    protected override IEnumerable<string> Complaints(string errorLog) => Apache.Complaints(errorLog);
}

/// <summary>
/// Debian's apache2 with a main configuration of the test's own: the modules the .htaccess names ("Needs:") and those
/// Debian enables that act on a static site (mod_autoindex, which lists a folder, and mod_deflate); Debian's
/// mime.conf, dir.conf and deflate.conf as a Debian server has them; and "AddEncoding x-gzip .gz", as an older or
/// edited mime.conf has it, which the .htaccess must undo. The site's folder has Debian's Options for /var/www
/// (listing folders, following links) and AllowOverride FileInfo, the least that the .htaccess says it needs, so a
/// directive that needs more is a 500 here.
/// </summary>
[SupportedOSPlatform("linux")]
public static partial class Apache
{
    /// <summary>Debian's list of types, which mime.conf names.</summary>
    public const string DebianTypes = "/etc/mime.types";

    private const string Modules = "/usr/lib/apache2/modules";

    private static string Htaccess => Path.Combine(RepoPaths.Root, "deploy", "apache", ".htaccess");

    /// <summary>The modules the .htaccess says it needs, from its line "# Needs: mod_a, mod_b."</summary>
    public static IReadOnlyList<string> NeededModules()
    {
        var needs = NeedsLine().Match(File.ReadAllText(Htaccess));
        Assert.That(needs.Success, Is.True, "deploy/apache/.htaccess has no line '# Needs: mod_…, mod_….'");
        return needs.Groups[1].Value.Split(", ");
    }

    /// <summary>
    /// Starts apache2 on <paramref name="port"/> with the .htaccess in <paramref name="folder"/>, the site's copy: in the
    /// document root, or where <paramref name="alias"/> maps a URL path to it; <paramref name="types"/> is the server's
    /// mime.types.
    /// </summary>
    public static WebServerProcess Start(TempDirectory directory, int port, string documentRoot, string folder, string? alias, string types)
    {
        var apache = WebServerProcess.Find("apache2") ?? throw new AssertionException(
            "'apache2' is not installed: scripts/test.sh installs Debian's apache2 (apt-get install apache2)");
        File.Copy(Htaccess, Path.Combine(folder, ".htaccess"));
        File.SetUnixFileMode(Path.Combine(folder, ".htaccess"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        Directory.CreateDirectory(directory.Combine("run"));

        var modules = new[] { "mpm_event", "authz_core", "alias", "autoindex", "filter", "deflate" }
            .Concat(NeededModules().Select(m => m["mod_".Length..]))
            .Distinct()
            .Select(m => $"LoadModule {m}_module {Modules}/mod_{m}.so");
        var errorLog = directory.Combine("error.log");
        var config = directory.Combine("apache2.conf");
        File.WriteAllText(config, $$"""
            # The test's own main configuration: in the foreground, every file it writes in the test's folder.
            ServerRoot "{{directory.FullPath}}"
            ServerName localhost
            Listen 127.0.0.1:{{port}}
            PidFile "{{directory.Combine("apache2.pid")}}"
            DefaultRuntimeDir "{{directory.Combine("run")}}"
            ErrorLog "{{errorLog}}"
            LogLevel warn
            {{(Environment.IsPrivilegedProcess ? "User www-data\nGroup www-data" : "# not root: the workers run as the test's user")}}
            {{string.Join('\n', modules)}}
            StartServers 1
            ServerLimit 1
            ThreadLimit 16
            ThreadsPerChild 16
            MaxRequestWorkers 16
            MinSpareThreads 1
            MaxSpareThreads 17
            Include /etc/apache2/mods-available/mime.conf
            TypesConfig "{{types}}"
            Include /etc/apache2/mods-available/dir.conf
            Include /etc/apache2/mods-available/deflate.conf
            AddEncoding x-gzip .gz
            <Directory />
                Options FollowSymLinks
                AllowOverride None
                Require all denied
            </Directory>
            <FilesMatch "^\.ht">
                Require all denied
            </FilesMatch>
            DocumentRoot "{{documentRoot}}"
            <Directory "{{documentRoot}}">
                AllowOverride FileInfo
                Require all granted
            </Directory>
            {{alias ?? "# the site is a folder of the document root"}}
            <Directory "{{folder}}">
                Options Indexes FollowSymLinks
                AllowOverride FileInfo
                Require all granted
            </Directory>
            """);
        return WebServerProcess.Start(apache, ["-f", config, "-DFOREGROUND"], port, errorLog);
    }

    public static IEnumerable<string> Complaints(string errorLog) =>
        errorLog.Split('\n').Where(l => Complaint().IsMatch(l));

    [GeneratedRegex(@"^# Needs: (mod_[a-z_]+(?:, mod_[a-z_]+)*)\.$", RegexOptions.Multiline)]
    private static partial Regex NeedsLine();

    [GeneratedRegex(@"\[[a-z_]*:(warn|error|crit|alert|emerg)\]")]
    private static partial Regex Complaint();
}
