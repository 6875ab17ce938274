using System.Text;
using Portal.FrontMatter;

namespace Portal.Tests.FrontMatter;

/// <summary>
/// The reader of simple front matter must give exactly what the YAML reader gives, positions included, for everything
/// it takes, and leave everything else to it.
/// </summary>
public sealed class SimpleKeysReaderTests
{
    [TestCase("name: Vanda\ncountry: FI\ntype: twin-town\nsince: 1947")]
    [TestCase("name: Partnerort 00000\nlocation: {lat: 49.5250, lon: 15.2157}\nareas: [youth, education]\ndecisions: [beslut-00000]")]
    [TestCase("location: {lat: -33.9249, lon: -18.4241}\nareas: []\nextra: {}")]
    [TestCase("title: Tjänstemän, förtroendevalda och skolor\nsummary: Ett utbyte (sedan 1990) med Åbo stad")]
    [TestCase("areas: [ youth ,education,  culture ]\nlocation: { lat: 1.5 ,  lon: 2 }")]
    [TestCase("status: ended   \nuntil: 2019\nwebsite: www.example.org/vanort")]
    [TestCase("flag: null\nother: true\nnumber: 1.10\ndate: 2024-05-01")]
    [TestCase("country: \"NO\"\nsummary: \"Åbo (Turku) i Finland; sedan 1946: #1 i Norden, 'vänort'.\"  \nname: 'Vanda \"stad\"'")]
    public void Takes_the_usual_keys_and_gives_what_the_YAML_reader_gives(string yaml)
    {
        var simple = SimpleKeysReader.TryRead(yaml, "partners/a.md", firstLine: 2);
        Assert.That(simple, Is.Not.Null, "this front matter is of the simple kind");
        Assert.That(Dump(simple), Is.EqualTo(Dump(Full(yaml))));
    }

    [TestCase("name: Vanda\n# a comment\ncountry: FI", TestName = "a comment")]
    [TestCase("name: Vanda\n\ncountry: FI", TestName = "a blank line")]
    [TestCase("name: \"Va\\\"nda\"", TestName = "an escape in double quotes")]
    [TestCase("name: 'it''s'", TestName = "a doubled single quote")]
    [TestCase("name: \"Vanda\" # the city", TestName = "a comment after quotes")]
    [TestCase("name: \"Vanda", TestName = "an unclosed quote")]
    [TestCase("website: https://www.vantaa.fi", TestName = "a colon in a value")]
    [TestCase("name: Vanda #1", TestName = "a hash in a value")]
    [TestCase("name:\n  sv: Vanda", TestName = "an indented block")]
    [TestCase("areas:\n- youth", TestName = "a block list")]
    [TestCase("name: Vanda\nname: Vantaa", TestName = "a repeated key")]
    [TestCase("location: {lat: 1, lat: 2}", TestName = "a repeated key in a map")]
    [TestCase("name: Vanda\r\ncountry: FI", TestName = "carriage returns")]
    [TestCase("name:\tVanda", TestName = "a tab")]
    [TestCase("name: &a Vanda\nother: *a", TestName = "an anchor and an alias")]
    [TestCase("name: |\n  Vanda", TestName = "a block scalar")]
    [TestCase("areas: [youth, [nested]]", TestName = "a nested list")]
    [TestCase("areas: [youth, education", TestName = "an unclosed list")]
    [TestCase("areas: [youth] extra", TestName = "text after a list")]
    [TestCase("location: {lat:1}", TestName = "a map's colon without a space")]
    [TestCase("name:", TestName = "a key without a value")]
    [TestCase("- Vanda", TestName = "a list")]
    [TestCase("år: 1947", TestName = "a key that is not ASCII")]
    [TestCase("name: - Vanda", TestName = "a value that starts with an indicator")]
    [TestCase("", TestName = "nothing")]
    public void Leaves_everything_else_to_the_YAML_reader(string yaml) =>
        Assert.That(SimpleKeysReader.TryRead(yaml, "partners/a.md", firstLine: 2), Is.Null);

    [Test]
    public void Every_front_matter_of_the_demo_it_takes_is_what_the_YAML_reader_gives()
    {
        var taken = 0;
        foreach (var path in Directory.EnumerateFiles(RepoPaths.DemoInput, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (!text.StartsWith("---\n", StringComparison.Ordinal) || close < 0)
            {
                continue;
            }

            var yaml = close == 3 ? string.Empty : text[4..close];
            if (SimpleKeysReader.TryRead(yaml, path, firstLine: 2) is { } simple)
            {
                taken++;
                Assert.That(Dump(simple), Is.EqualTo(Dump(Full(yaml, path))), path);
            }
        }

        Assert.That(taken, Is.GreaterThan(10), "the demo's simple front matter is read without the parser");
    }

    private static YamlValue? Full(string yaml, string path = "partners/a.md")
    {
        var diagnostics = new DiagnosticBag();
        var value = YamlTreeReader.Read(yaml, path, firstLine: 2, diagnostics);
        Assert.That(diagnostics.All, Is.Empty);
        return value;
    }

    /// <summary>Every node with its kind, text, style and position: records compare their lists by reference.</summary>
    private static string Dump(YamlValue? value)
    {
        var text = new StringBuilder();
        void Write(YamlValue? node, int depth)
        {
            text.Append(' ', depth * 2);
            switch (node)
            {
                case null:
                    text.AppendLine("null");
                    break;
                case YamlScalar scalar:
                    text.AppendLine($"scalar '{scalar.Text}' plain={scalar.IsPlain} at {scalar.Location}");
                    break;
                case YamlSequence sequence:
                    text.AppendLine($"sequence at {sequence.Location}");
                    foreach (var item in sequence.Items)
                    {
                        Write(item, depth + 1);
                    }

                    break;
                case YamlMapping mapping:
                    text.AppendLine($"mapping at {mapping.Location}");
                    foreach (var entry in mapping.Entries)
                    {
                        Write(entry.Key, depth + 1);
                        Write(entry.Value, depth + 2);
                    }

                    break;
            }
        }

        Write(value, 0);
        return text.ToString();
    }
}
