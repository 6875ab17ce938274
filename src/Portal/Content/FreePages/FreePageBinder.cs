namespace Portal.Content.FreePages;

public static class FreePageBinder
{
    public static FreePage? Bind(KeyReader keys, BindingInput input, BindingContext context)
    {
        var title = keys.RequiredString("title");
        var summary = keys.OptionalString("summary");
        var order = keys.OptionalInteger("order", min: int.MinValue);
        var layout = keys.OptionalEnum<PageLayout>("layout") ?? PageLayout.Page;
        return title is null ? null : new FreePage(input.Path.Slug, input.Path.Folder, title, order, summary, input.Text, layout) { TitleLanguage = input.OriginalLanguageOf("title") };
    }
}
