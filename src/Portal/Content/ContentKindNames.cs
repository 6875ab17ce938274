namespace Portal.Content;

/// <summary>
/// How a content kind is named: its <paramref name="Folder"/> under the content folder (<c>partners</c>), its
/// <paramref name="Schema"/> (<c>relationship</c> for <c>schemas/relationship.schema.json</c>), what it is called
/// (<paramref name="Title"/>, Swedish and English) and what one of its files is (<paramref name="Description"/>), for
/// the schema.
/// </summary>
public sealed record ContentKindNames(
    ContentKind Kind,
    string Folder,
    string Schema,
    (string Swedish, string English) Title,
    (string Swedish, string English) Description);
