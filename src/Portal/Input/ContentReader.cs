using System.Collections.Concurrent;
using Portal.Diagnostics;
using Portal.FrontMatter;

namespace Portal.Input;

/// <summary>The input edge of the pipeline: finds every file under <c>input/</c>, reads and decodes it, in parallel.</summary>
public sealed class ContentReader(string inputDirectory, string displayBase)
{
    public string InputDirectory { get; } = Path.GetFullPath(inputDirectory);

    public string DisplayPathOf(string relativePath) =>
        Path.GetRelativePath(displayBase, Path.Combine(InputDirectory, relativePath)).Replace('\\', '/');

    public SourceFile? ReadText(string relativePath, DiagnosticBag diagnostics)
    {
        var display = DisplayPathOf(relativePath);
        var bytes = File.ReadAllBytes(Path.Combine(InputDirectory, relativePath));
        var text = TextDecoder.Decode(bytes, display, diagnostics);
        return text is null ? null : new SourceFile(relativePath, display, text);
    }

    /// <summary>Lists the content files, skipping hidden ones (.git, .DS_Store) that editors' tools leave behind.</summary>
    public IReadOnlyList<string> ListFiles() =>
        Directory.EnumerateFiles(InputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(InputDirectory, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();

    public RawContent Read(IReadOnlyCollection<string> languages, DiagnosticBag diagnostics)
    {
        var files = ListFiles();
        var paths = new ConcurrentBag<ContentPath>();
        var documents = new ConcurrentBag<ContentDocument>();
        var dataFiles = new ConcurrentBag<DataFile>();
        var assets = new ConcurrentBag<AssetFile>();

        Parallel.ForEach(files, relativePath =>
        {
            var path = ContentPathClassifier.Classify(relativePath, languages, DisplayPathOf(relativePath), diagnostics);
            switch (path?.Kind)
            {
                case null:
                    return;
                case ContentKind.Site:
                    // Read first, on its own: its languages decide how the other files are named.
                    return;
                case ContentKind.Asset:
                    assets.Add(new AssetFile(relativePath, Path.Combine(InputDirectory, relativePath)));
                    return;
                case ContentKind.Data:
                    if (ReadText(relativePath, diagnostics) is { } data)
                    {
                        dataFiles.Add(new DataFile(path, data));
                    }

                    return;
                default:
                    paths.Add(path);
                    if (ReadText(relativePath, diagnostics) is { } source && FrontMatterParser.Parse(source, diagnostics) is { } document)
                    {
                        documents.Add(new ContentDocument(path, document));
                    }

                    return;
            }
        });

        return new RawContent(
            InputDirectory,
            paths.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList(),
            documents.OrderBy(d => d.Path.RelativePath, StringComparer.Ordinal).ToList(),
            dataFiles.OrderBy(d => d.Path.RelativePath, StringComparer.Ordinal).ToList(),
            assets.OrderBy(a => a.RelativePath, StringComparer.Ordinal).ToList());
    }
}
