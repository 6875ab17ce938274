namespace Portal.Tests.Binding;

/// <summary>PT0037: a relationship's page is its text; a file without one gets a warning at the body's first line.</summary>
public sealed class RelationshipTextTests
{
    private const string Vanda = "partners/huddinge/vanda.md";

    private static readonly string Keys = string.Join('\n', TempContent.MinimalFiles[Vanda].Split('\n')[..14]);

    private static string Warning(string path, int line) =>
        $"{path}:{line}:1: warning PT0037: the relationship has no text, so its page shows the facts alone: below the closing '---', write what the cooperation is or was, and its source";

    [TestCase("")]
    [TestCase("\n   \n\t\n")]
    [TestCase("<!-- TODO: text -->\n<!--\nmer\n-->")]
    [TestCase("<!-- en kommentar som aldrig stängs\n\nText?")]
    public void A_body_with_nothing_to_show_is_reported(string body)
    {
        Assert.That(ContentModel.LoadWith(Vanda, Keys + "\n" + body).Lines, Is.EqualTo(new[] { Warning(Vanda, 15) }));
    }

    [Test]
    public void A_comment_beside_text_is_fine()
    {
        var model = ContentModel.LoadWith(Vanda, Keys + "\n<!-- källa: protokollet -->\nVanda var Huddinges vänort.");
        Assert.That(model.Lines, Is.Empty, model.Report);
    }

    [Test]
    public void A_translation_without_text_shows_the_original_and_is_not_reported()
    {
        var model = ContentModel.LoadWith("partners/huddinge/vanda.en.md", "---\nname: Vantaa\n---\n");
        Assert.That(model.Lines, Is.Empty, model.Report);
    }

    [Test]
    public void A_translation_with_only_a_comment_is_reported_at_the_translation() =>
        Assert.That(
            LoadWithTranslation("---\nname: Vantaa\n---\n<!-- translate me -->").Lines,
            Is.EqualTo(new[] { Warning("partners/huddinge/vanda.en.md", 4) }));

    private static ContentModel LoadWithTranslation(string text) =>
        ContentModel.LoadWith("partners/huddinge/vanda.en.md", text);
}
