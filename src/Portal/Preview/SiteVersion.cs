using Portal.Output;

namespace Portal.Preview;

/// <summary>
/// One good build of the site, held in memory the way a preview serves it, and for each file the number of the
/// version it last changed in: an open page reloads only when its own file, or a file every page uses, changed.
/// </summary>
public sealed class SiteVersion
{
    private readonly IReadOnlyDictionary<string, OutputFile> _files;
    private readonly IReadOnlyDictionary<string, FileStamp> _stamps;
    private readonly IReadOnlyDictionary<string, int> _changedIn;

    private SiteVersion(int number, IReadOnlyDictionary<string, OutputFile> files, IReadOnlyDictionary<string, FileStamp> stamps, IReadOnlyDictionary<string, int> changedIn, IReadOnlyList<string> changed)
    {
        Number = number;
        _files = files;
        _stamps = stamps;
        _changedIn = changedIn;
        Changed = changed;
    }

    /// <summary>Counts up from 1 with every good build of a preview.</summary>
    public int Number { get; }

    /// <summary>The paths this version added, changed or removed compared with the version before it.</summary>
    public IReadOnlyList<string> Changed { get; }

    public static SiteVersion First(IReadOnlyList<OutputFile> files)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var stamps = byPath.ToDictionary(f => f.Key, f => FileStamp.Of(f.Value), StringComparer.Ordinal);
        return new SiteVersion(1, byPath, stamps, byPath.Keys.ToDictionary(p => p, _ => 1, StringComparer.Ordinal), [.. byPath.Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The version after this one: what differs is stamped with the new number, the rest keeps its own.</summary>
    public SiteVersion Next(IReadOnlyList<OutputFile> files)
    {
        var number = Number + 1;
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var stamps = byPath.ToDictionary(f => f.Key, f => FileStamp.Of(f.Value), StringComparer.Ordinal);
        var changedIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var (path, stamp) in stamps)
        {
            var same = _stamps.TryGetValue(path, out var before) && before.Equals(stamp);
            changedIn[path] = same ? _changedIn[path] : number;
            if (!same)
            {
                changed.Add(path);
            }
        }

        foreach (var removed in _stamps.Keys.Where(p => !stamps.ContainsKey(p)))
        {
            // A removed page is remembered as changed, so a browser still showing it reloads into the 404 page.
            changedIn[removed] = number;
            changed.Add(removed);
        }

        return new SiteVersion(number, byPath, stamps, changedIn, [.. changed.Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The version after this one where only <paramref name="pages"/> differ (a preview's first look at the pages
    /// open after an edit, with the theme's files they load, before the whole site is built again), or this version
    /// when none of them changed.
    /// </summary>
    public SiteVersion WithPages(IReadOnlyList<OutputFile> pages)
    {
        var number = Number + 1;
        var files = new Dictionary<string, OutputFile>(_files, StringComparer.Ordinal);
        var stamps = new Dictionary<string, FileStamp>(_stamps, StringComparer.Ordinal);
        var changedIn = new Dictionary<string, int>(_changedIn, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var page in pages)
        {
            var stamp = FileStamp.Of(page);
            if (_stamps.TryGetValue(page.Path, out var before) && before.Equals(stamp))
            {
                continue;
            }

            files[page.Path] = page;
            stamps[page.Path] = stamp;
            changedIn[page.Path] = number;
            changed.Add(page.Path);
        }

        return changed.Count == 0 ? this : new SiteVersion(number, files, stamps, changedIn, [.. changed.Order(StringComparer.Ordinal)]);
    }

    public OutputFile? File(string path) => _files.GetValueOrDefault(path);

    public IEnumerable<string> Paths => _files.Keys.Order(StringComparer.Ordinal);

    private static bool IsLoadedByPages(string path) =>
        path.StartsWith(SiteRoutes.ThemeFolder + "/", StringComparison.Ordinal)
        || path.StartsWith("assets/", StringComparison.Ordinal);

    /// <summary>
    /// Whether a browser showing <paramref name="pagePath"/> as of version <paramref name="shownVersion"/> is out of
    /// date: the page itself changed since, or a file pages load did (the theme's stylesheet, an image under
    /// assets/); open data and other pages do not count. A path the site does not have shows the 404 page until the
    /// page appears (an editor writing the page a link leads to). The empty path is the waiting page shown before the
    /// first good build.
    /// </summary>
    public bool IsStale(string pagePath, int shownVersion)
    {
        if (shownVersion >= Number)
        {
            return false;
        }

        if (pagePath.Length == 0)
        {
            return true;
        }

        // A path the site does not have is answered with the 404 page: stale when the page appears (or was just
        // removed), or when the 404 page changed.
        var shownPageChanged = ChangedSince(pagePath, shownVersion)
            || (!_files.ContainsKey(pagePath) && ChangedSince(NotFoundPage, shownVersion));
        return shownPageChanged || _changedIn.Any(f => f.Value > shownVersion && IsLoadedByPages(f.Key) && _files.ContainsKey(f.Key));
    }

    /// <summary>The page a path the site does not have is answered with.</summary>
    public const string NotFoundPage = "404.html";

    private bool ChangedSince(string path, int version) => _changedIn.TryGetValue(path, out var changed) && changed > version;

    /// <summary>What identifies a file's content: its bytes, or for a copied file its source, size and time.</summary>
    private readonly record struct FileStamp(string? CopyFrom, long Length, DateTime Written, byte[]? Content)
    {
        public static FileStamp Of(OutputFile file) =>
            file.CopyFrom?.FullPath is { } source
                ? new FileStamp(source, new FileInfo(source).Length, System.IO.File.GetLastWriteTimeUtc(source), null)
                : new FileStamp(null, file.Content!.Length, default, file.Content);

        public bool Equals(FileStamp other) =>
            CopyFrom == other.CopyFrom && Length == other.Length && Written == other.Written
            && (Content is null ? other.Content is null : other.Content is not null && Content.AsSpan().SequenceEqual(other.Content));

        public override int GetHashCode() => HashCode.Combine(CopyFrom, Length, Written);
    }
}
