using Handboek.Diagnostics;

namespace Handboek.Loading;

/// <summary>Reads an input file; a file that cannot be read is a problem to report, not a crash.</summary>
public static class InputFile
{
    public static string? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(path), $"kan het bestand niet lezen: {e.Message}");
            return null;
        }
    }
}
