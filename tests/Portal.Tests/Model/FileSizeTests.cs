namespace Portal.Tests.Model;

/// <summary>Sizes as editors write them under limits: in site.yml, counted in binary units as file managers do.</summary>
public sealed class FileSizeTests
{
    [TestCase("2 MB", 2 * 1024 * 1024)]
    [TestCase("2MB", 2 * 1024 * 1024)]
    [TestCase("1.5 MB", 3 * 512 * 1024)]
    [TestCase("512 KB", 512 * 1024)]
    [TestCase("512 kb", 512 * 1024)]
    [TestCase("1 GiB", 1024 * 1024 * 1024)]
    [TestCase("300", 300)]
    [TestCase("12 bytes", 12)]
    [TestCase(" 1 K ", 1024)]
    public void A_size_is_read_in_bytes(string text, long bytes) =>
        Assert.That(FileSize.Parse(text), Is.EqualTo(bytes));

    [TestCase("0")]
    [TestCase("0 KB")]
    [TestCase("-1 MB")]
    [TestCase("2 TB")]
    [TestCase("2000 GB")]
    [TestCase("1,5 MB")]
    [TestCase("MB")]
    [TestCase("stor")]
    public void Anything_else_is_not_a_size(string text) =>
        Assert.That(FileSize.Parse(text), Is.Null);

    [TestCase(512 * 1024)]
    [TestCase(100 * 1024 * 1024)]
    [TestCase(3 * 512 * 1024)]
    [TestCase(12)]
    public void A_size_a_message_describes_reads_back_as_the_same_size(long bytes) =>
        Assert.That(FileSize.Parse(FileSize.Describe(bytes)), Is.EqualTo(bytes));

    [Test]
    public void A_message_rounds_to_one_decimal_in_the_largest_unit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FileSize.Describe((long)(54.2 * 1024 * 1024)), Is.EqualTo("54.2 MB"));
            Assert.That(FileSize.Describe(1024 * 1024), Is.EqualTo("1 MB"));
            Assert.That(FileSize.Describe(1023), Is.EqualTo("1023 bytes"));
        });
    }
}
