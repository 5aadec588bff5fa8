using System.Text.RegularExpressions;
using Handboek.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>YAML text from one file, parsed with positions so every problem can name its line and column.</summary>
public sealed partial class YamlSource(string file, int firstLine)
{
    public string File { get; } = file;

    public SourceLocation At(Mark mark) => new(File, firstLine + (int)mark.Line - 1, (int)mark.Column);

    public SourceLocation At(YamlNode node) => At(node.Start);

    /// <summary>The root node, or null after reporting a syntax error. Empty text gives an empty mapping.</summary>
    public YamlNode? Parse(string text, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error(At(e.Start), Explain(e));
            return null;
        }

        return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
    }

    private static string Explain(YamlException e)
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
            _ when detail.Contains("did not find expected", StringComparison.OrdinalIgnoreCase) =>
                "; controleer het inspringen en de aanhalingstekens",
            _ => "",
        };
        return $"ongeldige YAML ({detail}){hint}";
    }

    private static string InnermostMessage(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return PositionPrefix().Replace(e.Message, "").Trim();
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
