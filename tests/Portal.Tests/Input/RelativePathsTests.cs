using Portal.Input;

namespace Portal.Tests.Input;

public sealed class RelativePathsTests
{
    [TestCase("partners/alingsas/utbyte.md", "assets/alingsas/ikalis-2019.png", "../../assets/alingsas/ikalis-2019.png")]
    [TestCase("pages/om.md", "pages/historia/vanortsrorelsen.md", "historia/vanortsrorelsen.md")]
    [TestCase("pages/historia/vanortsrorelsen.md", "pages/om.md", "../om.md")]
    [TestCase("pages/om.md", "assets/beslut.pdf", "../assets/beslut.pdf")]
    public void Writes_a_path_as_a_link_from_a_file_writes_it(string from, string target, string link) =>
        Assert.That(RelativePaths.Relative(from, target), Is.EqualTo(link));
}
