using Portal.CrossReferences;
using Portal.Pages.Sources;

namespace Portal.Content.Decisions;

/// <summary><c>decisions/&lt;slug&gt;.md</c>: a council decision, a report or a guideline, and what it concerns.</summary>
public sealed class DecisionDefinition() : ContentKindDefinition(
    new ContentKindNames(ContentKind.Decision, "decisions", "decision", ("beslut", "decision"), ("Uppgifterna överst i decisions/<slug>.md: ett beslut, en rapport eller en riktlinje.", "The front matter of decisions/<slug>.md: a decision, report or guideline.")),
    KeyList,
    DecisionBinder.Bind,
    new DecisionPages(),
    new DecisionScaffold())
{
    public static readonly KeyDefinition[] KeyList =
    [
        new("title", KeyTypes.Text, "Beslutets rubrik.", "The decision's title.") { Required = true, Translatable = true },
        new("municipality", KeyTypes.Slug, "Kommunen som beslutade: filnamnet i municipalities/ utan .md (huddinge).", "The municipality that decided: its file name in municipalities/ without .md (huddinge).") { Required = true },
        new("body", KeyTypes.Text, "Vem som beslutade eller skrev (Kommunstyrelsen).", "Who decided or wrote it (Kommunstyrelsen).") { Required = true, Translatable = true },
        new("date", KeyTypes.Date, "Beslutsdatum, ÅÅÅÅ-MM-DD (2024-01-17).", "The date, YYYY-MM-DD (2024-01-17).") { Required = true },
        new("kind", KeyTypes.Enum<DecisionKind>(), "Sort", "Kind") { Default = "decision" },
        new("reference", KeyTypes.Text, "Diarienummer (Dnr 006-1348/2010).", "Reference number (diarienummer: Dnr 006-1348/2010)."),
        new("outcome", KeyTypes.Text, "Vad som beslutades, kort (Vänortssamarbetet avslutas).", "What was decided, briefly.") { Translatable = true },
        new("concerns", KeyTypes.Concerns, "Vad beslutet gäller, som lista: <kommun>/<slug> för relationer, ett filnamn i networks/ för nätverk.", "What it concerns, as a list: <municipality>/<slug> for relationships, a file name in networks/ for networks."),
        new("documents", KeyTypes.Documents, "Bifogade dokument, som lista: filer under assets/ eller fullständiga webbadresser.", "Attached documents, as a list: files under assets/ or absolute addresses."),
        CommonKeys.Summary,
    ];

    public override Route RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        routes.Decision(language, path.Slug);

    public override void CheckAcrossFiles(PortalIndex index, DiagnosticBag diagnostics) => DecisionConcernsNothingCheck.Report(index, diagnostics);
}
