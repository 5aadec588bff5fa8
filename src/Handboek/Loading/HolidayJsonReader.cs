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
        var source = new YamlSource(path, firstLine: 1);
        if (InputFile.Read(path, input, diagnostics) is not { } text || source.Parse(text, diagnostics) is not { } root) return [];

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
                if (ReadYear(content, diagnostics) is { } year) years.Add(year);
            }
        }

        return years;
    }

    private static HolidayYear? ReadYear(MappingReader content, DiagnosticBag diagnostics)
    {
        var year = ReferenceDataLoader.ReadSchoolYear(content, diagnostics, "schoolyear");
        if (year is null)
        {
            if (content.Node("schoolyear") is null) content.Error(content.Location, "verplicht veld 'schoolyear' ontbreekt of is leeg");
            return null;
        }

        var holidays = new List<Holiday>();
        foreach (var vacation in content.Blocks("vacations"))
        {
            var name = vacation.Text("type", required: true)?.Value;
            foreach (var region in vacation.Blocks("regions"))
            {
                var regionName = region.Choice("region", HolidayReader.HolidayRegions, required: true);
                var start = AmsterdamDate(region, "startdate");
                var einde = AmsterdamDate(region, "enddate");
                if (start is null || einde is null || name is null || regionName is null) continue;
                if (einde.Value.Value < start.Value.Value)
                    region.Error(einde.Value.At, $"'enddate' ({einde.Value.Value:yyyy-MM-dd}) ligt vóór 'startdate' ({start.Value.Value:yyyy-MM-dd})");
                else
                    holidays.Add(new Holiday(name, regionName, start.Value.Value, einde.Value.Value));
            }
        }

        return new HolidayYear(year.Value.ToString(), holidays, content.Location);
    }

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
