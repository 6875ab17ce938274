namespace Portal.Content.Keys;

/// <summary>The key types that content kinds share; their schemas are the definitions of <c>common.schema.json</c>.</summary>
public static class KeyTypes
{
    public static readonly SharedType Text = new("text", "optionalText");
    public static readonly SharedType CellText = new("cellText", "optionalCellText");
    public static readonly SharedType Slug = new("slug", "optionalSlug");
    public static readonly SharedType SlugList = new("slugList", "slugList", "[]");
    public static readonly SharedType Date = new("date", "optionalDate");
    public static readonly SharedType YearOrDate = new("yearOrDate", "yearOrDate");
    public static readonly SharedType Url = new("url", "url");
    public static readonly SharedType Location = new("location", "optionalLocation", "{lat: , lon: }");
    public static readonly SharedType Country = new("country", "optionalCountry");
    public static readonly SharedType Concerns = new("concernList", "concernList", "[]");
    public static readonly SharedType Documents = new("documentList", "documentList", "[]");
    public static readonly SharedType LocalizedText = new("localizedText", "optionalLocalizedText");
    public static readonly SharedType Languages = new("languages", "languages");
    public static readonly SharedType LanguageTag = new("languageTag", "optionalLanguageTag");
    public static readonly SharedType BaseUrl = new("baseUrl", "baseUrl");
    public static readonly SharedType Size = new("size", "size");
    public static readonly SharedType Count = new("count", "count");
    public static readonly SharedType Switch = new("switch", "switch", "true");
    public static readonly SharedType OrganisationNumber = new("organisationNumber", "organisationNumber");
    public static readonly SharedType Email = new("email", "email");

    public static EnumType Enum<T>() where T : struct, System.Enum => new(typeof(T), IsList: false);

    public static EnumType EnumList<T>() where T : struct, System.Enum => new(typeof(T), IsList: true);

    public static IntegerType Integer(int minimum) => new(minimum);

    public static MappingType Mapping(params KeyDefinition[] keys) => new(keys, IsList: false);

    public static MappingType MappingList(params KeyDefinition[] keys) => new(keys, IsList: true);
}
