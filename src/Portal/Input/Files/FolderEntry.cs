namespace Portal.Input.Files;

/// <summary>An entry found under a folder: its path from the folder with '/' separators, and what it is.</summary>
public sealed record FolderEntry(string RelativePath, FileStatus Status);
