using System.Security.Cryptography;

namespace Portal.Caching;

/// <summary>A key that changes whenever the bytes it is made from change (SHA-256, so no two inputs share one in practice).</summary>
public static class ContentKey
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(SHA256.HashData(bytes));
}
