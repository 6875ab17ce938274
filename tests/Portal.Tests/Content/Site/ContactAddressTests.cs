using Portal.Content.Site;

namespace Portal.Tests.Content.Site;

/// <summary>
/// What site.yml's accessibility contact is decides how the statement names and links it, and whether the open-data
/// catalogue takes it as its datasets' contact: an e-mail address, a web address, or other text.
/// </summary>
public sealed class ContactAddressTests
{
    [TestCase("tillganglighet@kommun.se", ContactKind.Email, "tillganglighet@kommun.se", "mailto:tillganglighet@kommun.se")]
    [TestCase("  tillganglighet@kommun.se ", ContactKind.Email, "tillganglighet@kommun.se", "mailto:tillganglighet@kommun.se")]
    [TestCase("mailto:tillganglighet@kommun.se", ContactKind.Email, "tillganglighet@kommun.se", "mailto:tillganglighet@kommun.se")]
    [TestCase("MAILTO:a@kommun.se?subject=Tillgänglighet", ContactKind.Email, "a@kommun.se", "MAILTO:a@kommun.se?subject=Tillgänglighet")]
    [TestCase("https://kommun.se/kontakt", ContactKind.Web, "https://kommun.se/kontakt", "https://kommun.se/kontakt")]
    [TestCase("http://kommun.se", ContactKind.Web, "http://kommun.se", "http://kommun.se/")]
    [TestCase("https://kommun.se/kontakt?svar=a@kommun.se", ContactKind.Web, "https://kommun.se/kontakt?svar=a@kommun.se", "https://kommun.se/kontakt?svar=a@kommun.se")]
    [TestCase("Kontaktcenter, Stadshuset", ContactKind.Other, "Kontaktcenter, Stadshuset", null)]
    [TestCase("Kontaktcenter eller a@kommun.se", ContactKind.Other, "Kontaktcenter eller a@kommun.se", null)]
    [TestCase("httpkontakt", ContactKind.Other, "httpkontakt", null)]
    [TestCase("ftp://kommun.se/", ContactKind.Other, "ftp://kommun.se/", null)]
    [TestCase("javascript:alert(1)", ContactKind.Other, "javascript:alert(1)", null)]
    public void A_contact_is_what_it_looks_like(string contact, ContactKind kind, string text, string? href)
    {
        Assert.That(ContactAddress.Of(contact), Is.EqualTo(new ContactAddress(kind, text, href)));
    }
}
