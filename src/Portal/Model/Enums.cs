namespace Portal.Model;

// The names editors write are the kebab-case forms of these members (TwinTown → twin-town); see KebabName.
public enum MunicipalityKind { Municipality, Region }

public enum RelationshipType { TwinTown, FriendshipTown, PartnerTown, MunicipalPartnership, Cooperation }

public enum RelationshipStatus { Active, Sporadic, Dormant, Ended }

public enum CooperationArea { Culture, Education, Business, Democracy, Leisure, Tourism, Environment, Health, Social, UrbanPlanning, Youth, Other }

public enum FinancingSource { OwnFunds, Eu, SidaIcld, Nordic, Other }

public enum NetworkKind { Network, TwinningChain, EuProject, Interreg, CrossBorder, Other }

public enum DecisionKind { Decision, Report, Guideline }

public enum PageLayout { Page, AccessibilityStatement }

/// <summary>How far a site complies with the accessibility law, in the words of DIGG's model statement.</summary>
public enum Compliance { Full, Partial, None }
