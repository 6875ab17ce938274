using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Portal.Output;
using Scriban;

namespace Portal.Templates;

/// <summary>
/// A theme, loaded: its layouts and components parsed and checked once (parsed templates are safe to render from
/// many threads), its strings per language, and the files it publishes (its stylesheet, built from the components'
/// CSS, and the static files under <c>assets/</c>), read once, for a site with search and for one without.
/// <paramref name="Fingerprint"/> changes whenever a template, a string or the stylesheet does: a page rendered with
/// one theme is not reused with another.
/// </summary>
/// <param name="Assets">What the theme publishes for a site with search.</param>
/// <param name="AssetsWithoutSearch">What it publishes for a site without: the same but the search's scripts.</param>
public sealed record Theme(
    string Directory,
    IReadOnlyDictionary<string, Template> Layouts,
    IReadOnlyDictionary<string, ThemeComponent> Components,
    IReadOnlyDictionary<string, UiStrings> Strings,
    ThemeAssets Assets,
    ThemeAssets AssetsWithoutSearch,
    string Fingerprint)
{
    /// <summary>The one stylesheet every page links, in the theme's folder of the output.</summary>
    public const string StylesheetName = "portal.css";

    /// <summary>The folder of <c>assets/</c> that holds the search's scripts, published only for a site with search.</summary>
    public const string SearchFolder = "search/";

    /// <summary>The search page's script, which imports its sibling modules by relative path.</summary>
    public const string SearchScript = SearchFolder + "search.js";

    public UiStrings StringsFor(string language) =>
        Strings.TryGetValue(language, out var strings) ? strings : Strings.Values.First();

    /// <summary>What the theme publishes for a site with or without search.</summary>
    public ThemeAssets AssetsFor(bool search) => search ? Assets : AssetsWithoutSearch;
}

/// <summary>
/// The theme's files as a build publishes them: all in one folder of <c>theme/</c> named by a hash of exactly these
/// files (their names and bytes), so that the same files have the same URLs on every machine and in every build, and
/// a changed file, or one added or left out, gives every file new URLs. A server may therefore cache <c>theme/</c>
/// for a year. One folder for all, rather than a hash per file, keeps the relative imports between the search's
/// modules (<c>./analysis.js</c>) pointing at files of the same version.
/// </summary>
public sealed class ThemeAssets
{
    /// <summary>How many hex digits of the SHA-256 name the folder: 48 bits, as Rails and Hugo use a short digest.</summary>
    public const int FolderLength = 12;

    private ThemeAssets(string folder, IReadOnlyList<OutputFile> files)
    {
        Folder = folder;
        Files = files;
    }

    /// <summary>The folder's name: the first <see cref="FolderLength"/> hex digits of the SHA-256 of the files.</summary>
    public string Folder { get; }

    /// <summary>The files, at their paths in the output (<c>theme/&lt;folder&gt;/portal.css</c>), in the order of their names.</summary>
    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>The route of one of the files, by its name in the theme's <c>assets/</c> (<c>search/search.js</c>); the empty name is the folder.</summary>
    public Route Route(string name) => SiteRoutes.Theme(Folder, name);

    /// <summary>The files, named as under the theme's <c>assets/</c>, and their folder.</summary>
    public static ThemeAssets Of(IEnumerable<(string Name, byte[] Content)> files)
    {
        var ordered = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var folder = FolderOf(ordered);
        return new ThemeAssets(folder, [.. ordered.Select(f => new OutputFile(SiteRoutes.Theme(folder, f.Name).Path, f.Content))]);
    }

    /// <summary>Each file's name, a zero byte, its length (eight bytes, little-endian) and its bytes, in the order of the names: no two sets of files hash the same text.</summary>
    private static string FolderOf(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(long)];
        foreach (var (name, content) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            BinaryPrimitives.WriteInt64LittleEndian(length, content.LongLength);
            hash.AppendData(length);
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..FolderLength];
    }
}

/// <summary>A file under <c>assets/</c>, named relative to it, and the theme folder (override or shipped) it comes from.</summary>
public sealed record ThemeFile(string Name, string Layer);
