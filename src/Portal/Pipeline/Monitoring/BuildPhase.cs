namespace Portal.Pipeline.Monitoring;

/// <summary>The phases of a build, in the order they run (see <c>Pipeline/Phases</c>).</summary>
public enum BuildPhase
{
    Read,
    Bind,
    Compose,
    Render,
    Check,
    Write,
}
