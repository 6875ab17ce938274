namespace Portal.Input.Files;

/// <summary>An entry's kind and size, as <c>lstat</c> sees it: a symbolic link is itself, never what it points to.</summary>
public readonly record struct FileStatus(FileKind Kind, long Length)
{
    public static FileStatus Missing { get; } = new(FileKind.Missing, 0);

    public bool IsRegularFile => Kind == FileKind.RegularFile;
}
