// Fixtures are independent (each owns its temp folders), so they may run side by side to keep the suite fast.
[assembly: Parallelizable(ParallelScope.Fixtures)]

namespace Portal.Tests;

/// <summary>Removes what was shared across the whole run.</summary>
[SetUpFixture]
public sealed class TestRunCleanUp
{
    [OneTimeTearDown]
    public void RemoveSharedSites() => DemoSite.CleanUp();
}
