using System.Text;

namespace Portal.Tests.Input.Assets;

/// <summary>
/// assets/ publishes what municipalities publish: documents and images, each checked by its first bytes. A web page,
/// a script or a program there would run as the site itself, so it is refused by name, with what to do instead.
/// </summary>
[TestFixture]
public sealed class AssetPolicyTests
{
    private const string Allowed = "pdf, docx, xlsx, pptx, odt, ods, odp, csv, txt, png, jpg, jpeg, gif, webp, avif, svg";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8];
    private static readonly byte[] Zip = [.. "PK\x03\x04"u8, 20, 0, 0, 0];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];

    private static byte[] IsoMedia(params string[] brands)
    {
        var box = new List<byte> { 0, 0, 0, (byte)(8 + (4 * brands.Length) + 4) };
        box.AddRange("ftyp"u8.ToArray());
        box.AddRange(Encoding.ASCII.GetBytes(brands[0]));
        box.AddRange([0, 0, 0, 0]);
        foreach (var brand in brands[1..])
        {
            box.AddRange(Encoding.ASCII.GetBytes(brand));
        }

        return [.. box, 0, 0, 0, 0];
    }

    public static IEnumerable<TestCaseData> PublishedTypes()
    {
        yield return new TestCaseData("rapport.pdf", "%PDF-1.7\n%âãÏÓ\n"u8.ToArray());
        yield return new TestCaseData("protokoll.PDF", "%PDF-1.4\n"u8.ToArray()).SetName("An upper-case extension is the same type");
        yield return new TestCaseData("avtal.docx", Zip);
        yield return new TestCaseData("budget.xlsx", Zip);
        yield return new TestCaseData("bilder.pptx", Zip);
        yield return new TestCaseData("avtal.odt", Zip);
        yield return new TestCaseData("budget.ods", Zip);
        yield return new TestCaseData("bilder.odp", Zip);
        yield return new TestCaseData("lista.csv", "år;antal\n2018;272\n"u8.ToArray());
        yield return new TestCaseData("las-mig.txt", "Hej\n"u8.ToArray());
        yield return new TestCaseData("tom.txt", Array.Empty<byte>()).SetName("An empty text file is text");
        yield return new TestCaseData("karta.png", Png);
        yield return new TestCaseData("foto.jpg", Jpeg);
        yield return new TestCaseData("foto.jpeg", Jpeg);
        yield return new TestCaseData("anim.gif", "GIF89a\x01\0\x01\0"u8.ToArray());
        yield return new TestCaseData("bild.webp", "RIFF\x10\0\0\0WEBPVP8 "u8.ToArray());
        yield return new TestCaseData("bild.avif", IsoMedia("avif", "mif1", "miaf"));
        yield return new TestCaseData("logga.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Logga</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>\n"u8.ToArray());
    }

    [TestCaseSource(nameof(PublishedTypes))]
    public void A_file_of_a_published_type_is_copied_as_it_is(string name, byte[] bytes)
    {
        using var content = new TempContent();
        content.WithBytes($"assets/{name}", bytes);

        var run = content.Build().AssertClean();

        Assert.That(File.ReadAllBytes(Path.Combine(run.OutputDirectory, "assets", name)), Is.EqualTo(bytes));
    }

    [TestCase("evil.html", "'.html' files cannot be published from assets/: a web page there would run as part of the site; write it as a page in pages/ instead")]
    [TestCase("evil.htm", "'.htm' files cannot be published from assets/: a web page there would run as part of the site; write it as a page in pages/ instead")]
    [TestCase("evil.js", "'.js' files cannot be published from assets/: a script, style sheet or data file there would act as part of the site; the theme holds the site's own")]
    [TestCase("evil.xml", "'.xml' files cannot be published from assets/: a script, style sheet or data file there would act as part of the site; the theme holds the site's own")]
    [TestCase("setup.exe", "'.exe' files cannot be published from assets/: a program is never published on the site")]
    [TestCase("arkiv.zip", "'.zip' files cannot be published from assets/: an archive may hold anything; publish its files one by one")]
    [TestCase("gammal.doc", "'.doc' files cannot be published from assets/: older Office formats can carry macros; save it as .docx, .xlsx, .pptx or PDF")]
    [TestCase("foto.heic", "'.heic' images cannot be published from assets/: browsers cannot show them; save it as JPEG or PNG")]
    [TestCase("README", "a file without an extension cannot be published: its type is unknown; name it by what it is (.pdf, .png …)")]
    [TestCase("data.bin", "'.bin' files cannot be published from assets/")]
    public void A_file_of_any_other_type_is_an_error_naming_it(string name, string message)
    {
        using var content = new TempContent();
        content.WithBytes($"assets/{name}", "<script>alert(document.cookie)</script>\n"u8.ToArray());

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { $"assets/{name}:1:1: error PT0042: {message}; assets/ publishes only {Allowed}" }));
        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(Directory.Exists(content.OutputDirectory), Is.False, "nothing is published");
    }

    [TestCase("bild.png", "<!DOCTYPE html><script>alert(1)</script>", "the file is named .png but is not a PNG image: it is an HTML page; save it again as .png, or name it by what it is")]
    [TestCase("rapport.pdf", "", "the file is named .pdf but is not a PDF document: it is an empty file; save it again as .pdf, or name it by what it is")]
    [TestCase("rapport.pdf", "GIF89a", "the file is named .pdf but is not a PDF document: it is a GIF image; save it again as .pdf, or name it by what it is")]
    [TestCase("foto.jpg", "PNG", "the file is named .jpg but is not a JPEG image: it is a PNG image; save it again as .jpg, or name it by what it is")]
    public void A_file_whose_bytes_are_not_what_its_name_says_is_an_error(string name, string start, string message)
    {
        using var content = new TempContent();
        content.WithBytes($"assets/{name}", start == "PNG" ? Png : Encoding.UTF8.GetBytes(start));

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { $"assets/{name}:1:1: error PT0042: {message}" }));
    }

    [Test]
    public void A_phone_photo_saved_as_HEIC_but_named_jpg_is_told_to_be_saved_as_JPEG()
    {
        using var content = new TempContent();
        content.WithBytes("assets/foto.jpg", IsoMedia("heic", "mif1", "heic"));

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "assets/foto.jpg:1:1: error PT0042: the file is named .jpg but is not a JPEG image: it is a HEIC photo (as phones save them); save it again as JPEG" }));
    }

    [Test]
    public void An_old_Word_file_renamed_docx_is_named_for_what_it_is()
    {
        using var content = new TempContent();
        content.WithBytes("assets/avtal.docx", Ole);

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "assets/avtal.docx:1:1: error PT0042: the file is named .docx but is not an Office or OpenDocument file: it is an older Office file (.doc, .xls or .ppt); save it again as .docx, or name it by what it is" }));
    }

    [Test]
    public void A_binary_file_named_txt_is_an_error()
    {
        using var content = new TempContent();
        content.WithBytes("assets/las-mig.txt", [.. "MZ"u8, 0x90, 0, 3, 0]);

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[] { "assets/las-mig.txt:1:1: error PT0042: the file is named .txt but is not a text file; save it again as .txt, or name it by what it is" }));
    }

    [Test]
    public void An_SVG_with_script_is_refused_at_its_line_and_column()
    {
        using var content = new TempContent();
        content.With("assets/logga.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(document.domain)</script>\n</svg>");

        var run = content.Build();

        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "assets/logga.svg:2:3: error PT0043: the SVG has a <script> element; SVG images may not contain script: remove it, or export the image again as plain SVG (or as PNG)",
        }));
    }

    [Test]
    public void An_asset_over_its_size_limit_is_an_error_and_a_raised_limit_publishes_it()
    {
        using var content = new TempContent();
        content.WithBytes("assets/stor.pdf", [.. "%PDF-1.7\n"u8, .. new byte[3000]]);
        content.With("site.yml", TempContent.MinimalFiles["site.yml"] + "\nlimits: {assetFileSize: 2 KB}");

        var refused = content.Build();
        content.With("site.yml", TempContent.MinimalFiles["site.yml"] + "\nlimits: {assetFileSize: 3 KB}");
        var published = content.Build();

        Assert.That(refused.Lines, Is.EqualTo(new[] { "assets/stor.pdf:1:1: error PT0044: the file is 2.9 KB, more than the limit of 2 KB; split it, or raise limits.assetFileSize in site.yml" }));
        published.AssertClean();
        Assert.That(published.Exists("assets/stor.pdf"), Is.True);
    }
}
