namespace Portal.Diagnostics;

/// <summary>One problem found in content, printed compiler-style: <c>path:line:col: error CODE: message</c>.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>One line, whatever the path and message hold (<see cref="PrintableText"/>).</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {PrintableText.Escape(Message)}";
}
