using System.Text;
using Portal.Templates;

namespace Portal.Tests.Templates;

/// <summary>A page's HTML goes from the templates into UTF-8 in pieces; the bytes must be those of the whole text.</summary>
public sealed class Utf8OutputTests
{
    [Test]
    public void Pieces_give_the_bytes_of_the_whole_text_even_when_a_piece_ends_inside_a_surrogate_pair()
    {
        const string text = "Vänort 🇸🇪 i Åbo – 𝄞 ";
        var output = new Utf8Output();

        // One character at a time: each flag and clef is two UTF-16 units, written in two pieces.
        for (var i = 0; i < text.Length; i++)
        {
            output.Write(text, i, 1);
        }

        Assert.That(output.TakeBytes(), Is.EqualTo(Encoding.UTF8.GetBytes(text)));
    }

    [Test]
    public void Ascii_and_other_text_in_any_pieces_give_the_bytes_of_the_whole_text()
    {
        // ASCII runs, letters beyond it, a lone first half of a pair before ASCII (replaced, as the whole text's encoding
        // replaces it), and empty pieces.
        string[] pieces = ["<p class=\"a\">", "Åbo", "", "\ud83c", "ok", "–", " 🇸🇪</p>\n", "", "x"];
        var output = new Utf8Output();

        foreach (var piece in pieces)
        {
            output.Write(piece, 0, piece.Length);
        }

        Assert.That(output.TakeBytes(), Is.EqualTo(Encoding.UTF8.GetBytes(string.Concat(pieces))));
    }

    [Test]
    public void Taking_the_bytes_empties_the_output_for_the_next_page()
    {
        var output = new Utf8Output();
        output.Write("<p>första</p>", 0, 13);
        output.TakeBytes();

        output.Write("xx<p>andra</p>", 2, 12);

        Assert.That(Encoding.UTF8.GetString(output.TakeBytes()), Is.EqualTo("<p>andra</p>"));
        Assert.That(output.ToString(), Is.Empty, "Scriban's string of it: the text is taken as bytes");
    }
}
