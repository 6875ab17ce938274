namespace Portal.Scaffolding;

/// <summary>
/// A starting file for one kind of content (<c>portal new &lt;kind&gt; &lt;slug&gt;</c>): the values it needs, how
/// each is checked (by the same rules a build applies), and the commented file it becomes. Pure: what exists in
/// the content folder comes in through <see cref="ScaffoldContext"/>, and the command does the reading and writing.
/// </summary>
/// <param name="kind">The word on the command line: <c>relationship</c>.</param>
/// <param name="slugForm">How the slug is written: <c>&lt;municipality&gt;/&lt;slug&gt;</c>.</param>
/// <param name="fields">The values asked for, in the order they are asked; the required ones are the kind's required keys.</param>
public abstract class Scaffold(string kind, string slugForm, IReadOnlyList<ScaffoldField> fields)
{
    /// <summary>Every kind's starting file, in the order the kinds are registered.</summary>
    public static IReadOnlyList<Scaffold> All { get; } = Content.ContentKinds.All.Select(k => k.Scaffold).ToList();

    /// <summary>The word on the command line: <c>relationship</c>.</summary>
    public string Kind { get; } = kind;

    /// <summary>How the slug is written: <c>&lt;municipality&gt;/&lt;slug&gt;</c>.</summary>
    public string SlugForm { get; } = slugForm;

    /// <summary>The values asked for, in the order they are asked; the required ones are the kind's required keys.</summary>
    public IReadOnlyList<ScaffoldField> Fields { get; } = fields;

    /// <summary>Where the file goes, relative to the content folder, or why the slug cannot be used.</summary>
    public abstract SlugCheck CheckSlug(string slug, ScaffoldContext context);

    /// <summary>A problem that lies between several answers (a position outside the country), or null.</summary>
    public virtual CombinedProblem? CheckTogether(IReadOnlyDictionary<string, string> answers, ScaffoldContext context) => null;

    /// <summary>What the editor should do next with the new file, beyond writing its text, or null.</summary>
    public virtual string? NextStep(IReadOnlyDictionary<string, string> answers) => null;

    /// <summary>The file's text, from answers that have passed their checks.</summary>
    public abstract string Render(string slug, IReadOnlyDictionary<string, string> answers, ScaffoldContext context);
}

/// <summary>One value a new file needs, given as <c>--name value</c> or answered at a prompt.</summary>
/// <param name="Name">The option without its dashes.</param>
/// <param name="Placeholder">What the usage line shows after the option: <c>TEXT</c>, <c>YYYY-MM-DD</c>.</param>
/// <param name="Prompt">The question, with the allowed values when there are few.</param>
/// <param name="Check">The text as given to the value written in the file, or the reason it cannot be used.</param>
public sealed record ScaffoldField(string Name, string Placeholder, string Prompt, bool Required, Func<string, ScaffoldContext, FieldValue> Check)
{
    public string Option => "--" + Name;
}

/// <summary>A checked value, or what is wrong with it.</summary>
public readonly record struct FieldValue(string? Value, string? Problem)
{
    public static FieldValue Ok(string value) => new(value, null);

    public static FieldValue Bad(string problem) => new(null, problem);
}

/// <summary>The file's path relative to the content folder, or the problem with the slug.</summary>
/// <param name="ContentMissing">The slug is well formed but names content that does not exist yet (a relationship's municipality).</param>
public sealed record SlugCheck(string? RelativePath, string? Problem, bool ContentMissing = false)
{
    /// <summary>A file directly in <paramref name="folder"/>, named by a plain slug.</summary>
    public static SlugCheck InFolder(string folder, string slug) =>
        FieldChecks.SlugProblem("slug", slug) is { } problem ? Invalid(problem) : At($"{folder}/{slug}.md");

    public static SlugCheck At(string relativePath) => new(relativePath, null);

    public static SlugCheck Invalid(string problem) => new(null, problem);

    public static SlugCheck Missing(string problem) => new(null, problem, ContentMissing: true);
}

/// <summary>A problem between answers, with the fields to ask again.</summary>
public sealed record CombinedProblem(IReadOnlyList<string> Fields, string Problem);
