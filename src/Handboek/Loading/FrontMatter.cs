using Handboek.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>A Markdown file split into its YAML front matter and body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>
    /// The front matter of a card or page and a reader for its keys, or null after reporting why there is none. One
    /// place for both kinds of file, so a mistake is reported the same way in each.
    /// </summary>
    public static (FrontMatter FrontMatter, MappingReader Keys)? Read(string file, string text, DiagnosticBag diagnostics)
    {
        if (Split(file, text, diagnostics) is not { } frontMatter) return null;
        var source = new YamlSource(file, frontMatter.YamlFirstLine);
        switch (source.Parse(frontMatter.Yaml, diagnostics))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return (frontMatter, new MappingReader(source, mapping, diagnostics));
            case var other:
                diagnostics.Error(source.At(other), "de front matter moet sleutels met waarden bevatten, zoals 'titel: Schoolgids'");
                return null;
        }
    }

    public static FrontMatter? Split(string file, string text, DiagnosticBag diagnostics)
    {
        // Line by line as string.Split('\n') cuts them, without a string for each line: a large handbook reads tens of
        // megabytes of cards, and every line was copied twice.
        var from = 0;
        while (from < text.Length && text[from] == '\uFEFF') from++;
        var lineEnd = LineEnd(text, from);
        if (!IsLine(text, from, lineEnd, "---"))
        {
            diagnostics.Error(SourceLocation.StartOf(file),
                "het bestand begint niet met front matter; zet '---' op de eerste regel, daarna de sleutels " +
                "(titel, niveau, eigenaar, ...) en sluit af met een regel '---'");
            return null;
        }

        var yamlStart = lineEnd + 1;
        for (var (lineStart, lineNumber) = (yamlStart, 2); lineStart <= text.Length; lineStart = lineEnd + 1, lineNumber++)
        {
            lineEnd = LineEnd(text, lineStart);
            if (IsLine(text, lineStart, lineEnd, "---") || IsLine(text, lineStart, lineEnd, "..."))
                return new FrontMatter(Lines(text, yamlStart, lineStart - 1), YamlFirstLine: 2, Lines(text, lineEnd + 1, text.Length), BodyFirstLine: lineNumber + 1);
        }

        diagnostics.Error(SourceLocation.StartOf(file),
            "de front matter wordt niet afgesloten; zet een regel '---' na de laatste sleutel");
        return null;
    }

    /// <summary>Where the line starting at <paramref name="from"/> ends: its LF, or the end of the text.</summary>
    private static int LineEnd(string text, int from) => text.IndexOf('\n', from) is var end and >= 0 ? end : text.Length;

    private static bool IsLine(string text, int start, int end, string marker) => text.AsSpan(start, end - start).TrimEnd().SequenceEqual(marker);

    /// <summary>The lines from <paramref name="start"/> up to <paramref name="end"/>, each without its CRs, joined by LF.</summary>
    private static string Lines(string text, int start, int end)
    {
        if (end <= start) return "";
        var region = text.AsSpan(start, end - start);
        return region.Contains('\r') ? string.Join('\n', region.ToString().Split('\n').Select(l => l.TrimEnd('\r'))) : region.ToString();
    }
}
