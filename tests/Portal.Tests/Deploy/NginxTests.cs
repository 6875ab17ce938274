using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace Portal.Tests.Deploy;

/// <summary>
/// deploy/nginx/portal.conf.template in Debian's nginx: filled in with envsubst, naming its three variables, as
/// docs/hosting.md says, and included in an http {} block of the test's own that includes Debian's mime.types and
/// turns gzip on, as Debian's nginx.conf does. The site is served at its baseUrl's path, /internationellt/. The
/// template's block for the catalogue's harvest address, commented out as it ships, is uncommented.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed partial class NginxTests : ServedSiteTests
{
    private static readonly string[] Placeholders = ["PORTAL_ROOT", "PORTAL_PREFIX", "PORTAL_PORT"];

    protected override string Prefix => new Uri(DemoSite.BaseUrl).AbsolutePath;

    private static string Template => Path.Combine(RepoPaths.Root, "deploy", "nginx", "portal.conf.template");

    [Test]
    public Task Serves_the_catalogue_at_the_harvest_address_with_the_template_s_block_uncommented() =>
        AssertServesTheCatalogueAtTheHarvestAddress();

    [Test]
    public void Has_no_placeholder_but_its_three()
    {
        var placeholders = Placeholder().Matches(File.ReadAllText(Template)).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

        Assert.That(placeholders, Is.EqualTo(Placeholders.Order(StringComparer.Ordinal)));
    }

    protected override WebServerProcess Start(TempDirectory directory, string site, int port)
    {
        var nginx = Require("nginx", "nginx");
        var root = directory.Combine("site");
        CopyWorldReadable(site, root);
        var conf = directory.Combine("conf.d");
        Directory.CreateDirectory(conf);
        File.WriteAllText(Path.Combine(conf, "portal.conf"), Fill(UncommentHarvestAddress(File.ReadAllText(Template)), new Dictionary<string, string>
        {
            ["PORTAL_ROOT"] = root,
            ["PORTAL_PREFIX"] = Prefix,
            ["PORTAL_PORT"] = $"127.0.0.1:{port}",
        }));
        var errorLog = directory.Combine("error.log");
        File.WriteAllText(directory.Combine("nginx.conf"), $$"""
            # The test's own main configuration: in the foreground, every file it writes in the test's folder.
            daemon off;
            worker_processes 1;
            pid {{directory.Combine("nginx.pid")}};
            error_log {{errorLog}} warn;
            events {
                worker_connections 64;
            }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                gzip on;
                client_body_temp_path {{directory.Combine("client_body")}};
                proxy_temp_path {{directory.Combine("proxy")}};
                fastcgi_temp_path {{directory.Combine("fastcgi")}};
                uwsgi_temp_path {{directory.Combine("uwsgi")}};
                scgi_temp_path {{directory.Combine("scgi")}};
                include {{Path.Combine(conf, "*.conf")}};
            }
            """);
        return WebServerProcess.Start(nginx, ["-p", directory.FullPath + "/", "-e", errorLog, "-c", directory.Combine("nginx.conf")], port, errorLog);
    }

    protected override IEnumerable<string> Complaints(string errorLog) =>
        errorLog.Split('\n').Where(l => Complaint().IsMatch(l));

    /// <summary>The template with its commented-out "location = /datasets/dcat { … }" block uncommented.</summary>
    private static string UncommentHarvestAddress(string template)
    {
        var lines = template.Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == "# location = /datasets/dcat {");
        var end = Array.FindIndex(lines, Math.Max(start, 0), l => l.Trim() == "# }");
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the template has no commented-out 'location = /datasets/dcat {'");
        for (var i = start; i <= end; i++)
        {
            lines[i] = lines[i].Replace("# ", string.Empty, StringComparison.Ordinal);
        }

        return string.Join('\n', lines);
    }

    /// <summary>The template filled in by Debian's envsubst, with only the three variables named.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var start = new ProcessStartInfo(Require("envsubst", "gettext-base"))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(string.Join(' ', Placeholders.Select(p => "${" + p + "}")));
        foreach (var (name, value) in values)
        {
            start.Environment[name] = value;
        }

        using var envsubst = Process.Start(start)!;
        var errors = envsubst.StandardError.ReadToEndAsync();
        var filled = envsubst.StandardOutput.ReadToEndAsync();
        envsubst.StandardInput.Write(template);
        envsubst.StandardInput.Close();
        envsubst.WaitForExit();
        Assert.That(envsubst.ExitCode, Is.Zero, errors.Result);
        return filled.Result;
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\[(warn|error|crit|alert|emerg)\]")]
    private static partial Regex Complaint();
}
