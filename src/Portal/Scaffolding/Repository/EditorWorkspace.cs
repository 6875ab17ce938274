using System.Text;
using Portal.Content;

namespace Portal.Scaffolding.Repository;

/// <summary>
/// The <c>.vscode/</c> folder of a content repository: the JSON Schemas mapped to the content files for the YAML
/// extension, the recommended extension, and tasks that run <c>portal check</c> and <c>portal preview</c> with a
/// problem matcher. <c>portal init</c> writes it, and this repository's own <c>.vscode/</c> is the same files for
/// running portal from source (a test holds them together).
/// </summary>
/// <param name="SchemaFolder">Where the schemas are, relative to the workspace: <c>./schemas/</c>.</param>
/// <param name="ContentFolder">The content folder, relative to the workspace: <c>input/</c>.</param>
/// <param name="Portal">The command that runs portal in the workspace: <c>dotnet portal</c>.</param>
public sealed record EditorWorkspace(string SchemaFolder, string ContentFolder, string Portal)
{
    public string Settings()
    {
        var mappings = new List<string> { Mapping("site.schema.json", $"\"{ContentFolder}site.yml\"") };
        foreach (var kind in ContentKinds.All)
        {
            var files = $"{ContentFolder}{kind.Folder}/{kind.FolderDepth switch { null => "**/", 0 => string.Empty, var depth => string.Concat(Enumerable.Repeat("*/", depth.Value)) }}";
            mappings.Add(Mapping($"{kind.Name}.schema.json", $"[\"{files}*.md\", \"!{files}*.*.md\"]"));
            mappings.Add(Mapping($"{kind.Name}.schema.json#/$defs/translation", $"\"{files}*.*.md\""));
        }

        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  // JSON Schemas for the content, used by the YAML extension (redhat.vscode-yaml).\n");
        text.Append($"  // The patterns name the content folder {ContentFolder}: if yours has another name, replace \"{ContentFolder}\" in each of them.\n");
        text.Append("  // A translation (<slug>.<lang>.md) gets its kind's #/$defs/translation, so the original's pattern excludes it (!).\n");
        text.Append("  \"yaml.yamlVersion\": \"1.2\",\n");
        text.Append("  \"yaml.schemas\": {\n");
        text.Append(string.Join(",\n", mappings)).Append('\n');
        text.Append("  }\n");
        text.Append("}\n");
        return text.ToString();

        string Mapping(string schema, string files) => $"    \"{SchemaFolder}{schema}\": {files}";
    }

    public static string Extensions() => RepositoryTemplates.Read("vscode-extensions.json");

    public string Tasks() => RepositoryTemplates.Read("vscode-tasks.json").Replace("{{portal}}", Portal, StringComparison.Ordinal);
}
