namespace Portal.Content.Site;

/// <summary>
/// Host names reserved for examples, tests and the local machine (RFC 2606, RFC 6761): a site at one is never
/// published on the web, so no one harvests its open-data catalogue.
/// </summary>
public static class ReservedHosts
{
    private static readonly string[] Names = ["example.org", "example.com", "example.net", "example", "test", "invalid", "localhost"];

    public static bool IsReserved(Uri url)
    {
        var host = url.IdnHost.TrimEnd('.').ToLowerInvariant();
        return url.IsLoopback || Names.Any(name => host == name || host.EndsWith("." + name, StringComparison.Ordinal));
    }
}
