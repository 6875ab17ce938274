namespace Portal.Diagnostics;

/// <summary>A place in a source file: the path as shown to editors, and 1-based line and column.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{PrintableText.Escape(Path)}:{Line}:{Column}";
}
