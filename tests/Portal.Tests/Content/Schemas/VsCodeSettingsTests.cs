using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Tests.Content.Schemas;

/// <summary>
/// .vscode/settings.json gives each content file the schema SchemaMap gives it, matched the way the YAML extension's
/// language server (yaml-language-server 2.x) matches yaml.schemas: each glob gets a leading **/, '*' stays inside
/// one folder, and a pattern starting with '!' excludes. .vscode/extensions.json recommends that extension.
/// </summary>
[TestFixture]
public sealed class VsCodeSettingsTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static JsonElement Read(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", name)), Jsonc);
        return document.RootElement.Clone();
    }

    private static IReadOnlyList<(string Schema, IReadOnlyList<string> Globs)> Associations()
    {
        var schemas = Read("settings.json").GetProperty("yaml.schemas");
        return schemas.EnumerateObject()
            .Select(p => (p.Name, (IReadOnlyList<string>)(p.Value.ValueKind == JsonValueKind.Array
                ? p.Value.EnumerateArray().Select(g => g.GetString()!).ToList()
                : [p.Value.GetString()!])))
            .ToList();
    }

    /// <summary>picomatch's reading of a glob, as the language server uses it: '**/' any folders, '*' within a name.</summary>
    private static Regex GlobRegex(string glob)
    {
        var pattern = Regex.Escape(glob).Replace(@"\*\*/", "(?:[^/]+/)*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal);
        return new Regex($"^(?:.*/)?{pattern}$", RegexOptions.CultureInvariant);
    }

    private static IReadOnlyList<string> SchemasFor(string path, IReadOnlyList<(string Schema, IReadOnlyList<string> Globs)> associations) =>
        associations
            .Where(a => a.Globs.Where(g => !g.StartsWith('!')).Any(g => GlobRegex(g).IsMatch(path))
                && !a.Globs.Where(g => g.StartsWith('!')).Any(g => GlobRegex(g[1..]).IsMatch(path)))
            .Select(a => a.Schema)
            .ToList();

    private static IEnumerable<string> ContentPaths()
    {
        var input = RepoPaths.DemoInput;
        var fixtures = Path.Combine(Path.GetDirectoryName(typeof(VsCodeSettingsTests).Assembly.Location)!, "Fixtures", "BadContent");
        var inline = SchemaAgreementTests.InlineCases().Select(c => c.File);
        var repository = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(input, f));
        var bad = Directory.EnumerateDirectories(fixtures).SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(d, f)).Where(f => f != "expected.txt"));
        return repository.Concat(bad).Concat(inline).Select(p => p.Replace('\\', '/')).Distinct().Order(StringComparer.Ordinal);
    }

    [Test]
    public void Each_content_file_gets_exactly_its_schema()
    {
        var associations = Associations();
        var wrong = new List<string>();
        foreach (var path in ContentPaths())
        {
            var expected = SchemaMap.For(path) is { } schema ? new[] { "./schemas/" + schema } : [];
            var actual = SchemasFor("input/" + path, associations);
            if (!actual.SequenceEqual(expected))
            {
                wrong.Add($"input/{path}: settings give [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Each_associated_schema_exists()
    {
        Assert.Multiple(() =>
        {
            foreach (var (schema, _) in Associations())
            {
                var parts = schema.Split('#', 2);
                var file = Path.Combine(RepoPaths.Root, parts[0]);
                Assert.That(File.Exists(file), Is.True, schema);
                if (parts.Length == 2 && File.Exists(file))
                {
                    using var json = JsonDocument.Parse(File.ReadAllText(file));
                    var node = parts[1].Split('/', StringSplitOptions.RemoveEmptyEntries)
                        .Aggregate((JsonElement?)json.RootElement, (n, step) => n is { } e && e.TryGetProperty(step, out var c) ? c : null);
                    Assert.That(node, Is.Not.Null, schema);
                }
            }
        });
    }

    [Test]
    public void The_workspace_reads_yaml_1_2_and_recommends_the_yaml_extension()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read("settings.json").GetProperty("yaml.yamlVersion").GetString(), Is.EqualTo("1.2"), "the schemas assume YAML 1.2 (NO is a text, not false)");
            Assert.That(Read("extensions.json").GetProperty("recommendations").EnumerateArray().Select(e => e.GetString()), Does.Contain("redhat.vscode-yaml"));
        });
    }
}
