using Portal.PostProcessing;

namespace Portal.Tests.PostProcessing;

/// <summary>The link check keeps one copy of each distinct set of a page's ids until every page is in.</summary>
public sealed class SharedIdSetsTests
{
    [Test]
    public void Pages_with_the_same_ids_in_any_order_share_one_set()
    {
        var shared = new SharedIdSets();
        var first = shared.Share(new HashSet<string>(["main", "map-figure", "relationships-heading"], StringComparer.Ordinal));

        var second = shared.Share(new HashSet<string>(["relationships-heading", "main", "map-figure"], StringComparer.Ordinal));

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void A_page_with_other_ids_keeps_its_own()
    {
        var shared = new SharedIdSets();
        var first = shared.Share(new HashSet<string>(["main", "map-figure"], StringComparer.Ordinal));
        var fewer = new HashSet<string>(["main"], StringComparer.Ordinal);
        var other = new HashSet<string>(["main", "historia"], StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(shared.Share(fewer), Is.SameAs(fewer).And.Not.SameAs(first));
            Assert.That(shared.Share(other), Is.SameAs(other).And.Not.SameAs(first));
            Assert.That(shared.Share(new HashSet<string>(["Main"], StringComparer.Ordinal)), Does.Contain("Main"), "ids differ by case");
        });
    }
}
