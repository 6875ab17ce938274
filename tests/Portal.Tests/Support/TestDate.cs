namespace Portal.Tests.Support;

/// <summary>The date every test build takes as today, so that no test depends on the day it runs.</summary>
public static class TestDate
{
    public static readonly DateOnly Today = new(2025, 6, 15);
}
