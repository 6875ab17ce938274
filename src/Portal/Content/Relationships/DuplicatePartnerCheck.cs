using System.Globalization;
using System.Text;
using Portal.CrossReferences;

namespace Portal.Content.Relationships;

/// <summary>
/// The same partner place twice for one municipality, a mistake that only shows across files. Run on content without
/// errors: a file with an error is missing from the index, and the check would take what it left out for a mistake.
/// </summary>
public static class DuplicatePartnerCheck
{
    /// <summary>Two places of one country this close are taken for the same place.</summary>
    public const double SamePlaceKilometres = 2;

    /// <summary>
    /// One relationship per partner place: a second file under the same <c>partners/&lt;municipality&gt;/</c> for a place of
    /// the same country, with the same name or local name (case and diacritics aside) or practically the same
    /// location, is reported at the second file by path order, naming the first.
    /// </summary>
    public static void Report(PortalIndex index, DiagnosticBag diagnostics)
    {
        foreach (var group in index.Content.Relationships.GroupBy(r => (r.Key.Municipality, r.Country)))
        {
            var byName = new Dictionary<string, Relationship>(StringComparer.Ordinal);
            var earlier = new List<Relationship>();
            foreach (var relationship in group.OrderBy(r => r.Key.Slug, StringComparer.Ordinal))
            {
                var names = new[] { ("name", relationship.Name), ("localName", relationship.LocalName) };
                var sameName = names
                    .Where(n => n.Item2 is not null)
                    .Select(n => (Key: n.Item1, Text: n.Item2!, First: byName.GetValueOrDefault(ComparableName(n.Item2!))))
                    .FirstOrDefault(n => n.First is not null);
                var samePlace = earlier.FirstOrDefault(e => KilometresBetween(e.Location, relationship.Location) < SamePlaceKilometres);
                if (sameName.First is { } first)
                {
                    diagnostics.Warning(
                        DiagnosticCodes.DuplicatePartner,
                        relationship.Positions.Of(sameName.Key),
                        $"'{sameName.Text}' ({relationship.Country}) is already a partner of {relationship.Key.Municipality} in partners/{first.Key}.md: one file per partner place; merge the two files, or correct the name or country if this is another place");
                }
                else if (samePlace is not null)
                {
                    diagnostics.Warning(
                        DiagnosticCodes.DuplicatePartner,
                        relationship.Positions.Of("location"),
                        $"the location lies within {SamePlaceKilometres.ToString(CultureInfo.InvariantCulture)} km of {samePlace.Name} ({samePlace.Country}) in partners/{samePlace.Key}.md: one file per partner place; merge the two files, or correct the location if this is another place");
                }

                foreach (var (_, name) in names.Where(n => n.Item2 is not null))
                {
                    byName.TryAdd(ComparableName(name!), relationship);
                }

                earlier.Add(relationship);
            }
        }
    }

    /// <summary>
    /// A name as compared for duplicates: lower case, letters and digits only, diacritics dropped and the usual
    /// spellings without them folded together (Århus and Aarhus, Taarbæk and Taarbaek, Seyðisfjörður and Seydisfjördur).
    /// </summary>
    public static string ComparableName(string name)
    {
        var lower = name.ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("ð", "d", StringComparison.Ordinal)
            .Replace("đ", "d", StringComparison.Ordinal)
            .Replace("þ", "th", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace("ł", "l", StringComparison.Ordinal)
            .Replace("ı", "i", StringComparison.Ordinal);
        var letters = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(c);
            }
        }

        // Å, Ä, Ö and Ü written without them: aa, ae, oe, ue.
        return letters.ToString()
            .Replace("aa", "a", StringComparison.Ordinal)
            .Replace("ae", "a", StringComparison.Ordinal)
            .Replace("oe", "o", StringComparison.Ordinal)
            .Replace("ue", "u", StringComparison.Ordinal);
    }

    private static double KilometresBetween(GeoPoint a, GeoPoint b)
    {
        const double radians = Math.PI / 180;
        var dLat = (b.Latitude - a.Latitude) * radians;
        var dLon = (b.Longitude - a.Longitude) * radians;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(a.Latitude * radians) * Math.Cos(b.Latitude * radians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
