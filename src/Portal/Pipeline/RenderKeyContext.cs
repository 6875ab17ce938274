using System.Text.Json.Serialization;
using Portal.Pages.Views;
using Portal.Templates;

namespace Portal.Pipeline;

/// <summary>
/// The JSON that names a page's model and view for a preview's cache of rendered pages. Generated at compile time:
/// reflection-based serialization emitted its accessors again whenever the GC had dropped the reflection caches,
/// which made a preview's rebuilds slow by turns.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true)]
[JsonSerializable(typeof(PageModel))]
[JsonSerializable(typeof(HomeView))]
[JsonSerializable(typeof(MunicipalityView))]
[JsonSerializable(typeof(RelationshipView))]
[JsonSerializable(typeof(NetworkView))]
[JsonSerializable(typeof(DecisionView))]
[JsonSerializable(typeof(CountryView))]
[JsonSerializable(typeof(RelationshipIndexView))]
[JsonSerializable(typeof(CountryIndexView))]
[JsonSerializable(typeof(NetworkIndexView))]
[JsonSerializable(typeof(DecisionIndexView))]
[JsonSerializable(typeof(MunicipalityIndexView))]
[JsonSerializable(typeof(FreePageView))]
[JsonSerializable(typeof(AccessibilityStatementView))]
[JsonSerializable(typeof(NotFoundView))]
[JsonSerializable(typeof(SearchView))]
internal sealed partial class RenderKeyContext : JsonSerializerContext;
