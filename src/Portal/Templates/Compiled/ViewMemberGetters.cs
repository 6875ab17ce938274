using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Portal.Pipeline;
using Scriban.Runtime;

namespace Portal.Templates.Compiled;

/// <summary>
/// Getters of the page models' and views' members by the names templates use (<c>document_title</c>), compiled ahead
/// of time: the getters <see cref="RenderKeyContext"/>'s generated JSON metadata already has for every property and
/// field of those types. Scriban reads a .NET object's member by reflection, which was about a twentieth of a build's
/// time. A type or member the metadata does not have is read as Scriban reads it.
/// </summary>
internal static class ViewMemberGetters
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Func<object, object?>>> ByType = new();

    /// <summary>The getter of <paramref name="type"/>'s member named <paramref name="member"/> as Scriban names it, or null.</summary>
    public static Func<object, object?>? Of(Type type, string member) =>
        ByType.GetOrAdd(type, Build).GetValueOrDefault(member);

    private static IReadOnlyDictionary<string, Func<object, object?>> Build(Type type)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        if (RenderKeyContext.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info)
        {
            foreach (var property in info.Properties)
            {
                // No naming policy or renamed property in the context: a JSON name is the member's own name.
                if (property.Get is { } get)
                {
                    getters[StandardMemberRenamer.Rename(property.Name)] = get;
                }
            }
        }

        return getters;
    }
}
