namespace Portal.Output;

/// <summary>A file of the built site: generated content, or a file copied as it is from <paramref name="CopyFrom"/>.</summary>
public sealed record OutputFile(string Path, byte[]? Content, string? CopyFrom = null)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    public static OutputFile Copy(string path, string from) => new(path, null, from);
}
