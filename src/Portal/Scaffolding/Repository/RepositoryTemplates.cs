namespace Portal.Scaffolding.Repository;

/// <summary>The files <c>portal init</c> writes as they are, but for a few <c>{{placeholders}}</c>: embedded in the library.</summary>
internal static class RepositoryTemplates
{
    public static string Read(string name)
    {
        using var stream = typeof(RepositoryTemplates).Assembly.GetManifestResourceStream($"Portal.Scaffolding.Repository.{name}")
            ?? throw new InvalidOperationException($"the repository template {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
