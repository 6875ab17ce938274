using System.Collections.Concurrent;
using System.Globalization;
using Portal.Caching;
using Portal.FrontMatter;
using Portal.Input.Assets;
using Portal.Input.Files;

namespace Portal.Input;

/// <summary>
/// The input edge of the pipeline: finds every file under <c>input/</c>, reads and decodes it, in parallel. Only
/// regular files inside the content folder are read (<see cref="RegularFiles"/>), each within its size limit.
/// </summary>
/// <param name="parsedFiles">Content files parsed by an earlier build of the session, by their path, version and
/// limit (a preview's rebuilds); null to parse every file.</param>
public sealed class ContentReader(string inputDirectory, string displayBase, GenerationalCache<Reported<FrontMatterDocument?>>? parsedFiles = null)
{
    public const string SiteFile = "site.yml";

    public string InputDirectory { get; } = Path.GetFullPath(inputDirectory);

    /// <summary>
    /// How to reach a content folder that is not there, for the message that says so. A folder holding site.yml is a
    /// content folder itself: editors run portal inside it by mistake. From there only its parent will do: with
    /// <c>--input .</c> the output folder and <c>./theme</c> would be looked for inside the content folder.
    /// </summary>
    /// <param name="input">The content folder as given: <c>--input</c>'s value, or <c>input</c>.</param>
    public static string HowToReach(string input, string workingDirectory)
    {
        if (FileProbe.StatusOf(Path.Combine(workingDirectory, SiteFile)).IsRegularFile)
        {
            return "this folder holds site.yml, so you are inside the content folder: run portal from its parent folder (cd ..)";
        }

        var name = input.TrimEnd('/', '\\');
        return name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && !Path.IsPathRooted(name)
            ? $"run portal in the folder that holds {name}/, or give --input DIR"
            : "check the path, or give --input DIR";
    }

    public string DisplayPathOf(string relativePath) =>
        Path.GetRelativePath(displayBase, Path.Combine(InputDirectory, relativePath)).Replace('\\', '/');

