namespace Portal.Content.Municipalities;

public static class MunicipalityBinder
{
    public static Municipality? Bind(KeyReader keys, BindingInput input, BindingContext context)
    {
        var name = keys.RequiredCellText("name");
        var location = keys.Location("location", required: true);
        var kind = keys.OptionalEnum<MunicipalityKind>("kind") ?? MunicipalityKind.Municipality;
        var county = keys.OptionalString("county");
        var website = keys.OptionalAbsoluteUrl("website");
        var summary = keys.OptionalString("summary");
        if (location is not null)
        {
            LocationCheck.Warn(keys, LocationCheck.Sweden, location, context);
        }

        return name is null || location is null
            ? null
            : new Municipality(input.Path.Slug, name, location, kind, county, website, summary, input.Text) { TitleLanguage = input.OriginalLanguageOf("name") };
    }
}
