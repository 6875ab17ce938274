namespace Portal.Input.Assets;

/// <summary>Whether a file's first bytes are of a kind.</summary>
public delegate bool SignatureCheck(ReadOnlySpan<byte> head);

/// <summary>
/// A kind of file municipalities publish, by its extensions, and how its first bytes look: a file named <c>.png</c>
/// that is an HTML page, or a photo from a phone saved as HEIC, is found before a visitor gets it.
/// </summary>
/// <param name="Name">What the file is, for messages: "a PDF document".</param>
/// <param name="Matches">Whether the file's first bytes (at most <see cref="AssetPolicy.HeadLength"/>) are of this kind.</param>
public sealed record AssetType(string Name, IReadOnlyList<string> Extensions, SignatureCheck Matches);
