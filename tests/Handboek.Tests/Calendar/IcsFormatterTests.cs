using System.Text;
using Handboek.Calendar;
using IcalCalendar = Ical.Net.Calendar;

namespace Handboek.Tests.Calendar;

/// <summary>Text an agenda must get back exactly, however long, however escaped and whatever its characters.</summary>
public class IcsFormatterTests
{
    [Theory]
    [InlineData("Evaluatie schoolplan; ouders, team en MR \\ bestuur")]
    [InlineData("Coördinatie: één overleg met de intern begeleider over zorg en ondersteuning in groep één en twee")]
    [InlineData("Rapportage 📊 aan de raad van toezicht 📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊📊")]
    [InlineData("Kaart: Schoolplan\nRol: Directeur\r\nWanneer: juni 2027\nhttps://handboek.example.nl/kaarten/schoolplan/")]
    [InlineData(";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;")]
    public void Long_escaped_and_non_ascii_text_comes_back_unchanged_from_folded_lines_of_at_most_75_octets(string text)
    {
        var bytes = IcsFormatter.Format("Kalender", text, [new IcsEvent("a@b", new(2026, 9, 1), new(2026, 9, 2), new IcsRevision(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero), 0, false), new IcsEventText(text, text, "https://handboek.example.nl/", [text]))]).ToArray();

        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.DoesNotContain('\uFFFD', string.Concat(lines));
        var e = Assert.Single(IcalCalendar.Load(Encoding.UTF8.GetString(bytes))!.Events);
        var expected = text.ReplaceLineEndings("\n");
        Assert.Equal(expected, e.Summary);
        Assert.Equal(expected, e.Description);
        Assert.Equal(expected, Assert.Single(e.Categories));
    }
}
