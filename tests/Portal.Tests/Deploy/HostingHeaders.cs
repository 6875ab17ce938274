namespace Portal.Tests.Deploy;

/// <summary>
/// The headers the server configurations in deploy/ send. The Content-Security-Policy is read from README.md's block
/// under "## Hosting with a strict Content-Security-Policy", so that the configurations, their tests and the README
/// cannot drift apart.
/// </summary>
public static class HostingHeaders
{
    public const string NoSniff = "nosniff";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>The theme's files: their URLs change with their content.</summary>
    public const string LongCache = "public, max-age=31536000, immutable";

    /// <summary>Everything else: kept, but asked about (ETag, Last-Modified) before it is used again.</summary>
    public const string Revalidate = "no-cache";

    private const string Heading = "## Hosting with a strict Content-Security-Policy";
    private const string Field = "Content-Security-Policy: ";

    private static readonly Lazy<string> Policy = new(ReadPolicy);

    public static string ContentSecurityPolicy => Policy.Value;

    /// <summary>The lines of the first code block (opened by <paramref name="fence"/>) under a heading of a Markdown file of the repository.</summary>
    public static string[] CodeBlock(string file, string heading, string fence = "```")
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, file));
        var at = Array.IndexOf(lines, heading);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"{file} has no heading '{heading}'");
        var open = Array.FindIndex(lines, at, l => l.StartsWith(fence, StringComparison.Ordinal));
        Assert.That(open, Is.GreaterThanOrEqualTo(0), $"{file} has no code block '{fence}' under '{heading}'");
        var close = Array.FindIndex(lines, open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return lines[(open + 1)..close];
    }

    private static string ReadPolicy()
    {
        var policy = CodeBlock("README.md", Heading).SingleOrDefault(l => l.StartsWith(Field, StringComparison.Ordinal));
        Assert.That(policy, Is.Not.Null, $"README.md's first code block under '{Heading}' has no line '{Field}…'");
        return policy![Field.Length..].Trim();
    }
}
