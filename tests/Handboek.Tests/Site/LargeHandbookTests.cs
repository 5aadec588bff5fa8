using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>Pages of a large handbook run past a megabyte of text; nothing may be cut off.</summary>
public class LargeHandbookTests
{
    [Fact]
    public void The_printable_handbook_and_the_calendar_keep_every_card_of_a_large_handbook()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var body = string.Concat(Enumerable.Repeat("Dit is een lange alinea over de kwaliteit van het onderwijs op school. ", 120));
        for (var i = 0; i < 150; i++)
        {
            input.Write($"kaarten/onderwijs/kaart-{i:D3}.md",
                $"---\ntitel: Kaart {i:D3}\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: leerkracht\nkalendermoment: elke maand\n---\n\n## Bedoeling\n\n{body}\n");
        }

        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        Assert.True(new FileInfo(Path.Combine(site.Dir, "afdrukken/index.html")).Length > 1_100_000, "the book must be over the old 1M-character limit");
        Assert.Equal(151, site.Html("afdrukken/index.html").QuerySelectorAll("article.kaart").Length);
        Assert.Equal(150 * 12 + 1, site.Html("kalender/index.html").QuerySelectorAll("section[data-maand] li.moment").Length);
    }
}
