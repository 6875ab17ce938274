namespace Portal.Tests.Pipeline;

public sealed class MinimalContentTests
{
    [Test]
    public void The_minimal_content_of_the_test_helpers_builds_without_errors_or_warnings()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();
        Assert.That(run.Exists("samarbeten/huddinge/vanda.html"), Is.True);
        Assert.That(run.Exists("en/samarbeten/huddinge/vanda.html"), Is.True);
    }
}
