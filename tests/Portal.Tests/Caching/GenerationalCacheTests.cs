using Portal.Caching;

namespace Portal.Tests.Caching;

/// <summary>
/// What a preview keeps between builds: a value the last build used is reused, one no build has used since is let go,
/// so that a long preview neither redoes unchanged work nor grows without end.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GenerationalCacheTests
{
    private readonly GenerationalCache<string> _cache = new();
    private readonly List<string> _created = [];

    private string Get(string key) => _cache.GetOrAdd(key, () =>
    {
        _created.Add(key);
        return $"value of {key} #{_created.Count}";
    });

    [Test]
    public void A_value_is_made_once_within_a_build()
    {
        var first = Get("a");

        Assert.That(Get("a"), Is.SameAs(first));
        Assert.That(_created, Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public void A_value_used_in_every_build_is_kept_however_many_builds_there_are()
    {
        var first = Get("a");
        for (var build = 0; build < 5; build++)
        {
            _cache.StartGeneration();
            Assert.That(Get("a"), Is.SameAs(first));
        }

        Assert.That(_created, Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public void A_value_the_last_build_did_not_use_is_dropped()
    {
        var first = Get("a");
        Get("b");
        _cache.EndGeneration();
        _cache.StartGeneration();
        Get("b");
        _cache.EndGeneration();
        _cache.StartGeneration();

        Assert.That(Get("a"), Is.Not.SameAs(first), "a build went by without it");
        Assert.That(_created, Is.EqualTo(new[] { "a", "b", "a" }));
    }

    [Test]
    public void A_build_stopped_part_way_lets_nothing_go()
    {
        var first = Get("a");
        Get("b");
        _cache.EndGeneration();
        _cache.StartGeneration();
        Get("b"); // stopped here, by a newer edit: it never ends
        _cache.StartGeneration();

        Assert.That(Get("a"), Is.SameAs(first), "the stopped build may simply not have come to it yet");
        Assert.That(_created, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void A_value_survives_one_build_that_does_not_use_it()
    {
        var first = Get("a");
        _cache.StartGeneration();

        Assert.That(Get("a"), Is.SameAs(first), "the build before this one used it");
    }
}
