using System.Text.RegularExpressions;

namespace Portal.Content.Site;

/// <summary>What a contact in site.yml is, which decides how a page names and links it.</summary>
public enum ContactKind
{
    /// <summary>An e-mail address (<c>tillganglighet@kommun.se</c>, or written as <c>mailto:</c>), linked with <c>mailto:</c>.</summary>
    Email,

    /// <summary>A web address (<c>https://kommun.se/kontakt</c>), such as a contact page or a form, linked as it is.</summary>
    Web,

    /// <summary>Any other text (<c>Kontaktcenter, Stadshuset</c>), shown as it is and not linked.</summary>
    Other,
}

/// <summary>
/// A contact as a page shows it: what it is, its text (an e-mail address without <c>mailto:</c>), and its link, null
/// for other text. The accessibility statement labels the contact by its kind, and the open-data catalogue takes it
/// as its datasets' contact only when it is an e-mail address: one decision for both.
/// </summary>
public sealed partial record ContactAddress(ContactKind Kind, string Text, string? Href)
{
    public static ContactAddress Of(string contact)
    {
        var text = contact.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            // mailto:a@kommun.se?subject=… links as written and shows the address.
            var address = text["mailto:".Length..].Split('?')[0];
            if (IsEmail(address))
            {
                return new ContactAddress(ContactKind.Email, address, text);
            }
        }
        else if (IsEmail(text))
        {
            return new ContactAddress(ContactKind.Email, text, "mailto:" + text);
        }
        else if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return new ContactAddress(ContactKind.Web, text, url.AbsoluteUri);
        }

        return new ContactAddress(ContactKind.Other, text, null);
    }

    /// <summary>
    /// Whether the text is one e-mail address (<c>opendata@kommun.se</c>), as site.yml's e-mail keys must be: the
    /// schema's pattern, ASCII, so that it is a mailto: IRI as it is.
    /// </summary>
    public static bool IsEmail(string text) => EmailPattern().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")]
    private static partial Regex EmailPattern();
}
