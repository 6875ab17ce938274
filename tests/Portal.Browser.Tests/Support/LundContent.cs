namespace Portal.Browser.Tests.Support;

/// <summary>
/// Content that is not in this repository: another municipality (Lund) with every kind of file, including partners in
/// Åland, the Faroe Islands and Greenland, a network, a decision with a document, a chart and a translation.
/// </summary>
public static class LundContent
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["site.yml"] = "title: {sv: Lunds internationella kontakter, en: Lund's international contacts}\npublisher: Lunds kommun\nbaseUrl: https://www.lund.se/internationellt/\n",
        ["municipalities/lund.md"] = "---\nname: Lund\nlocation: {lat: 55.70, lon: 13.19}\ncounty: Skåne län\n---\nLund är en kommun i Skåne.\n",
        ["municipalities/region-skane.md"] = "---\nname: Region Skåne\nkind: region\nlocation: {lat: 56.03, lon: 14.16}\n---\nRegionen.\n",
        ["partners/lund/mariehamn.md"] = "---\nname: Mariehamn\ncountry: AX\nlocation: {lat: 60.10, lon: 19.94}\ntype: twin-town\nstatus: active\nsince: 1950\ndecisions: [avtal-1950]\n---\nEn vänort på Åland. Se [Tórshavn](torshavn.md).\n",
        ["partners/lund/torshavn.md"] = "---\nname: Tórshavn\ncountry: FO\nlocation: {lat: 62.01, lon: -6.77}\ntype: friendship-town\nstatus: sporadic\nsince: 1960\n---\nPå Färöarna.\n",
        ["partners/lund/nuuk.md"] = "---\nname: Nuuk\ncountry: GL\nlocation: {lat: 64.18, lon: -51.72}\ntype: cooperation\nstatus: dormant\n---\nPå Grönland.\n",
        ["partners/lund/kyoto.md"] = "---\nname: Kyoto\ncountry: JP\nlocation: {lat: 35.01, lon: 135.77}\ntype: partner-town\nstatus: ended\nsince: 1990\nuntil: 2005\n---\nI Japan.\n",
        ["partners/region-skane/kisumu.md"] = "---\nname: Kisumu\ncountry: KE\nlocation: {lat: -0.09, lon: 34.77}\ntype: municipal-partnership\nstatus: active\nfinancing: [sida-icld]\nnetwork: ostersjonatet\n---\nEtt kommunalt partnerskap.\n",
        ["partners/region-skane/gdansk.md"] = "---\nname: Gdańsk\ncountry: PL\nlocation: {lat: 54.35, lon: 18.65}\ntype: cooperation\nstatus: active\nnetwork: ostersjonatet\n---\nÖstersjösamarbete.\n",
        ["networks/ostersjonatet.md"] = "---\nname: Östersjönätet\nkind: network\ncountry: PL\nlocation: {lat: 54.35, lon: 18.65}\nmembers:\n  - municipality: lund\n    since: 1991\n    role: styrelseledamot\n---\nEtt nätverk.\n",
        ["decisions/avtal-1950.md"] = "---\ntitle: Vänortsavtal med Mariehamn\nmunicipality: lund\nbody: Kommunfullmäktige\ndate: 1950-05-01\nreference: \"KF 1950/12\"\noutcome: Bifall\nconcerns: [lund/mariehamn, ostersjonatet]\ndocuments: [\"assets/protokoll 1950.pdf\"]\n---\nFullmäktige beslutade.\n",
        ["countries/ax.md"] = "---\n---\nÅland är självstyrt.\n",
        ["pages/om/historia/tidigt.md"] = "---\ntitle: Tidig historia\n---\n## Början\n\nText med en tabell.\n\n```chart\ntype: bars\nsource: siffror.csv\ncaption: Avtal per år\n```\n",
        ["pages/om.md"] = "---\ntitle: Om oss\n---\nOm portalen.\n",
        ["pages/om.en.md"] = "---\ntitle: About us\n---\nAbout the portal.\n",
        ["data/siffror.csv"] = "År,Avtal\n1950,1\n1990,3\n2005,2\n",
        ["assets/protokoll 1950.pdf"] = "%PDF-1.4\n",
    };

    public static void WriteTo(string directory)
    {
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }
}
