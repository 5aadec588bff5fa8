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
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(SourceLocation.StartOf(file),
                "het bestand begint niet met front matter; zet '---' op de eerste regel, daarna de sleutels " +
                "(titel, niveau, eigenaar, ...) en sluit af met een regel '---'");
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file),
                "de front matter wordt niet afgesloten; zet een regel '---' na de laatste sleutel");
            return null;
        }

        return new FrontMatter(
            string.Join('\n', lines[1..close]),
            YamlFirstLine: 2,
            string.Join('\n', lines[(close + 1)..]),
            BodyFirstLine: close + 2);
    }
}
