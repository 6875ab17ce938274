namespace Portal.Tests.Model;

/// <summary>The words editors write for a fixed choice (type: twin-town) and the members they stand for.</summary>
public sealed class KebabNameTests
{
    [Test]
    public void Words_are_lower_case_with_a_hyphen_between_words()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KebabName.Of(RelationshipType.TwinTown), Is.EqualTo("twin-town"));
            Assert.That(KebabName.Of(FinancingSource.SidaIcld), Is.EqualTo("sida-icld"));
            Assert.That(KebabName.Of(RelationshipStatus.Ended), Is.EqualTo("ended"));
            Assert.That(KebabName.All<RelationshipStatus>(), Is.EqualTo(new[] { "active", "sporadic", "dormant", "ended" }), "in declaration order, as the docs list them");
        });
    }

    [Test]
    public void Every_member_of_every_choice_reads_back_from_its_word()
    {
        Assert.Multiple(() =>
        {
            RoundTrips<MunicipalityKind>();
            RoundTrips<RelationshipType>();
            RoundTrips<RelationshipStatus>();
            RoundTrips<CooperationArea>();
            RoundTrips<FinancingSource>();
            RoundTrips<NetworkKind>();
            RoundTrips<DecisionKind>();
            RoundTrips<PageLayout>();
            RoundTrips<Compliance>();
        });
    }

    [TestCase("TwinTown")]
    [TestCase("twin_town")]
    [TestCase("Twin-Town")]
    [TestCase(" twin-town")]
    [TestCase("twintown")]
    [TestCase("0")]
    public void Other_spellings_are_not_read(string text) =>
        Assert.That(KebabName.TryParse<RelationshipType>(text, out _), Is.False);

    private static void RoundTrips<T>()
        where T : struct, Enum
    {
        foreach (var member in Enum.GetValues<T>())
        {
            Assert.That(KebabName.TryParse<T>(KebabName.Of(member), out var read) ? read : (T?)null, Is.EqualTo(member), $"{typeof(T).Name}.{member}");
        }
    }
}
