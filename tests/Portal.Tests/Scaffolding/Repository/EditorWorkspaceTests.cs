using Portal.Scaffolding.Repository;

namespace Portal.Tests.Scaffolding.Repository;

/// <summary>
/// This repository's .vscode/ is what portal init writes for a content repository, with the schemas in schemas/ and
/// portal run from source: one definition of the editor settings, so the two cannot drift apart.
/// </summary>
public sealed class EditorWorkspaceTests
{
    private static readonly EditorWorkspace ThisRepository = new("./schemas/", "input/", "dotnet run --project src/Portal.Cli --");

    private static string Read(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, ".vscode", name));

    [Test]
    public void The_repository_s_settings_are_the_generated_ones() =>
        Assert.That(Read("settings.json"), Is.EqualTo(ThisRepository.Settings()));

    [Test]
    public void The_repository_s_tasks_are_the_generated_ones() =>
        Assert.That(Read("tasks.json"), Is.EqualTo(ThisRepository.Tasks()));

    [Test]
    public void The_repository_s_recommended_extensions_are_the_generated_ones() =>
        Assert.That(Read("extensions.json"), Is.EqualTo(EditorWorkspace.Extensions()));

    [Test]
    public void A_content_repository_s_tasks_run_the_installed_tool()
    {
        var tasks = new EditorWorkspace("./.vscode/schemas/", "input/", "dotnet portal").Tasks();
        Assert.That(tasks, Does.Contain("\"command\": \"dotnet portal check\"").And.Contain("\"command\": \"dotnet portal preview\"").And.Not.Contain("{{"));
    }
}
