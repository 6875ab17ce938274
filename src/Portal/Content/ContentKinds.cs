using Portal.Content.CountryIntros;
using Portal.Content.Decisions;
using Portal.Content.FreePages;
using Portal.Content.Municipalities;
using Portal.Content.Networks;
using Portal.Content.Relationships;

namespace Portal.Content;

/// <summary>Every kind of content file, registered once: adding a kind is a folder with its definition, and a line here.</summary>
public static class ContentKinds
{
    public static IReadOnlyList<ContentKindDefinition> All { get; } =
    [
        new MunicipalityDefinition(), new RelationshipDefinition(), new NetworkDefinition(), new DecisionDefinition(), new CountryIntroDefinition(), new FreePageDefinition(),
    ];

    private static readonly IReadOnlyDictionary<ContentKind, ContentKindDefinition> ByKind = All.ToDictionary(d => d.Kind);

    private static readonly IReadOnlyDictionary<string, ContentKindDefinition> ByFolder = All.ToDictionary(d => d.Folder, StringComparer.Ordinal);

    public static ContentKindDefinition Of(ContentKind kind) => ByKind[kind];

    public static ContentKindDefinition? InFolder(string folder) => ByFolder.GetValueOrDefault(folder);
}
