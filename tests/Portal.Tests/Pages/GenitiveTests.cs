using Portal.Pages.Views;
using Portal.Templates;

namespace Portal.Tests.Pages;

/// <summary>A timeline's title names the municipality in the genitive, as Swedish writes it: no "Boråss".</summary>
public sealed class GenitiveTests
{
    [TestCase("Borås", "Tidslinje: Borås samarbeten")]
    [TestCase("Jönköping", "Tidslinje: Jönköpings samarbeten")]
    [TestCase("Halmstad", "Tidslinje: Halmstads samarbeten")]
    [TestCase("Linux", "Tidslinje: Linux samarbeten")]
    [TestCase("Hjo Stad", "Tidslinje: Hjo Stads samarbeten")]
    [TestCase("Lindaz", "Tidslinje: Lindaz samarbeten")]
    public void The_Swedish_timeline_title_puts_the_name_in_the_genitive(string name, string title) =>
        Assert.That(string.Format(ShippedText("sv", "timeline.title"), Genitive.In("sv", name)), Is.EqualTo(title));

    [Test]
    public void The_English_title_keeps_its_possessive() =>
        Assert.That(string.Format(ShippedText("en", "timeline.title"), Genitive.In("en", "Borås")), Is.EqualTo("Timeline: Borås's relationships"));

    [Test]
    public void The_scaffolding_uses_the_same_rule() =>
        Assert.That(Portal.Scaffolding.Swedish.Genitive("Jönköping"), Is.EqualTo(Genitive.Swedish("Jönköping")));

    private static string ShippedText(string language, string key)
    {
        var diagnostics = new DiagnosticBag();
        var texts = UiStrings.Read(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", $"{language}.yml")), $"{language}.yml", diagnostics);
        return texts![key];
    }
}
