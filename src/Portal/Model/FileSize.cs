using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Model;

/// <summary>
/// Sizes as editors write and read them: "2 MB", "512 KB", "1.5 MB", or a number of bytes. Units are binary
/// (1 KB = 1024 bytes), as file managers count them, so a file shown as "1 MB" is not refused at a limit of 1 MB.
/// </summary>
public static partial class FileSize
{
    public const long KiB = 1024;
    public const long MiB = 1024 * KiB;
    public const long GiB = 1024 * MiB;

    /// <summary>The size in bytes, or null when the text is not a size (or is zero, or more than a terabyte).</summary>
    public static long? Parse(string text)
    {
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "KB" or "KIB" or "K" => KiB,
            "MB" or "MIB" or "M" => MiB,
            "GB" or "GIB" or "G" => GiB,
            _ => 1,
        };
        var bytes = number * unit;
        return bytes is >= 1 and <= 1024m * GiB ? (long)bytes : null;
    }

    /// <summary>A size for a message: "1 MB", "54.2 MB", "300 KB", "12 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= MiB => Format(bytes / (double)MiB, "MB"),
        >= KiB => Format(bytes / (double)KiB, "KB"),
        _ => $"{bytes} bytes",
    };

    private static string Format(double value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {unit}");

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>[KMG]i?B|[KMG]|bytes?|B)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
