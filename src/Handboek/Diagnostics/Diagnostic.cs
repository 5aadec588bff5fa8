namespace Handboek.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>One problem found in the input, with a Dutch message meant for the quality officer.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Message)
{
    public string SeverityLabel => Severity == Severity.Error ? "fout" : "waarschuwing";

    /// <summary>The compiler-style line editors and CI understand: <c>path:line:col: fout: message</c>.</summary>
    public string Format(string displayPath) =>
        $"{VisibleText.Of(displayPath)}:{Location.Line}:{Location.Column}: {SeverityLabel}: {VisibleText.Of(Message)}";
}
