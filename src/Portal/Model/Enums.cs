namespace Portal.Model;

// The names editors write are the kebab-case forms of these members (TwinTown → twin-town); see KebabName.
public enum MunicipalityKind
{
    [Swedish("kommun, standard")]
    Municipality,

    [Swedish("region")]
    Region,
}

public enum RelationshipType
{
    [Swedish("vänort")]
    TwinTown,

    [Swedish("vänskapsort")]
    FriendshipTown,

    [Swedish("partnerstad")]
    PartnerTown,

    [Swedish("kommunalt partnerskap, Sida/ICLD")]
    MunicipalPartnership,

    [Swedish("annat internationellt samarbete")]
    Cooperation,
}

public enum RelationshipStatus
{
    [Swedish("aktiv")]
    Active,

    [Swedish("sporadisk")]
    Sporadic,

    [Swedish("vilande")]
    Dormant,

    [Swedish("avslutad")]
    Ended,
}

public enum CooperationArea
{
    [Swedish("kultur")]
    Culture,

    [Swedish("skola och utbildning")]
    Education,

    [Swedish("näringsliv och sysselsättning")]
    Business,

    [Swedish("demokrati och jämställdhet")]
    Democracy,

    [Swedish("fritid och idrott")]
    Leisure,

    [Swedish("turism")]
    Tourism,

    [Swedish("miljö och klimat")]
    Environment,

    [Swedish("hälsa")]
    Health,

    [Swedish("socialt arbete och omsorg")]
    Social,

    [Swedish("samhällsplanering och stadsbyggnad")]
    UrbanPlanning,

    [Swedish("ungdom")]
    Youth,

    [Swedish("annat")]
    Other,
}

public enum FinancingSource
{
    [Swedish("egna medel")]
    OwnFunds,

    [Swedish("EU-medel")]
    Eu,

    [Swedish("medel från Sida/ICLD")]
    SidaIcld,

    [Swedish("nordiska medel")]
    Nordic,

    [Swedish("annan finansiering")]
    Other,
}

public enum NetworkKind
{
    [Swedish("nätverk eller organisation")]
    Network,

    [Swedish("vänortskedja")]
    TwinningChain,

    [Swedish("EU-projekt")]
    EuProject,

    [Swedish("Interreg-projekt")]
    Interreg,

    [Swedish("gränsöverskridande samarbete")]
    CrossBorder,

    [Swedish("annat")]
    Other,
}

public enum DecisionKind
{
    [Swedish("beslut, standard")]
    Decision,

    [Swedish("rapport")]
    Report,

    [Swedish("riktlinje")]
    Guideline,
}

public enum PageLayout
{
    [Swedish("vanlig sida, standard")]
    Page,

    [Swedish("tillgänglighetsredogörelse, som kräver accessibility i site.yml")]
    AccessibilityStatement,
}

/// <summary>How far a site complies with the accessibility law, in the words of DIGG's model statement.</summary>
public enum Compliance
{
    [Swedish("helt")]
    Full,

    [Swedish("delvis, standard")]
    Partial,

    [Swedish("inte")]
    None,
}
