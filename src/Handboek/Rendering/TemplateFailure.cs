using Handboek.Diagnostics;
using Scriban.Syntax;

namespace Handboek.Rendering;

/// <summary>Turns a template that failed while rendering into a diagnostic on the template's own line.</summary>
public static class TemplateFailure
{
    /// <returns>Null when <paramref name="e"/> is not a template error.</returns>
    public static Diagnostic? Of(Exception e)
    {
        if (Unwrap(e) is not ScriptRuntimeException template) return null;
        // Scriban leaves the file out of errors it raises outside any template line; the message still names the problem.
        var at = new SourceLocation(template.Span.FileName ?? "theme", template.Span.Start.Line + 1, template.Span.Start.Column + 1);
        return new Diagnostic(at, Severity.Error, $"fout in sjabloon: {template.OriginalMessage}");
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
}
