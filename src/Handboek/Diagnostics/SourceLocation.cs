namespace Handboek.Diagnostics;

/// <summary>A 1-based line and column in an input file; <see cref="File"/> is the full path.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);
}
