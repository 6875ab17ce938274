namespace Portal.Input.Files;

/// <summary>What an entry of a folder is, seen without following a symbolic link.</summary>
public enum FileKind
{
    RegularFile,
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    Device,
    Missing,
}
