using Portal.Countries;
using Portal.FrontMatter;
using Portal.Geography;

namespace Portal.Binding;

/// <summary>What binders need besides the file itself. <paramref name="Today"/> is the build's date, from the build options.</summary>
public sealed record BindingContext(DiagnosticBag Diagnostics, CountryNames Countries, IReadOnlySet<string> AssetPaths, ContentCatalog Catalog, CountryLocator Locator, DateOnly Today);

/// <summary>One file's keys (a translation's laid over its original's) and the text for one language.</summary>
/// <param name="Positions">Where the keys stand, kept in the model for checks made across files.</param>
public sealed record BindingInput(ContentPath Path, YamlMapping Keys, ContentText Text, KeyPositions Positions);
