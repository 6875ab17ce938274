using Portal.Data;
using Portal.Input;

namespace Portal.Tests.Data;

public sealed class DataTableTests
{
    private static (DataTable? Table, IReadOnlyList<string> Lines) Load(string relativePath, string text)
    {
        var bag = new DiagnosticBag();
        var table = DataTableLoader.Load(new SourceFile(relativePath, relativePath, text), ContentLimits.Default, bag);
        return (table, bag.Sorted().Select(d => d.ToString()).ToList());
    }

    [Test]
    public void A_CSV_file_has_its_header_as_columns()
    {
        var (table, lines) = Load("data/skl/lander.csv", "Område,Antal samarbeten\n\"Norden (Finland, Norge, Danmark och Island)\",198\nÖvriga Europa,205\n");
        Assert.That(lines, Is.Empty);
        Assert.That(table!.Columns, Is.EqualTo(new[] { "Område", "Antal samarbeten" }));
        Assert.That(table.Rows, Is.EqualTo(new[] { new[] { "Norden (Finland, Norge, Danmark och Island)", "198" }, new[] { "Övriga Europa", "205" } }));
    }

    [Test]
    public void A_YAML_list_of_maps_is_a_table_with_the_keys_as_columns()
    {
        var (table, lines) = Load("data/enkat.yml", "- Målgrupp: Kommuner\n  Svarande: 213\n  \"Svarsfrekvens (%)\": 73\n- Målgrupp: Regioner\n  Svarande: 13\n");
        Assert.That(lines, Is.Empty);
        Assert.That(table!.Columns, Is.EqualTo(new[] { "Målgrupp", "Svarande", "Svarsfrekvens (%)" }));
        Assert.That(table.Rows, Is.EqualTo(new[] { new[] { "Kommuner", "213", "73" }, new[] { "Regioner", "13", "" } }));
    }

    [Test]
    public void A_YAML_table_keeps_values_as_written()
    {
        var (table, _) = Load("data/versioner.yml", "- namn: NO\n  version: 1.10\n  kod: 012\n");
        Assert.That(table!.Rows.Single(), Is.EqualTo(new[] { "NO", "1.10", "012" }));
    }

    [Test]
    public void A_JSON_array_of_objects_is_a_table()
    {
        var (table, lines) = Load("data/former.json", "[\n  {\"Form\": \"Vänorter\", \"Totalt\": 483, \"Andel\": 0.5},\n  {\"Form\": \"Partnerskap\", \"Totalt\": null}\n]");
        Assert.That(lines, Is.Empty);
        Assert.That(table!.Columns, Is.EqualTo(new[] { "Form", "Totalt", "Andel" }));
        Assert.That(table.Rows, Is.EqualTo(new[] { new[] { "Vänorter", "483", "0.5" }, new[] { "Partnerskap", "", "" } }));
    }

    [Test]
    public void A_CSV_row_with_the_wrong_number_of_fields_is_an_error_at_its_line() =>
        Assert.That(Load("data/x.csv", "a,b\n1,2\n1,2,3\n").Lines, Is.EqualTo(new[] { "data/x.csv:3:1: error PT0022: row 3 has 3 fields but the header has 2" }));

    [Test]
    public void Invalid_JSON_is_an_error_at_its_line_and_column() =>
        Assert.That(Load("data/x.json", "[\n  {\"a\": 1,}\n]").Lines.Single(), Does.StartWith("data/x.json:2:").And.Contain("error PT0022: this is not valid JSON"));

    [Test]
    public void JSON_that_is_not_an_array_of_objects_is_an_error() =>
        Assert.That(Load("data/x.json", "{\"a\": 1}").Lines, Is.EqualTo(new[]
        {
            "data/x.json:1:1: error PT0022: a JSON table is an array of objects with the same keys ([{\"år\": 2007, \"antal\": 272}])",
        }));

    [Test]
    public void YAML_that_is_not_a_list_of_maps_is_an_error() =>
        Assert.That(Load("data/x.yml", "år: 2007\nantal: 272\n").Lines.Single(), Does.StartWith("data/x.yml:1:1: error PT0022: a YAML table is a list of rows"));

    [Test]
    public void An_empty_CSV_is_an_error() =>
        Assert.That(Load("data/x.csv", "\n").Lines, Is.EqualTo(new[] { "data/x.csv:1:1: error PT0022: the CSV file is empty; its first row names the columns" }));
}
