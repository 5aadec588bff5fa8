namespace Handboek.Diagnostics;

/// <summary>Collects every problem of a run, so the user sees all of them at once instead of one per build.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Error(SourceLocation at, string message) => Add(new Diagnostic(at, Severity.Error, message));

    public void Warning(SourceLocation at, string message) => Add(new Diagnostic(at, Severity.Warning, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Sorted by file, line and column so output does not depend on the order files were read.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()
                .ToList();
        }
    }
}
