using System.Globalization;
using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Model;
using Handboek.Scheduling;
using Handboek.Tests.Support;

namespace Handboek.Tests.Scheduling;

/// <summary>Runs every row of Specs/wanneer.md.</summary>
public class WhenSpecTests
{
    /// <summary>The example handbook's school holidays (the Rijksoverheid's data), for the moments anchored to them.</summary>
    private static readonly IReadOnlyList<Holiday> Holidays = HolidayReader.Read(new InputBoundary(RepoPaths.Input), new DiagnosticBag());

    /// <summary>wanneer, schooljaar, the holiday region ("" for a table without that column) and the result.</summary>
    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in SpecFile.Read("wanneer.md").SelectMany(s => s.TableRows).Where(r => r[0] != "wanneer"))
            data.Add(row[0], row[1], row.Count == 4 ? row[2] : "", row[^1]);
        return data;
    }

    [Fact]
    public void The_spec_has_cases_for_every_form() => Assert.True(Rows().Count >= 50, $"only {Rows().Count} rows in wanneer.md");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Resolves_as_documented(string wanneer, string schooljaar, string regio, string expected)
    {
        Assert.True(SchoolYear.TryParse(schooljaar, out var year));
        var actual = Resolve(wanneer, year, regio);

        if (expected.EndsWith("...", StringComparison.Ordinal))
            Assert.StartsWith(expected[..^3], actual);
        else
            Assert.Equal(expected, actual);
    }

    private static string Resolve(string wanneer, SchoolYear year, string region)
    {
        if (!WhenParser.TryParse(wanneer, out var when, out var error)) return "fout: " + error;
        if (when is When.Anchored anchored)
        {
            return SchoolYearAnchors.TryResolve(anchored, wanneer, year, Holidays, [region], out var byRegion, out error)
                ? Format(byRegion[region])
                : "fout: " + error;
        }

        if (!WhenResolver.TryResolve(when, year, out var periods, out error)) return "fout: " + error;
        return when is When.Ongoing ? "doorlopend" : string.Join(", ", periods.Select(Format));
    }

    private static string Format(Period p) =>
        p.From.Day == 1 && p.To == p.From.AddMonths(1).AddDays(-1) ? p.From.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : p.From == p.To ? p.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{p.From:yyyy-MM-dd}..{p.To:yyyy-MM-dd}";
}
