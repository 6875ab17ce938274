using Portal.Input;

namespace Portal.Tests.Input;

public sealed class NearestFilesTests
{
    private static readonly string[] Files =
    [
        "assets/alingsas/ikalis-2019.png", "assets/alingsas/protokoll.pdf", "assets/beslut.pdf",
        "partners/huddinge/vanda.md", "municipalities/huddinge.md",
    ];

    [TestCase("assets/alingsas/ikalis2019.png", "assets/alingsas/ikalis-2019.png", TestName = "a name in the same folder, one character off")]
    [TestCase("assets/alingsas/Protokoll.PDF", "assets/alingsas/protokoll.pdf", TestName = "a name in the same folder, in another case")]
    [TestCase("partners/assets/beslut.pdf", "assets/beslut.pdf", TestName = "the one file of that name in another folder")]
    [TestCase("assets/alingsas/karta.png", null, TestName = "nothing near in the folder and no file of that name")]
    public void Finds_the_file_a_path_most_likely_meant(string path, string? expected) =>
        Assert.That(new NearestFiles(Files).Find(path), Is.EqualTo(expected));

    [Test]
    public void Two_files_of_the_name_in_other_folders_are_no_suggestion() =>
        Assert.That(new NearestFiles(["assets/a/beslut.pdf", "assets/b/beslut.pdf"]).Find("pages/beslut.pdf"), Is.Null);
}
