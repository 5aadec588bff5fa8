using System.Globalization;
using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Scheduling;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>
/// Reads vakanties.json: the school holidays as the Rijksoverheid publishes them as open data (infotype
/// schoolholidays, one document per school year), saved as downloaded; several documents may stand in one JSON list.
/// Each document has <c>content[]</c> with <c>schoolyear</c> and <c>vacations[]</c>; a vacation has <c>type</c> and
/// <c>regions[]</c> with <c>region</c>, <c>startdate</c> and <c>enddate</c>, timestamps of midnight in Amsterdam
/// written in UTC. Every other field is left alone.
/// </summary>
/// <remarks>JSON is YAML, so the file is parsed by the same reader as the YAML files: every problem gets its line and column.</remarks>
public static class HolidayJsonReader
{
    public static IReadOnlyList<HolidayYear> Read(string path, InputBoundary input, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return [];
        if (YamlSource.Load(path, input, diagnostics) is not var (source, root)) return [];

        var documents = root switch
        {
            YamlSequenceNode list => list.Children,
            YamlMappingNode { Children.Count: > 0 } document => [document],
            _ => [],
        };
        if (documents.Count == 0)
        {
            diagnostics.Error(source.At(root), "vakanties.json bevat geen schoolvakanties; sla het bestand van de Rijksoverheid op zoals het is (met 'content')");
            return [];
        }

        var years = new List<HolidayYear>();
        foreach (var document in documents)
        {
            if (document is not YamlMappingNode mapping)
            {
                diagnostics.Error(source.At(document), "elk document in vakanties.json moet een object met 'content' zijn, zoals de Rijksoverheid het publiceert");
                continue;
            }

            var reader = new MappingReader(source, mapping, diagnostics);
            if (reader.Node("content") is null) reader.Error(reader.Location, "verplicht veld 'content' ontbreekt; is dit het bestand met schoolvakanties van de Rijksoverheid?");
            foreach (var content in reader.Blocks("content"))
            {
                if (HolidayReader.ReadYear(content, OpenDataKeys) is { } year) years.Add(year);
            }
        }

        return years;
    }

    /// <summary>The Rijksoverheid's own keys; dates are timestamps of midnight in Amsterdam.</summary>
    private static readonly HolidayKeys OpenDataKeys = new("schoolyear", "vacations", "type", "regions", "region", "startdate", "enddate", AmsterdamDate);

    /// <summary>The date in Amsterdam of a timestamp such as <c>2026-10-09T22:00:00.000Z</c> (10 October 2026).</summary>
    private static Located<DateOnly>? AmsterdamDate(MappingReader reader, string key)
    {
        if (reader.Text(key, required: true) is not { } text) return null;
        if (DateTimeOffset.TryParse(text.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return new Located<DateOnly>(AmsterdamTime.DateOf(moment), text.At);

        reader.Error(text.At, $"'{key}' is geen tijdstip zoals in het bestand van de Rijksoverheid, bijvoorbeeld 2026-10-09T22:00:00.000Z (nu: '{text.Value}')");
        return null;
    }
}
