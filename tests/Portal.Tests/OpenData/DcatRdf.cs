using System.Diagnostics;
using System.Text.Json;

namespace Portal.Tests.OpenData;

/// <summary>One value of a property as rdflib read it: an IRI, a blank node, or a literal with its language or datatype.</summary>
public sealed record RdfTerm(string Kind, string Value, string? Lang = null, string? Datatype = null);

/// <summary>A resource of a DCAT-AP-SE class, with its types and every value of every property.</summary>
public sealed record RdfResource(string Iri, string Kind, IReadOnlyDictionary<string, IReadOnlyList<RdfTerm>> Properties)
{
    public IReadOnlyList<RdfTerm> this[string property] => Properties.GetValueOrDefault(property) ?? [];

    public IEnumerable<string> Iris(string property) => this[property].Where(t => t.Kind == "iri").Select(t => t.Value);

    public bool IsA(string type) => Iris(DcatRdf.Type).Contains(type);
}

/// <summary>
/// A catalogue as a real RDF library reads it: tests/Portal.Tests/OpenData/dcat_check.py parses the RDF/XML with
/// rdflib (Debian's python3-rdflib, which scripts/test.sh installs) and prints what SPARQL finds.
/// </summary>
/// <param name="Violations">Where the graph breaks a constraint of DCAT-AP 3.0.1's shapes, as dcat_check.py's SHAPES gives them.</param>
public sealed record DcatRdf(int Triples, int BlankNodes, IReadOnlyList<RdfResource> Resources, IReadOnlyList<string> Violations)
{
    public const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public const string Dcat = "http://www.w3.org/ns/dcat#";
    public const string Dcterms = "http://purl.org/dc/terms/";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string Vcard = "http://www.w3.org/2006/vcard/ns#";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public IEnumerable<RdfResource> OfType(string type) => Resources.Where(r => r.IsA(type));

    public RdfResource Get(string iri) => Resources.Single(r => r.Iri == iri);

    public static DcatRdf Read(string rdfFile)
    {
        // Debian's interpreter, which sees the packages apt installed, before whatever python3 comes first on the path.
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var script = Path.Combine(AppContext.BaseDirectory, "OpenData", "dcat_check.py");
        var start = new ProcessStartInfo(python, [script, rdfFile]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new AssertionException($"rdflib could not read {rdfFile} (scripts/test.sh installs python3-rdflib):\n{error.Result}");
        }

        return JsonSerializer.Deserialize<DcatRdf>(output, Options)!;
    }
}
