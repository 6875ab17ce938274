using System.Text;
using Portal.FrontMatter;

namespace Portal.Tests.FrontMatter;

public sealed class YamlTreeReaderTests
{
    private static (YamlValue? Root, IReadOnlyList<string> Lines) Read(string yaml, int firstLine = 1)
    {
        var bag = new DiagnosticBag();
        var root = YamlTreeReader.Read(yaml, "x.yml", firstLine, bag);
        return (root, bag.Sorted().Select(d => d.ToString()).ToList());
    }

    private static YamlScalar ScalarOf(string yaml, string key) =>
        (YamlScalar)((YamlMapping)Read(yaml).Root!).Find(key)!.Value;

    [TestCase("country: NO", "NO")]
    [TestCase("country: no", "no")]
    [TestCase("name: yes", "yes")]
    [TestCase("name: on", "on")]
    [TestCase("name: off", "off")]
    [TestCase("name: 1.10", "1.10")]
    [TestCase("name: 012", "012")]
    [TestCase("name: 0x1F", "0x1F")]
    [TestCase("name: 1e3", "1e3")]
    [TestCase("since: 1946", "1946")]
    [TestCase("since: 1946-05-01", "1946-05-01")]
    [TestCase("name: \"null\"", "null")]
    public void Every_scalar_stays_the_text_the_editor_wrote(string line, string text)
    {
        var key = line[..line.IndexOf(':')];
        var scalar = ScalarOf(line, key);
        Assert.That(scalar.Text, Is.EqualTo(text));
        Assert.That(scalar.IsNull, Is.False);
    }

    [TestCase("title:")]
    [TestCase("title: ~")]
    [TestCase("title: null")]
    [TestCase("title: NULL")]
    public void An_unquoted_null_like_value_is_null(string line) =>
        Assert.That(ScalarOf(line, "title").IsNull, Is.True);

    [TestCase("title: 'null'")]
    [TestCase("title: \"~\"")]
    [TestCase("title: ''")]
    public void A_quoted_value_is_never_null(string line) =>
        Assert.That(ScalarOf(line, "title").IsNull, Is.False);

    [Test]
    public void A_tab_used_as_indentation_is_reported_at_the_tab_with_a_hint()
    {
        var (root, lines) = Read("name: Eurocities\n\tkind: network\n", firstLine: 2);
        Assert.That(root, Is.Null);
        Assert.That(lines, Is.EqualTo(new[] { "x.yml:3:1: error PT0004: a tab character is not allowed in YAML indentation; indent with spaces" }));
    }

    [Test]
    public void A_tab_indenting_a_list_item_is_reported_at_the_tab_with_a_hint()
    {
        var (root, lines) = Read("name: Eurocities\nmembers:\n\t- municipality: huddinge\n", firstLine: 2);
        Assert.That(root, Is.Null);
        Assert.That(lines, Is.EqualTo(new[] { "x.yml:4:1: error PT0004: a tab character is not allowed in YAML indentation; indent with spaces" }));
    }

    [TestCase("title: Kontakt: så når du oss", 15, "title: \"Kontakt: så når du oss\"")]
    [TestCase("summary: Han sa \"hej\": sedan \\ slut", 22, "summary: \"Han sa \\\"hej\\\": sedan \\\\ slut\"")]
    [TestCase("summary: Vanda: vänort # från källan", 15, "summary: \"Vanda: vänort\" # från källan")]
    [TestCase("members:\n  - role: ordförande: 2010", 21, "- role: \"ordförande: 2010\"")]
    public void A_colon_and_a_space_inside_a_plain_value_is_reported_with_the_line_quoted(string yaml, int column, string quoted)
    {
        var (root, lines) = Read(yaml, firstLine: 2);
        Assert.That(root, Is.Null);
        var line = 2 + yaml.Count(c => c == '\n');
        Assert.That(lines, Is.EqualTo(new[] { $"x.yml:{line}:{column}: error PT0004: text that contains ': ' must be in quotes: {quoted}" }));
    }

    [Test]
    public void A_colon_on_a_continued_line_is_not_rewritten_as_a_key_and_value()
    {
        var (_, lines) = Read("summary: Vanda i Finland\n  och mer: här\n", firstLine: 2);
        Assert.That(lines.Single(), Does.Contain("error PT0004: this is not valid YAML (").And.Not.Contain("must be in quotes"));
    }

    [Test]
    public void A_tab_inside_a_value_is_text_not_an_error()
    {
        var (root, lines) = Read("name: \"Vanda\tVantaa\"\n");
        Assert.That(lines, Is.Empty);
        Assert.That(((YamlScalar)((YamlMapping)root!).Find("name")!.Value).Text, Is.EqualTo("Vanda\tVantaa"));
    }

    [Test]
    public void A_duplicate_key_in_a_nested_map_is_reported_at_the_second_key() =>
        Assert.That(Read("members:\n  - municipality: a\n    since: 1950\n    since: 1951\n", firstLine: 2).Lines, Is.EqualTo(new[]
        {
            "x.yml:5:5: error PT0018: duplicate key 'since' (first given on line 4); keep one of them",
        }));

    [Test]
    public void Aliases_up_to_the_limit_are_resolved()
    {
        var yaml = "a: &a x\nlist: [" + string.Join(", ", Enumerable.Repeat("*a", YamlTreeReader.MaxAliases)) + "]\n";
        var (root, lines) = Read(yaml);
        Assert.That(lines, Is.Empty);
        var list = (YamlSequence)((YamlMapping)root!).Find("list")!.Value;
        Assert.That(list.Items, Has.Count.EqualTo(YamlTreeReader.MaxAliases));
        Assert.That(list.Items.Cast<YamlScalar>().Select(s => s.Text), Is.All.EqualTo("x"));
    }

    [Test]
    public void A_billion_laughs_is_stopped_at_the_alias_over_the_limit_quickly()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        var previous = 'a';
        for (var name = 'b'; name <= 'j'; name++)
        {
            yaml.Append($"{name}: &{name} [").Append(string.Join(", ", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
            previous = name;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (root, lines) = Read(yaml.ToString(), firstLine: 2);

        Assert.That(root, Is.Null);
        // Lines b..f hold 45 aliases; the 51st is the sixth alias on line g, the seventh file line.
        Assert.That(lines, Is.EqualTo(new[] { "x.yml:8:28: error PT0027: more than 50 aliases (*name) in one file; write the values out instead" }));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void An_alias_to_no_anchor_is_a_syntax_error_at_the_alias() =>
        Assert.That(Read("a: x\nb: *nowhere\n").Lines.Single(), Does.StartWith("x.yml:2:4: error PT0004:"));

    [Test]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var yaml = "a: " + new string('[', 200) + new string(']', 200) + "\n";
        var (root, lines) = Read(yaml);
        Assert.That(root, Is.Null);
        Assert.That(lines.Single(), Does.Contain("error PT0004").And.Contain("nested more than 64 levels"));
    }

    [Test]
    public void A_second_YAML_document_is_an_error() =>
        Assert.That(Read("title: a\n---\ntitle: b\n").Lines, Is.EqualTo(new[]
        {
            "x.yml:2:1: error PT0004: only one YAML document is allowed here; remove the extra '---' or '...'",
        }));
}
