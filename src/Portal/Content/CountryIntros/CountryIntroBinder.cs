namespace Portal.Content.CountryIntros;

public static class CountryIntroBinder
{
    public static CountryIntro? Bind(KeyReader keys, BindingInput input, BindingContext context)
    {
        var code = input.Path.Slug.ToUpperInvariant();
        if (!context.Countries.IsKnown(code))
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidFileName, keys.Start with { Line = 1, Column = 1 }, $"'{input.Path.Slug}' is not an ISO 3166-1 alpha-2 country code; name the file by its code in lower case (dk.md)");
            return null;
        }

        return new CountryIntro(input.Path.Slug, code, keys.OptionalString("summary"), input.Text);
    }
}
