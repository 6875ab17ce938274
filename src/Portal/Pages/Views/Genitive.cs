namespace Portal.Pages.Views;

/// <summary>
/// A name in the genitive, as the page's language writes it, so a UI string says "{0} samarbeten" and gets
/// "Borås samarbeten" and "Jönköpings samarbeten" (a pattern "{0}s" would give "Boråss").
/// </summary>
public static class Genitive
{
    /// <summary><c>Huddinge</c> → <c>Huddinges</c>; a name ending in s, x or z takes no s (<c>Borås</c>).</summary>
    public static string Swedish(string name) =>
        name.Length > 0 && char.ToLowerInvariant(name[^1]) is 's' or 'x' or 'z' ? name : name + "s";

    /// <summary>The genitive in <paramref name="language"/>; a language without a rule here gets the name as it is, for its UI string to word around.</summary>
    public static string In(string language, string name) => language switch
    {
        "sv" => Swedish(name),
        "en" => name + "'s",
        _ => name,
    };
}
