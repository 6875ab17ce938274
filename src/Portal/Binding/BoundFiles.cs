using Portal.Caching;

namespace Portal.Binding;

/// <summary>
/// Files bound by the builds of one session, by the versions of a file and its translation, for as long as what else
/// binding reads (the catalogue of files, the assets, the date) stays the same: a preview's rebuilds bind only what
/// changed. Each is its model record (null when its keys have errors), with the problems its binding reported.
/// </summary>
public sealed class BoundFiles
{
    private GenerationalCache<Reported<object?>> _files = new();
    private string? _environment;

    /// <summary>Begins a build whose binding reads <paramref name="environment"/> besides the files; a different one lets go of every file bound before.</summary>
    public GenerationalCache<Reported<object?>> Start(string environment)
    {
        if (_environment != environment)
        {
            _files = new GenerationalCache<Reported<object?>>();
            _environment = environment;
        }

        _files.StartGeneration();
        return _files;
    }
}
