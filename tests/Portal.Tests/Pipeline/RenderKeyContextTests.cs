using Portal.Pages.Views;

namespace Portal.Tests.Pipeline;

/// <summary>The preview names each rendered page by its view's JSON, generated at compile time for every view type.</summary>
public sealed class RenderKeyContextTests
{
    [Test]
    public void Every_kind_of_view_has_its_generated_JSON_so_no_page_kind_breaks_the_preview()
    {
        var views = typeof(PageView).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageView)) && !t.IsAbstract).ToList();

        Assert.That(views, Has.Count.GreaterThan(10));
        Assert.That(views.Where(t => RenderKeyContext.Default.GetTypeInfo(t) is null).Select(t => t.Name), Is.Empty, "add [JsonSerializable(typeof(…))] to RenderKeyContext");
    }
}
