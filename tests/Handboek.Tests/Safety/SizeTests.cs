using System.Globalization;
using System.Text;
using Handboek.Tests.Support;

namespace Handboek.Tests.Safety;

/// <summary>Input far larger than any board's gets a warning, and no page grows as cards × roles.</summary>
public class SizeTests
{
    [Fact]
    public void Thousands_of_roles_and_hundreds_of_moments_get_a_warning_and_the_matrix_page_stays_small()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var roles = new StringBuilder(File.ReadAllText(input["rollen.yml"]));
        for (var i = 0; i < 1_001; i++) roles.Append(CultureInfo.InvariantCulture, $"- id: rol-{i}\n  naam: Rol {i}\n  niveau: school\n");
        input.Write("rollen.yml", roles.ToString());
        for (var card = 0; card < 250; card++)
        {
            var moments = card == 0 ? string.Concat(Enumerable.Range(0, 501).Select(m => $"  - wanneer: oktober\n    wat: Stap {m}\n")) : "  - juni\n";
            input.Write($"kaarten/extra/kaart-{card}.md",
                $"---\ntitel: Kaart {card}\nniveau: school\neigenaar: rol-{card}\nverantwoordelijke_rol: rol-{card + 1}\nkalendermoment:\n{moments}---\n");
        }

        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        var warnings = site.Result.Diagnostics.Select(d => d.Message).ToList();
        Assert.Contains(warnings, m => m.StartsWith("rollen.yml heeft 1007 rollen, meer dan 1000", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.StartsWith("kaart 'kaart-0' heeft 501 kalendermomenten, meer dan 500", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("te groot voor één matrix", StringComparison.Ordinal));
        var matrix = site.Html("rollen/index.html");
        Assert.Null(matrix.QuerySelector("table.matrix"));
        Assert.Equal(1_007, matrix.QuerySelectorAll("main h2 + ul > li > a").Length);
        Assert.Equal(252, site.Text("rollen/matrix.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
