using System.Text.RegularExpressions;
using Handboek.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>YAML text from one file, parsed with positions so every problem can name its line and column.</summary>
public sealed partial class YamlSource(string file, int firstLine)
{
    public string File { get; } = file;

    public SourceLocation At(Mark mark) => new(File, firstLine + (int)mark.Line - 1, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    /// <summary>Deeper than any card needs (three levels), shallow enough that building the node tree cannot overflow the stack.</summary>
    public const int MaxDepth = 32;

    /// <summary>A whole data file (handboek.yml, rollen.yml, vakanties.json) read and parsed, or null after reporting why not.</summary>
    public static (YamlSource Source, YamlNode Root)? Load(string path, InputBoundary input, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(path, firstLine: 1);
        return InputFile.Read(path, input, diagnostics) is { } text && source.Parse(text, diagnostics) is { } root ? (source, root) : null;
    }

    /// <summary>The root node, or null after reporting a syntax error. Empty text gives an empty mapping.</summary>
    public YamlNode? Parse(string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // YamlDotNet reports a tab at the start of the value before it; the tab itself is where the user must look.
            var at = IsAboutTabs(e) && IndentingTab(text, (int)e.Start.Line) is { } tab ? new SourceLocation(File, firstLine + tab.Line - 1, tab.Column) : At(e.Start);
            diagnostics.Error(at, Explain(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on a flow list or mapping that is never closed.
            diagnostics.Error(At(parser.LastMark),
                $"ongeldige {Format}: een lijst of blok tussen [ ] of {{ }} wordt niet afgesloten; zet de ] of }} aan het eind van de waarde, of zet de waarde tussen aanhalingstekens");
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's node builder meets an event it does not expect, such as a stray tag or anchor.
            diagnostics.Error(At(parser.LastMark), $"ongeldige {Format} rond deze plek; controleer het inspringen, de aanhalingstekens en tekens als & * ! en |");
            return null;
        }

        return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
    }

    /// <summary>Stops at <see cref="MaxDepth"/> nested lists and mappings, and remembers where the last event started.</summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public Mark LastMark { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            var current = inner.Current!;
            LastMark = current.Start;
            if (current is MappingStart or SequenceStart && ++_depth > MaxDepth)
                throw new YamlException(current.Start, current.End, $"more than {MaxDepth} nested levels");
            if (current is MappingEnd or SequenceEnd) _depth--;
            return true;
        }
    }

    private static bool IsAboutTabs(YamlException e) => InnermostMessage(e).Contains("tab", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first tab in the indentation of a line from <paramref name="fromLine"/> on (1-based line and column).</summary>
    private static (int Line, int Column)? IndentingTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(fromLine - 1, 0); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }

        return null;
    }

    /// <summary>What the quality officer calls the file's language: vakanties.json is JSON, even though YAML reads it.</summary>
    private string Format => File.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "JSON" : "YAML";

    private string Explain(YamlException e)
    {
        var detail = InnermostMessage(e);
        var hint = detail switch
        {
            _ when detail.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
                || detail.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase) =>
                "; staat er een dubbele punt in een waarde? Zet de waarde dan tussen aanhalingstekens",
            _ when detail.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) =>
                "; een sleutel staat er twee keer in",
            _ when detail.Contains("tab", StringComparison.OrdinalIgnoreCase) =>
                "; gebruik spaties om in te springen, geen tabs",
            _ when detail.Contains("nested levels", StringComparison.Ordinal) =>
                $"; lijsten en blokken zijn hier meer dan {MaxDepth} niveaus diep genest, zoveel heeft geen enkele sleutel nodig",
            _ when detail.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) =>
                "; controleer het inspringen en de aanhalingstekens",
            _ => "",
        };
        if (Format == "JSON" && hint.Contains("inspringen", StringComparison.Ordinal)) hint = "; controleer de komma's, haakjes en aanhalingstekens";
        return $"ongeldige {Format} ({detail}){hint}";
    }

    private static string InnermostMessage(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return PositionPrefix().Replace(e.Message, "").Trim();
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
