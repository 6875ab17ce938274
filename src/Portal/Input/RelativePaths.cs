namespace Portal.Input;

/// <summary>
/// Paths an editor writes (a link, a document), resolved as text: no file-system call, so no character an editor
/// writes (a NUL from <c>%00</c>, say) can make the build throw, and every platform reads a path alike.
/// </summary>
public static class RelativePaths
{
    /// <summary>
    /// Resolves the <c>.</c> and <c>..</c> of a '/'-separated path from the content folder's root, as
    /// <c>Path.GetFullPath(path, "/")</c> does on Linux: a <c>..</c> at the top stays at the top. The result has no
    /// leading '/'.
    /// </summary>
    public static string Resolve(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts) + (path.EndsWith('/') && parts.Count > 0 ? "/" : string.Empty);
    }

    /// <summary>
    /// <paramref name="target"/> as a link from the file <paramref name="from"/> writes it, both from the content
    /// folder's root: <c>../../assets/a.png</c> from <c>partners/huddinge/vanda.md</c>.
    /// </summary>
    public static string Relative(string from, string target)
    {
        var fromFolders = from.Split('/')[..^1];
        var targetParts = target.Split('/');
        var common = 0;
        while (common < fromFolders.Length && common < targetParts.Length - 1 && fromFolders[common] == targetParts[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", fromFolders.Length - common)) + string.Join('/', targetParts[common..]);
    }

    /// <summary>True when the text holds a control character (a NUL, a line break): no file name has one.</summary>
    public static bool HasControlCharacter(string path) => path.Any(char.IsControl);
}
