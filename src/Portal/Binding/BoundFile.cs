using Portal.Caching;

namespace Portal.Binding;

/// <summary>What binding one file in one language gave: its model record (null when its keys have errors), and the problems reported.</summary>
public sealed record BoundFile(object? Item, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Files bound by the builds of one session, by the versions of a file and its translation, for as long as what else
/// binding reads (the catalogue of files, the assets, the date) stays the same: a preview's rebuilds bind only what
/// changed.
/// </summary>
public sealed class BoundFiles
{
    private GenerationalCache<BoundFile> _files = new();
    private string? _environment;

    /// <summary>Begins a build whose binding reads <paramref name="environment"/> besides the files; a different one lets go of every file bound before.</summary>
    public GenerationalCache<BoundFile> Start(string environment)
    {
        if (_environment != environment)
        {
            _files = new GenerationalCache<BoundFile>();
            _environment = environment;
        }

        _files.StartGeneration();
        return _files;
    }
}
