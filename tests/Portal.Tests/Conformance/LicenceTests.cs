using System.Text.Json;

namespace Portal.Tests.Conformance;

/// <summary>
/// The repository is licensed under the EUPL-1.2, and THIRD-PARTY-NOTICES names every work of others that the portal
/// ships: each package the published executable is built from, as restore resolved it, and each vendored data set.
/// </summary>
public sealed class LicenceTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(RepoPaths.Root, path));

    [Test]
    public void The_licence_is_the_EUPL_1_2_whole()
    {
        var licence = Read("LICENSE");
        Assert.Multiple(() =>
        {
            Assert.That(licence, Does.StartWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n"));
            Assert.That(licence, Does.Contain("Appendix").And.Contain("‘Compatible Licences’ according to Article 5 EUPL are:"));
            Assert.That(licence.Length, Is.GreaterThan(13_000), "the whole text, not a pointer to it");
        });
    }

    [Test]
    public void The_notices_name_each_package_the_executable_is_built_from_at_its_version()
    {
        // Restore's record of the command-line project: every package, direct or not, that the executable links. Once
        // published, it also holds .NET's ahead-of-time compiler, whose runtime is compiled in: named without the
        // SDK's version or the machine's runtime identifier (runtime.linux-x64.…), which the notices cannot know.
        using var assets = JsonDocument.Parse(Read("src/Portal.Cli/obj/project.assets.json"));
        var packages = assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(p => p.Value.GetProperty("type").GetString() == "package")
            .Select(p => p.Name.Split('/'))
            .Where(p => p[0] != "Microsoft.NET.ILLink.Tasks") // the build's trimmer, not shipped
            .Select(p => p[0].EndsWith(".Microsoft.DotNet.ILCompiler", StringComparison.Ordinal) ? "Microsoft.DotNet.ILCompiler"
                : p[0].StartsWith("Microsoft.", StringComparison.Ordinal) ? p[0]
                : $"{p[0]} {p[1]}")
            .Distinct()
            .ToList();
        var notices = Read("THIRD-PARTY-NOTICES");

        Assert.That(packages, Is.Not.Empty);
        Assert.That(packages.Where(p => !notices.Contains(p, StringComparison.Ordinal)), Is.Empty, "packages missing from THIRD-PARTY-NOTICES");
    }

    [Test]
    public void The_notices_point_to_each_vendored_data_set_s_licence()
    {
        var licences = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "LICENSE-*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .ToList();
        var notices = Read("THIRD-PARTY-NOTICES");

        Assert.That(licences, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(licences.Where(l => !notices.Contains(l, StringComparison.Ordinal)), Is.Empty);
    }
}
