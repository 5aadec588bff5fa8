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
        var years = ListFileReader.Read(Path.Combine(input.Dir, "vakanties.yml"), input, diagnostics, ["schooljaar", "vakanties"], reader => ReadYear(reader, DutchKeys), y => y.Year)
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

    /// <summary>vakanties.yml: the Rijksoverheid's nesting with Dutch keys and plain dates; unknown keys are typos.</summary>
    private static readonly HolidayKeys DutchKeys = new("schooljaar", "vakanties", "naam", "regios", "regio", "start", "einde", (region, key) => region.Date(key, required: true))
    {
        OnlyKeys = true,
    };

    /// <summary>
    /// One school year of holidays, in either file: per vacation its name, and per region its dates. A vacation whose
    /// dates are the wrong way round is reported; one with a missing part is left out after its own message.
    /// </summary>
    internal static HolidayYear? ReadYear(MappingReader reader, HolidayKeys keys)
    {
        if (reader.SchoolYear(keys.Year, required: true) is not { } year) return null;

        var holidays = new List<Holiday>();
        foreach (var vacation in reader.Blocks(keys.Vacations))
        {
            if (keys.OnlyKeys) vacation.WarnAboutUnknownKeys([keys.Name, keys.Regions]);
            var name = vacation.Text(keys.Name, required: true)?.Value;
            foreach (var region in vacation.Blocks(keys.Regions))
            {
                if (keys.OnlyKeys) region.WarnAboutUnknownKeys([keys.Region, keys.Start, keys.End]);
                var regionName = region.Choice(keys.Region, HolidayRegions, required: true);
                var start = keys.Date(region, keys.Start);
                var end = keys.Date(region, keys.End);
                if (start is null || end is null) continue;
                if (end.Value.Value < start.Value.Value)
                    region.Error(end.Value.At, $"'{keys.End}' ({end.Value.Value:yyyy-MM-dd}) ligt vóór '{keys.Start}' ({start.Value.Value:yyyy-MM-dd})");
                else if (name is not null && regionName is not null)
                    holidays.Add(new Holiday(name, regionName, start.Value.Value, end.Value.Value));
            }
        }

        return new HolidayYear(year.Value.ToString(), holidays, reader.Location);
    }
}

/// <summary>
/// The keys of a holiday file, which differ between vakanties.yml and vakanties.json, and how a date is written in it.
/// </summary>
/// <param name="Date">Reads a required date from a region block, reporting what is wrong.</param>
internal sealed record HolidayKeys(string Year, string Vacations, string Name, string Regions, string Region, string Start, string End, Func<MappingReader, string, Located<DateOnly>?> Date)
{
    /// <summary>Whether any other key in a vacation or region is a typo to warn about; the open data has more fields, left alone.</summary>
    public bool OnlyKeys { get; init; }
}

/// <summary>The holidays of one school year, and where the year starts in its file.</summary>
public sealed record HolidayYear(string Year, IReadOnlyList<Holiday> Holidays, SourceLocation At);
