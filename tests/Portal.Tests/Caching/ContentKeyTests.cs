using System.Text;
using Portal.Caching;

namespace Portal.Tests.Caching;

/// <summary>A cache key made from content: the same for the same bytes, another for any change.</summary>
public sealed class ContentKeyTests
{
    [Test]
    public void The_same_bytes_give_the_same_key_wherever_they_come_from()
    {
        var text = "name: Vanda\n";
        Assert.That(ContentKey.Of(Encoding.UTF8.GetBytes(text)), Is.EqualTo(ContentKey.Of(Encoding.UTF8.GetBytes(string.Concat("name: ", "Vanda\n")))));
    }

    [Test]
    public void Any_change_gives_another_key()
    {
        var bytes = Encoding.UTF8.GetBytes("name: Vanda\n");
        var keys = new HashSet<string>(StringComparer.Ordinal) { ContentKey.Of(bytes), ContentKey.Of([]), ContentKey.Of(bytes.AsSpan(..^1)) };
        for (var i = 0; i < bytes.Length; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[i] ^= 1;
            Assert.That(keys.Add(ContentKey.Of(changed)), Is.True, $"a changed bit in byte {i}");
        }

        Assert.That(keys, Has.Count.EqualTo(bytes.Length + 3));
    }
}
