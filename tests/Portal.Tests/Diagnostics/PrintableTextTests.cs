namespace Portal.Tests.Diagnostics;

/// <summary>A problem is one line, whatever its path or the text it quotes holds.</summary>
public sealed class PrintableTextTests
{
    [TestCase("vanda.md", "vanda.md")]
    [TestCase("a\nb", "a\\nb")]
    [TestCase("a\r\nb\tc", "a\\r\\nb\\tc")]
    [TestCase("x\u0001y\u007F\u0085", "x\\u0001y\\u007F\\u0085")]
    [TestCase("line\u2028separator\u2029", "line\\u2028separator\\u2029")]
    [TestCase("evil\u202Efdp.exe", "evil\\u202Efdp.exe")]
    [TestCase("Åbo – Turku", "Åbo – Turku")]
    public void Escapes_what_would_break_or_disguise_a_line(string text, string printed) =>
        Assert.That(PrintableText.Escape(text), Is.EqualTo(printed));

    [Test]
    public void A_diagnostic_escapes_its_path_and_its_message()
    {
        var diagnostic = new Diagnostic(Severity.Error, "PT0007", "'twin\ntown' is not valid", new SourceLocation("pages/a\nb.md", 2, 3));

        Assert.That(diagnostic.ToString(), Is.EqualTo("pages/a\\nb.md:2:3: error PT0007: 'twin\\ntown' is not valid"));
    }
}
