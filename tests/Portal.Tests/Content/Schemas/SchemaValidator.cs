using System.Diagnostics;
using System.Text.Json;

namespace Portal.Tests.Content.Schemas;

/// <summary>A file to check, and the schema (file name, optionally with a #fragment) an editor would check it with.</summary>
public sealed record SchemaRequest(string File, string Schema, bool FrontMatter);

/// <summary>What the schema says of one file: valid, invalid (with ajv's messages), or parse-error (no YAML to check).</summary>
public sealed record SchemaVerdict(string File, string Verdict, IReadOnlyList<string> Messages)
{
    public bool IsValid => Verdict == "valid";

    public bool IsParseError => Verdict == "parse-error";

    public override string ToString() => $"{Verdict}{(Messages.Count > 0 ? ": " + string.Join("; ", Messages) : string.Empty)}";
}

/// <summary>
/// Checks files against the repository's schemas/ with a real JSON Schema 2020-12 validator: Node runs
/// validate-front-matter.cjs (copied beside the tests) with ajv, ajv-formats and yaml (eemeli/yaml, the parser of VS
/// Code's YAML extension). scripts/test.sh installs them into .tools/ and sets PORTAL_NODE_MODULES.
/// </summary>
public static class SchemaValidator
{
    public const string ToolsVariable = "PORTAL_NODE_MODULES";

    private static readonly string[] Packages = ["ajv", "ajv-formats", "yaml"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string SchemasDirectory => Path.Combine(RepoPaths.Root, "schemas");

    public static string NodeModules =>
        Environment.GetEnvironmentVariable(ToolsVariable) is { Length: > 0 } given
            ? given
            : Path.Combine(RepoPaths.Root, ".tools", "node_modules");

    private static string Script =>
        Path.Combine(Path.GetDirectoryName(typeof(SchemaValidator).Assembly.Location)!, "Content", "Schemas", "validate-front-matter.cjs");

    /// <summary>Fails (never skips) when the validator is not installed: the schemas must be checked on every run.</summary>
    public static void AssertInstalled()
    {
        foreach (var package in Packages)
        {
            var folder = Path.Combine(NodeModules, package);
            Assert.That(Directory.Exists(folder), Is.True, $"the npm package '{package}' is not installed at {folder}; run scripts/test.sh, which installs ajv, ajv-formats and yaml into .tools/ (or set {ToolsVariable})");
        }

        Assert.That(File.Exists(Script), Is.True, $"{Script} is not beside the tests");
    }

    public static IReadOnlyList<SchemaVerdict> Validate(IReadOnlyList<SchemaRequest> requests)
    {
        AssertInstalled();
        var start = new ProcessStartInfo("node", [Script, NodeModules, SchemasDirectory])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"cannot run node ({ex.Message}); install Node.js, then run scripts/test.sh");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(JsonSerializer.Serialize(requests, Json));
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, $"validate-front-matter.cjs failed:\n{stderr.Result}");
            var verdicts = JsonSerializer.Deserialize<List<SchemaVerdict>>(stdout.Result, Json)!;
            Assert.That(verdicts, Has.Count.EqualTo(requests.Count));
            return verdicts;
        }
    }
}
