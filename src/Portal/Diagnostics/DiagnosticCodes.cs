namespace Portal.Diagnostics;

/// <summary>
/// Every code a build can report. Codes are stable: editors search for them, and docs/felkoder.md explains each.
/// </summary>
public static class DiagnosticCodes
{
    public const string InvalidFileName = "PT0001";
    public const string MissingFrontMatter = "PT0002";
    public const string UnclosedFrontMatter = "PT0003";
    public const string YamlSyntax = "PT0004";
    public const string MissingKey = "PT0005";
    public const string UnknownKey = "PT0006";
    public const string InvalidValue = "PT0007";
    public const string WrongType = "PT0008";
    public const string InvalidDate = "PT0009";
    public const string InvalidCoordinate = "PT0010";
    public const string UnknownCountry = "PT0011";
    public const string UntilBeforeSince = "PT0012";
    public const string UnknownReference = "PT0013";
    public const string BrokenLink = "PT0014";
    public const string RawHtmlRemoved = "PT0015";
    public const string UnsafeUrl = "PT0016";
    public const string InvalidUrl = "PT0017";
    public const string DuplicateKey = "PT0018";
    public const string InvalidEncoding = "PT0019";
    public const string EmptyFile = "PT0020";
    public const string TranslationWithoutOriginal = "PT0021";
    public const string DataTable = "PT0022";
    public const string DocumentPath = "PT0023";
    public const string RouteConflict = "PT0024";
    public const string UnknownLanguage = "PT0025";
    public const string UnexpectedFile = "PT0026";
    public const string YamlAliasLimit = "PT0027";
    public const string Theme = "PT0028";
    public const string OutputFolder = "PT0029";
    public const string DuplicateId = "PT0030";
    public const string TranslatedFact = "PT0031";
    public const string ExternalResource = "PT0032";
    public const string HeadingLevel = "PT0033";
    public const string LocationOutsideCountry = "PT0034";
    public const string EndedWithoutUntil = "PT0035";
    public const string DateInFuture = "PT0036";
    public const string RelationshipWithoutText = "PT0037";
    public const string DecisionConcernsNothing = "PT0038";
    public const string DuplicatePartner = "PT0039";
    public const string TooDeeplyNested = "PT0040";
    public const string NotARegularFile = "PT0041";
    public const string AssetType = "PT0042";
    public const string UnsafeSvg = "PT0043";
    public const string FileTooLarge = "PT0044";
    public const string TableLimit = "PT0045";
    public const string ControlCharacter = "PT0046";
    public const string SpreadsheetFormula = "PT0047";
    public const string LongDefinitionRun = "PT0048";
    public const string ContentFolderMissing = "PT0049";
    public const string UnusedCountryIntro = "PT0050";
    public const string ContentUnreadable = "PT0051";
    public const string AccessibilityFactsMissing = "PT0052";
    public const string MissingUiString = "PT0053";
    public const string HistoryDisagrees = "PT0054";
    public const string OpenDataCatalogue = "PT0055";
}
