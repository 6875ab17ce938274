using Portal.CrossReferences;

namespace Portal.Content.Decisions;

/// <summary>A decision that concerns nothing: a likely mistake that only shows across files, on content without errors.</summary>
public static class DecisionConcernsNothingCheck
{
    /// <summary>
    /// A decision's page links to what it concerns, and their pages link back; a decision that concerns nothing is
    /// linked from its municipality and the decision list only. A report or a guideline may well be general (a
    /// municipality's policy for all its twin towns), so only <c>kind: decision</c> is reported.
    /// </summary>
    public static void Report(PortalIndex index, DiagnosticBag diagnostics)
    {
        foreach (var decision in index.Content.Decisions.Where(d => d.Kind == DecisionKind.Decision))
        {
            if (index.ConcernedRelationships[decision.Slug].Any() || index.ConcernedNetworks[decision.Slug].Any())
            {
                continue;
            }

            diagnostics.Warning(
                DiagnosticCodes.DecisionConcernsNothing,
                decision.Positions.Of("concerns"),
                "the decision concerns no relationship or network, so its page links to none and no such page lists it: add 'concerns:' with a relationship (<municipality>/<slug>) or a network's slug; a general policy is 'kind: guideline'");
        }
    }
}
