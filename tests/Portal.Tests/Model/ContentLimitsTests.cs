using System.Text.RegularExpressions;

namespace Portal.Tests.Model;

/// <summary>
/// The default limits are what docs/felkoder.md promises editors: each table row there names a key of limits: and
/// its default, and the build must apply that default.
/// </summary>
public sealed partial class ContentLimitsTests
{
    // | Markdown-fil (`.md`) | 512 KB | `textFileSize` |
    [GeneratedRegex(@"^\|[^|]+\|\s*(?<value>[^|]+?)\s*\|\s*`(?<key>[a-zA-Z]+)`\s*\|$", RegexOptions.Multiline)]
    private static partial Regex LimitRow();

    [Test]
    public void Every_default_is_the_one_the_error_code_docs_give()
    {
        var documented = LimitRow().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "felkoder.md")).ReplaceLineEndings("\n"))
            .ToDictionary(m => char.ToUpperInvariant(m.Groups["key"].Value[0]) + m.Groups["key"].Value[1..], m => m.Groups["value"].Value, StringComparer.Ordinal);
        var defaults = typeof(ContentLimits).GetProperties().Where(p => p.PropertyType == typeof(long) || p.PropertyType == typeof(int))
            .ToDictionary(p => p.Name, p => Convert.ToInt64(p.GetValue(ContentLimits.Default), System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(documented.Keys, Is.EquivalentTo(defaults.Keys), "every limit is documented, and only those");
        Assert.Multiple(() =>
        {
            foreach (var (key, value) in documented)
            {
                // Sizes are written "512 KB", counts "5 000" (a Swedish thousands space): without the spaces, both read as sizes.
                Assert.That(FileSize.Parse(Regex.Replace(value, @"\s", string.Empty)), Is.EqualTo(defaults[key]), $"{key}: {value}");
            }
        });
    }
}
