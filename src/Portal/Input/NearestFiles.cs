namespace Portal.Input;

/// <summary>
/// The file an editor most likely meant by a path that names none: the nearest name in the same folder
/// (<c>ikalis2019.png</c> for <c>ikalis-2019.png</c>), else the one file of that name in another folder (a <c>../</c>
/// too many or too few). Indexed by folder and by name once, so that a text of many broken links costs each one
/// its folder's files, not the whole site's.
/// </summary>
public sealed class NearestFiles
{
    private readonly Dictionary<string, List<string>> _namesByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _pathsByName = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="files">Paths from the content folder's root, '/' separated.</param>
    public NearestFiles(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var (folder, name) = Split(file);
            Add(_namesByFolder, folder, name);
            Add(_pathsByName, name, file);
        }
    }

    /// <summary>The file meant by <paramref name="path"/>, or null when none is near.</summary>
    public string? Find(string path)
    {
        var (folder, name) = Split(path);
        if (_namesByFolder.TryGetValue(folder, out var names) && Binding.NearestMatch.Find(name, names) is { } near)
        {
            return folder + near;
        }

        return _pathsByName.TryGetValue(name, out var named) && named.Count == 1 && named[0] != path ? named[0] : null;
    }

    private static (string Folder, string Name) Split(string path)
    {
        var slash = path.LastIndexOf('/');
        return (path[..(slash + 1)], path[(slash + 1)..]);
    }

    private static void Add(Dictionary<string, List<string>> index, string key, string value)
    {
        if (!index.TryGetValue(key, out var values))
        {
            index[key] = values = [];
        }

        values.Add(value);
    }
}
