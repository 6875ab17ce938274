using System.Security.Cryptography;

namespace Portal.Tests.Support;

/// <summary>Every file under a folder with the SHA-256 of its bytes, by '/'-separated relative path.</summary>
public static class DirectorySnapshot
{
    public static SortedDictionary<string, string> Take(string directory)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            snapshot[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return snapshot;
    }

    /// <summary>Copies a folder's files (for reusing one built output as the "previous" output of many tests).</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Folders beside <paramref name="outputDirectory"/> whose name starts with '.': staging or retired copies.</summary>
    public static IReadOnlyList<string> HiddenSiblings(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        return Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent).Where(d => d != output).Select(Path.GetFileName).Where(n => n!.StartsWith('.')).Select(n => n!).ToList()
            : [];
    }
}
