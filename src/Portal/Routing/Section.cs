namespace Portal.Routing;

/// <summary>The site's sections; each has an index page and a folder in every language.</summary>
public enum Section { Municipalities, Relationships, Networks, Decisions, Countries }
