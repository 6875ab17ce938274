namespace Portal.Pages;

/// <summary>Makes one kind of page (one per relationship, the home page, …) for one language.</summary>
public interface IPageSource
{
    IEnumerable<PageDocument> Compose(ComposeContext context);
}
