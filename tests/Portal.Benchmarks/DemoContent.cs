namespace Portal.Benchmarks;

/// <summary>The repository's demo content, copied to a temporary folder so a benchmark may edit it.</summary>
public sealed class DemoContent : IDisposable
{
    public DemoContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "portal-bench-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Repository, "input"), Path.Combine(Root, "input"));
    }

    public string Root { get; }

    public static string Repository
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
        }
    }

    public static string Theme => Path.Combine(Repository, "theme");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
