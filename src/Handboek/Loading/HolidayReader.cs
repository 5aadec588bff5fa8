using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Loading;

/// <summary>
/// Reads the school holidays: the optional vakanties.yml (per school year a list of holidays, each with its dates per
/// region, nested like the Rijksoverheid open data) and the optional vakanties.json (that open data as downloaded,
/// see <see cref="HolidayJsonReader"/>). A school year is in one of the two.
/// </summary>
public static class HolidayReader
{
    /// <summary>Regions a school can be in; a holiday may also be for the whole country.</summary>
    public static readonly IReadOnlyList<string> SchoolRegions = ["noord", "midden", "zuid"];

    internal static readonly IReadOnlyList<string> HolidayRegions = [.. SchoolRegions, Holiday.Nationwide];

    public static IReadOnlyList<Holiday> Read(InputBoundary input, DiagnosticBag diagnostics)
    {
        var years = ListFileReader.Read(Path.Combine(input.Dir, "vakanties.yml"), input, diagnostics, ["schooljaar", "vakanties"], reader => ReadYear(reader, diagnostics), y => y.Year)
            .Concat(HolidayJsonReader.Read(Path.Combine(input.Dir, "vakanties.json"), input, diagnostics))
            .ToList();
        var byYear = years.GroupBy(y => y.Year).ToList();
        foreach (var group in byYear)
        {
            foreach (var again in group.Skip(1))
            {
                diagnostics.Error(again.At,
                    $"het schooljaar {group.Key} staat ook in {Path.GetFileName(group.First().At.File)} (regel {group.First().At.Line}); houd één van de twee");
            }
        }

        return byYear.SelectMany(g => g.First().Holidays).ToList();
    }

    private static HolidayYear? ReadYear(MappingReader reader, DiagnosticBag diagnostics)
    {
        var year = ReferenceDataLoader.ReadSchoolYear(reader, diagnostics);
        if (year is null)
        {
            if (reader.Node("schooljaar") is null) reader.Error(reader.Location, "verplicht veld 'schooljaar' ontbreekt of is leeg");
            return null;
        }

        var holidays = new List<Holiday>();
        foreach (var vacation in reader.Blocks("vakanties"))
        {
            vacation.WarnAboutUnknownKeys(["naam", "regios"]);
            var name = vacation.Text("naam", required: true)?.Value;
            foreach (var region in vacation.Blocks("regios"))
            {
                region.WarnAboutUnknownKeys(["regio", "start", "einde"]);
                var regionName = region.Choice("regio", HolidayRegions, required: true);
                var start = region.Date("start");
                var end = region.Date("einde");
                if (start is null || end is null)
                {
                    if (start is null && region.Node("start") is null) region.Error(region.Location, "verplicht veld 'start' ontbreekt of is leeg");
                    if (end is null && region.Node("einde") is null) region.Error(region.Location, "verplicht veld 'einde' ontbreekt of is leeg");
                    continue;
                }

                if (end.Value.Value < start.Value.Value)
                    region.Error(end.Value.At, $"'einde' ({end.Value.Value:yyyy-MM-dd}) ligt vóór 'start' ({start.Value.Value:yyyy-MM-dd})");
                else if (name is not null && regionName is not null)
                    holidays.Add(new Holiday(name, regionName, start.Value.Value, end.Value.Value));
            }
        }

        return new HolidayYear(year.Value.ToString(), holidays, reader.Location);
    }
}

/// <summary>The holidays of one school year, and where the year starts in its file.</summary>
public sealed record HolidayYear(string Year, IReadOnlyList<Holiday> Holidays, SourceLocation At);
