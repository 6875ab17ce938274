using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Cli.Preview;

/// <summary>The preview's JSON, serialised by generated code, as a native build of the portal needs.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<PreviewMessages.OverlayLine>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>))]
internal sealed partial class PreviewJsonContext : JsonSerializerContext;
