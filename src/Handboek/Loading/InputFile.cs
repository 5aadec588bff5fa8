using System.Text;
using System.Text.Unicode;
using Handboek.Diagnostics;

namespace Handboek.Loading;

/// <summary>
/// Reads an input text file; a file that cannot or may not be read is a problem to report, not a crash. Text must be
/// UTF-8 (or UTF-16 with a byte order mark): a file saved as Windows-1252 would otherwise lose its ë silently.
/// </summary>
public static class InputFile
{
    public static string? Read(string path, InputBoundary boundary, DiagnosticBag diagnostics)
    {
        if (boundary.Problem(path, InputBoundary.MaxTextBytes) is { } problem)
        {
            diagnostics.Error(SourceLocation.StartOf(path), $"kan het bestand niet lezen: {problem}");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(path), $"kan het bestand niet lezen: {e.Message}");
            return null;
        }

        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble) || bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();

        if (!Utf8.IsValid(bytes))
        {
            Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
            diagnostics.Error(PositionOf(path, bytes, valid),
                "het bestand is niet als UTF-8 opgeslagen (hier staat een teken dat geen UTF-8 is); sla het op als UTF-8, " +
                "bijvoorbeeld in Kladblok met 'Opslaan als' en codering 'UTF-8'");
            return null;
        }

        return Encoding.UTF8.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0));
    }

    private static SourceLocation PositionOf(string path, byte[] bytes, int offset)
    {
        var before = bytes.AsSpan(0, offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourceLocation(path, before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
