namespace Portal.Input.Files;

/// <summary>
/// An entry's kind and size, as <c>lstat</c> sees it: a symbolic link is itself, never what it points to; and for a
/// regular file, the <see cref="FileVersion"/> that tells whether it changed since it was last read.
/// </summary>
public readonly record struct FileStatus(FileKind Kind, long Length, FileVersion Version = default)
{
    public static FileStatus Missing { get; } = new(FileKind.Missing, 0);

    public bool IsRegularFile => Kind == FileKind.RegularFile;
}
