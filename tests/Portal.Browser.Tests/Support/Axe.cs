using Deque.AxeCore.Commons;

namespace Portal.Browser.Tests.Support;

/// <summary>
/// axe-core, as Deque's package bundles it, run in the page itself: its WCAG 2.0, 2.1 and 2.2 A and AA rules. Deque's
/// <c>RunAxe</c> injects axe again on every call and finishes each run in a page of its own, which costs about two
/// seconds a call; the site has no frames, so one injection per page and <c>axe.run</c> see the same.
/// </summary>
public static class Axe
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
          .violations.map(v => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')})`)
        """;

    /// <summary>The violations on the page as it is now, each as "rule: help (the first three elements)".</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        // A frame would not be audited by a run in the main document: fail rather than pass it unseen.
        Assert.That(page.Frames, Has.Count.EqualTo(1), "the page has a frame, which this audit does not enter");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        return await page.EvaluateAsync<string[]>(Run, WcagTags);
    }
}
