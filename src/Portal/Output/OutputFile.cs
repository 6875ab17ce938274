using Portal.Input.Files;

namespace Portal.Output;

/// <summary>
/// A file of the built site: generated content, a file copied as it is from <paramref name="CopyFrom"/>, or a large
/// generated file that <paramref name="Writer"/> writes when the file is put into the output. Two are equal when they
/// have the same path and the same bytes (or copy the same source file, or are written by the same writer).
/// </summary>
public sealed record OutputFile(string Path, byte[]? Content, CopiedFile? CopyFrom = null, Action<Stream>? Writer = null)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// A file of what <paramref name="write"/> writes: for large generated files (the sitemap, open data), written as
    /// bytes rather than made a string first, which held them several times over in UTF-16.
    /// A staged site writes it straight into its file, so its bytes are never all in memory: at 25,000
    /// relationships these files are 50 MB, and holding them made the collector go through the whole heap.
    /// </summary>
    public static OutputFile Written(string path, Action<Stream> write) => new(path, null, Writer: write);

    /// <summary>Writes a file made by a <see cref="Writer"/> into <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream) => Writer!(stream);

    /// <summary>The file with its bytes in <see cref="Content"/>: a file made by a writer is written into memory.</summary>
    public OutputFile InMemory()
    {
        if (Writer is null)
        {
            return this;
        }

        using var stream = new MemoryStream();
        WriteTo(stream);
        return new(Path, stream.ToArray());
    }

    /// <summary>A file copied from <paramref name="relativePath"/> under <paramref name="root"/> (the content folder or the theme).</summary>
    public static OutputFile Copy(string path, string root, string relativePath) => new(path, null, new CopiedFile(root, relativePath));

    // A record would compare the byte arrays by reference, calling two builds' identical pages different.
    public bool Equals(OutputFile? other) =>
        other is not null
        && Path == other.Path
        && CopyFrom == other.CopyFrom
        && Writer == other.Writer
        && (Content is null ? other.Content is null : other.Content is not null && Content.AsSpan().SequenceEqual(other.Content));

    public override int GetHashCode() => HashCode.Combine(Path, CopyFrom, Content?.Length);
}

/// <summary>
/// A file to copy into the site from a folder the build reads. It is opened only while it is still a regular file
/// reached through real folders under <paramref name="Root"/>, so a file replaced by a link after the build read the
/// folder (between a preview's builds, say) is never copied or served.
/// </summary>
public sealed record CopiedFile(string Root, string RelativePath)
{
    public string FullPath => System.IO.Path.Combine(Root, RelativePath);

    /// <summary>Its bytes, or null when it is no longer a regular file under its root.</summary>
    public byte[]? ReadAllBytes() => RegularFiles.ReadAllBytes(Root, RelativePath, long.MaxValue);

    /// <exception cref="IOException">It is no longer a regular file under its root.</exception>
    public FileStream OpenRead() =>
        RegularFiles.OpenRead(Root, RelativePath) ?? throw new IOException($"'{RelativePath}' is no longer a regular file of the folder it was read from, so it is not copied");
}
