using System.Reflection;
using Portal.Scaffolding.Repository;

namespace Portal.Cli;

/// <summary>The tool package this program is, as Portal.Cli.csproj states it once: id, version and repository.</summary>
public static class ToolIdentity
{
    public static ToolPackage Package { get; } = Read();

    private static ToolPackage Read()
    {
        var assembly = typeof(ToolIdentity).Assembly;
        string Metadata(string key) =>
            assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"the assembly has no {key}");
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        return new ToolPackage(Metadata("PackageId"), version, Metadata("RepositoryUrl"));
    }
}