    /// <summary>
    /// site.yml, read before the rest because its languages name the translation files and its limits bound the
    /// others. Null when it is missing or cannot be read; the problem is reported.
    /// </summary>
    public SourceFile? ReadSiteFile(DiagnosticBag diagnostics)
    {
        var entry = new FolderEntry(SiteFile, FileProbe.StatusOf(Path.Combine(InputDirectory, SiteFile)));
        if (entry.Status.Kind == FileKind.Missing)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, SourceLocation.StartOf(DisplayPathOf(SiteFile)), "site.yml is missing; it needs at least title, publisher and baseUrl");
            return null;
        }

        return ReadText(entry, ContentLimits.Default.TextFileSize, limitKey: null, diagnostics);
    }

    /// <summary>The path of every entry of the content folder but its folders (files, links, special files), hidden ones skipped.</summary>
    public IReadOnlyList<string> ListFiles() => RegularFiles.Walk(InputDirectory).Select(e => e.RelativePath).ToList();

    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the read.</exception>
    public RawContent Read(IReadOnlyCollection<string> languages, ContentLimits limits, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var started = DateTimeOffset.UtcNow;
        parsedFiles?.StartGeneration();
        var entries = RegularFiles.Walk(InputDirectory);
        var paths = new ConcurrentBag<ContentPath>();
        var documents = new ConcurrentBag<ContentDocument>();
        var dataFiles = new ConcurrentBag<DataFile>();
        var assets = new ConcurrentBag<AssetFile>();
        var refusedAssets = new ConcurrentBag<string>();

        Parallel.ForEach(entries, new ParallelOptions { CancellationToken = cancellation }, entry =>
        {
            var display = DisplayPathOf(entry.RelativePath);
            if (ControlCharacters.AreInName(entry.RelativePath))
            {
                diagnostics.Error(DiagnosticCodes.ControlCharacter, SourceLocation.StartOf(display), "the file's name holds a control character (such as a line break); rename the file");
                return;
            }

            if (!entry.Status.IsRegularFile)
            {
                // Wherever it lies, and whatever it is named: it is never read or copied. Its name says what it
                // would have been, so that a reference to it is not reported a second time as one to a missing file.
                diagnostics.Add(NotRegular(entry, display));
                switch (ContentPathClassifier.Classify(entry.RelativePath, languages, display, new DiagnosticBag()))
                {
                    case null or { Kind: ContentKind.Site }:
                        break;
                    case { Kind: ContentKind.Asset }:
                        refusedAssets.Add(entry.RelativePath);
                        break;
                    case { Kind: ContentKind.Data } data:
                        dataFiles.Add(new DataFile(data, null));
                        break;
                    case var linked:
                        paths.Add(linked);
                        break;
                }

                return;
            }

            var path = ContentPathClassifier.Classify(entry.RelativePath, languages, display, diagnostics);

            switch (path?.Kind)
            {
                case null:
                    return;
                case ContentKind.Site:
                    // Read first, on its own: its languages decide how the other files are named.
                    return;
                case ContentKind.Asset:
                    CheckAsset(entry, limits, display, diagnostics);
                    assets.Add(new AssetFile(entry.RelativePath));
                    return;
                case ContentKind.Data:
                    dataFiles.Add(new DataFile(path, ReadText(entry, limits.DataFileSize, "limits.dataFileSize", diagnostics)));
                    return;
                default:
                    paths.Add(path);
                    if (ReadDocument(entry, limits, started, diagnostics) is ({ } document, var version))
                    {
                        documents.Add(new ContentDocument(path, document, version));
                    }

                    return;
            }
        });
        parsedFiles?.EndGeneration();

        return new RawContent(
            InputDirectory,
            paths.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList(),
            documents.OrderBy(d => d.Path.RelativePath, StringComparer.Ordinal).ToList(),
            dataFiles.OrderBy(d => d.Path.RelativePath, StringComparer.Ordinal).ToList(),
            assets.OrderBy(a => a.RelativePath, StringComparer.Ordinal).ToList(),
            refusedAssets.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The content as <paramref name="previous"/> read it, with the files at <paramref name="changed"/> (paths from
    /// the content folder) read again: a preview's first look after an edit. Null when a change is more than an edit
    /// of a content file that read parsed (a file added, removed, renamed or now unreadable, site.yml, a data file, an
    /// asset): only a whole read sees all that.
    /// </summary>
    public RawContent? Reread(RawContent previous, IReadOnlyCollection<string> changed, ContentLimits limits, DiagnosticBag diagnostics)
    {
        var started = DateTimeOffset.UtcNow;
        var documents = previous.Documents.ToDictionary(d => d.Path.RelativePath, StringComparer.Ordinal);
        var replaced = new Dictionary<string, ContentDocument>(StringComparer.Ordinal);
        var known = previous.ContentPaths.Select(p => p.RelativePath)
            .Concat(previous.DataFiles.Select(d => d.Path.RelativePath))
            .Concat(previous.AssetPaths())
            .Append(SiteFile)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var entry = new FolderEntry(path, FileProbe.StatusOf(Path.Combine(InputDirectory, path)));
            if (path.Split('/').Any(name => name.StartsWith('.')) || (entry.Status.Kind == FileKind.Missing && !known.Contains(path)))
            {
                // Hidden, so never read; or an editor's scratch file that came and went (a save by rename).
                continue;
            }

            if (!documents.TryGetValue(path, out var before) || !entry.Status.IsRegularFile
                || ReadDocument(entry, limits, started, diagnostics) is not ({ } document, var version))
            {
                return null;
            }

            replaced[path] = before with { Document = document, Version = version };
        }

        return previous with { Documents = [.. previous.Documents.Select(d => replaced.GetValueOrDefault(d.Path.RelativePath) ?? d)] };
    }

    /// <summary>
    /// A content file's text and front matter, or null when it cannot be read or parsed (reported), with the key of
    /// its version. A file whose version is settled is parsed once per session: its parse and its problems are kept
    /// for the next build.
    /// </summary>
    private (FrontMatterDocument? Document, string? Version) ReadDocument(FolderEntry entry, ContentLimits limits, DateTimeOffset started, DiagnosticBag diagnostics)
    {
        FrontMatterDocument? Parse(DiagnosticBag problems) =>
            ReadText(entry, limits.TextFileSize, "limits.textFileSize", problems) is { } source ? FrontMatterParser.Parse(source, problems) : null;

        if (parsedFiles is null || !entry.Status.Version.IsSettledAt(started))
        {
            return (Parse(diagnostics), null);
        }

        var (inode, modified, changed) = entry.Status.Version;
        var key = string.Create(CultureInfo.InvariantCulture, $"{entry.RelativePath}\0{entry.Status.Length}:{inode}:{modified}:{changed}:{limits.TextFileSize}");
        return (parsedFiles.GetOrAdd(key, () => Reported<FrontMatterDocument?>.Make(Parse)).ReportTo(diagnostics), key);
    }

    /// <summary>
    /// Whether an asset may be published (<see cref="AssetPolicy"/>), by its name, size and first bytes; an SVG is read
    /// whole, once, for its safety check too.
    /// </summary>
    private void CheckAsset(FolderEntry entry, ContentLimits limits, string display, DiagnosticBag diagnostics)
    {
        var svg = AssetPolicy.IsSvg(entry.RelativePath) && entry.Status.Length <= limits.AssetFileSize;
        var bytes = svg
            ? RegularFiles.ReadAllBytes(InputDirectory, entry.RelativePath, limits.AssetFileSize)
            : RegularFiles.ReadHead(InputDirectory, entry.RelativePath, AssetPolicy.HeadLength);
        if (bytes is null)
        {
            diagnostics.Add(ChangedSinceTheWalk(entry.RelativePath, display, limits.AssetFileSize, "limits.assetFileSize"));
            return;
        }

        if (AssetPolicy.Check(entry.RelativePath, entry.Status.Length, bytes.AsSpan(0, Math.Min(bytes.Length, AssetPolicy.HeadLength)), limits, display) is { } problem)
        {
            diagnostics.Add(problem);
            return;
        }

        if (svg)
        {
            foreach (var unsafePart in SvgSafetyCheck.Check(bytes, display))
            {
                diagnostics.Add(unsafePart);
            }
        }
    }

    /// <summary>A text file's decoded text, or null when it is not a regular file, is over its limit, or cannot be decoded (reported).</summary>
    private SourceFile? ReadText(FolderEntry entry, long limit, string? limitKey, DiagnosticBag diagnostics)
    {
        var display = DisplayPathOf(entry.RelativePath);
        if (!entry.Status.IsRegularFile)
        {
            diagnostics.Add(NotRegular(entry, display));
            return null;
        }

        if (entry.Status.Length > limit)
        {
            diagnostics.Add(FileProblems.TooLarge(display, entry.Status.Length, limit, limitKey));
            return null;
        }

        var bytes = RegularFiles.ReadAllBytes(InputDirectory, entry.RelativePath, limit);
        if (bytes is null)
        {
            diagnostics.Add(ChangedSinceTheWalk(entry.RelativePath, display, limit, limitKey));
            return null;
        }

        var text = TextDecoder.Decode(bytes, display, diagnostics);
        return text is null ? null : new SourceFile(entry.RelativePath, display, text);
    }

    private Diagnostic NotRegular(FolderEntry entry, string display) =>
        RegularFiles.NotRegular(entry, Path.Combine(InputDirectory, entry.RelativePath), display, "content folder");

    /// <summary>Why a file found regular and within its limit could not be read after all: it is now a link, or grew.</summary>
    private Diagnostic ChangedSinceTheWalk(string relativePath, string display, long limit, string? limitKey)
    {
        var now = new FolderEntry(relativePath, FileProbe.StatusOf(Path.Combine(InputDirectory, relativePath)));
        return now.Status.IsRegularFile ? FileProblems.TooLarge(display, now.Status.Length, limit, limitKey) : NotRegular(now, display);
    }
}
