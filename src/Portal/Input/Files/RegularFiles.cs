namespace Portal.Input.Files;

/// <summary>
/// The only way content and theme files are found and read. A folder is walked without following any link, and a
/// file is read only if it, and every folder above it up to the root, is what it was when walked: a regular file in
/// real folders. So a symbolic link (to <c>/etc/passwd</c>, to <c>/proc/self/environ</c>, to a folder, dangling or
/// looping) or a pipe can never make the build read from outside the folder, or wait for ever.
/// </summary>
public static class RegularFiles
{
    /// <summary>
    /// Every entry under <paramref name="root"/> that is not a folder (files, links and special files), ordered by
    /// path. Hidden entries (<c>.git</c>, <c>.DS_Store</c>) are skipped without being looked at; links are not followed.
    /// </summary>
    public static IReadOnlyList<FolderEntry> Walk(string root)
    {
        var found = new List<FolderEntry>();
        var folders = new Stack<string>();
        folders.Push(string.Empty);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var name in Directory.EnumerateFileSystemEntries(Path.Combine(root, folder)).Select(Path.GetFileName))
            {
                if (name is null || name.StartsWith('.'))
                {
                    continue;
                }

                var relative = folder.Length == 0 ? name : $"{folder}/{name}";
                var status = FileProbe.StatusOf(Path.Combine(root, relative));
                if (status.Kind == FileKind.Directory)
                {
                    folders.Push(relative);
                }
                else if (status.Kind != FileKind.Missing)
                {
                    found.Add(new FolderEntry(relative, status));
                }
            }
        }

        return found.OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether <paramref name="relativePath"/> is a regular file under <paramref name="root"/> reached through real folders only.</summary>
    public static bool IsRegularFileUnder(string root, string relativePath)
    {
        var parts = relativePath.Split('/');
        var path = root;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is "" or "." or "..")
            {
                return false;
            }

            path = Path.Combine(path, parts[i]);
            var expected = i == parts.Length - 1 ? FileKind.RegularFile : FileKind.Directory;
            if (FileProbe.StatusOf(path).Kind != expected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The file opened for reading, or null when it is not (any more: replaced by a link since the walk) a regular file under <paramref name="root"/>.</summary>
    public static FileStream? OpenRead(string root, string relativePath) =>
        IsRegularFileUnder(root, relativePath)
            ? new FileStream(Path.Combine(root, relativePath), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1)
            : null;

    /// <summary>
    /// The bytes of a regular file under <paramref name="root"/>, or null when it is not one (any more: it was
    /// replaced by a link since the walk) or holds more than <paramref name="maxBytes"/> (it grew since).
    /// </summary>
    public static byte[]? ReadAllBytes(string root, string relativePath, long maxBytes)
    {
        using var stream = OpenRead(root, relativePath);
        if (stream is null || stream.Length > maxBytes)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The first bytes of a regular file under <paramref name="root"/> (fewer if it is shorter), or null when it is not one.</summary>
    public static byte[]? ReadHead(string root, string relativePath, int count)
    {
        using var stream = OpenRead(root, relativePath);
        if (stream is null)
        {
            return null;
        }

        var head = new byte[(int)Math.Min(count, stream.Length)];
        stream.ReadExactly(head);
        return head;
    }

    /// <summary>Why an entry is not read: PT0041 at its path, naming what it is and, for a link, where it points.</summary>
    public static Diagnostic NotRegular(FolderEntry entry, string fullPath, string displayPath, string folderName)
    {
        var what = entry.Status.Kind switch
        {
            FileKind.SymbolicLink => $"a symbolic link (to '{LinkTarget(fullPath)}')",
            FileKind.NamedPipe => "a named pipe",
            FileKind.Socket => "a socket",
            FileKind.Device => "a device",
            _ => "not a regular file",
        };
        var fix = entry.Status.Kind == FileKind.SymbolicLink ? "replace the link by the file itself" : "remove it";
        return new Diagnostic(
            Severity.Error,
            DiagnosticCodes.NotARegularFile,
            $"this is {what}; only regular files are read from the {folderName}, and nothing outside it: {fix}",
            SourceLocation.StartOf(displayPath));
    }

    private static string LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
