namespace Portal.Input;

public enum ContentKind { Site, Municipality, Relationship, Network, Decision, Country, Page, Data, Asset }
