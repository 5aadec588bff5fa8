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
        var message = template switch
        {
            ScriptAbortException => $"het sjabloon was na {Theme.MaxRenderTime.TotalSeconds:0} seconden nog niet klaar met één pagina; staat er een lus in die niet stopt?",
            _ when template.OriginalMessage.Contains("LoopLimit", StringComparison.Ordinal) || template.OriginalMessage.Contains("iteration limit", StringComparison.Ordinal) =>
                $"een lus in het sjabloon herhaalt vaker dan {Theme.LoopLimit / 1_000_000} miljoen keer op één pagina; staat er een lus in die niet stopt?",
            _ => template.OriginalMessage,
        };
        return new Diagnostic(at, Severity.Error, $"fout in sjabloon: {message}");
    }

    private static Exception Unwrap(Exception e) =>
        e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : e;
}
