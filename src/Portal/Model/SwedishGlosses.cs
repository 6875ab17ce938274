namespace Portal.Model;

/// <summary>
/// What each allowed value means in Swedish, as the editors' guide and the survey say it: the comments of a
/// starting file, and the words an editor may write by mistake for a value (<c>vänort</c> for <c>twin-town</c>),
/// which the build then names.
/// </summary>
public static class SwedishGlosses
{
    /// <summary>What an allowed value means in Swedish, or null for a value that has no gloss yet (a test sees that none lacks one).</summary>
    public static string? Of<T>(T value) where T : struct, Enum => (object)value switch
    {
        MunicipalityKind.Municipality => "kommun, standard",
        MunicipalityKind.Region => "region",
        RelationshipType.TwinTown => "vänort",
        RelationshipType.FriendshipTown => "vänskapsort",
        RelationshipType.PartnerTown => "partnerstad",
        RelationshipType.MunicipalPartnership => "kommunalt partnerskap, Sida/ICLD",
        RelationshipType.Cooperation => "annat internationellt samarbete",
        RelationshipStatus.Active => "aktiv",
        RelationshipStatus.Sporadic => "sporadisk",
        RelationshipStatus.Dormant => "vilande",
        RelationshipStatus.Ended => "avslutad",
        CooperationArea.Culture => "kultur",
        CooperationArea.Education => "skola och utbildning",
        CooperationArea.Business => "näringsliv och sysselsättning",
        CooperationArea.Democracy => "demokrati och jämställdhet",
        CooperationArea.Leisure => "fritid och idrott",
        CooperationArea.Tourism => "turism",
        CooperationArea.Environment => "miljö och klimat",
        CooperationArea.Health => "hälsa",
        CooperationArea.Social => "socialt arbete och omsorg",
        CooperationArea.UrbanPlanning => "samhällsplanering och stadsbyggnad",
        CooperationArea.Youth => "ungdom",
        CooperationArea.Other => "annat",
        FinancingSource.OwnFunds => "egna medel",
        FinancingSource.Eu => "EU-medel",
        FinancingSource.SidaIcld => "medel från Sida/ICLD",
        FinancingSource.Nordic => "nordiska medel",
        FinancingSource.Other => "annan finansiering",
        NetworkKind.Network => "nätverk eller organisation",
        NetworkKind.TwinningChain => "vänortskedja",
        NetworkKind.EuProject => "EU-projekt",
        NetworkKind.Interreg => "Interreg-projekt",
        NetworkKind.CrossBorder => "gränsöverskridande samarbete",
        NetworkKind.Other => "annat",
        DecisionKind.Decision => "beslut, standard",
        DecisionKind.Report => "rapport",
        DecisionKind.Guideline => "riktlinje",
        PageLayout.Page => "vanlig sida, standard",
        PageLayout.AccessibilityStatement => "tillgänglighetsredogörelse, som kräver accessibility i site.yml",
        _ => null,
    };


    /// <summary>The value an editor meant by its Swedish word (<c>Vänort</c>, <c>aktiv</c>), if any: the gloss up to its first comma.</summary>
    public static T? ValueFor<T>(string word) where T : struct, Enum
    {
        var wanted = word.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (Of(value) is { } gloss && string.Equals(gloss.Split(',')[0].Trim(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
