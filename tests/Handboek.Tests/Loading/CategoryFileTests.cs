using Handboek.Tests.Support;

namespace Handboek.Tests.Loading;

/// <summary>categorieen.yml names the categories and sets their order; without it a folder's name is shown in words.</summary>
public sealed class CategoryFileTests
{
    [Fact]
    public void Categorieen_yml_names_the_categories_and_orders_the_menu()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Input, "input").Write("input/categorieen.yml", """
            - id: verantwoording
              naam: Verantwoording en toezicht
              volgorde: 1
            - id: onderwijs
              naam: Onderwijs en resultaten
              volgorde: 2
            """);

        using var site = new BuiltSite(folder["input"]);

        var menu = site.Html("index.html").QuerySelectorAll(".hoofdnavigatie a:not(.voor-mij-link)").Select(a => a.TextContent).Skip(2).ToList();
        Assert.Equal(["Verantwoording en toezicht", "Onderwijs en resultaten", "Kwaliteitszorg", "Personeel", "Sociale veiligheid"], menu);
        Assert.Equal("Onderwijs en resultaten", site.Html("kaarten/schooladvies/index.html").QuerySelector(".kruimelpad li:nth-child(2)")!.TextContent);
    }

    [Fact]
    public void A_category_id_that_is_not_a_folder_name_is_an_error_with_the_name_to_write()
    {
        using var folder = new TempFolder();
        folder.CopyFrom(RepoPaths.Input, "input").Write("input/categorieen.yml", "- id: Onderwijs en resultaten\n  naam: Onderwijs\n");

        var messages = Builds.Messages(Builds.Check(folder["input"]), folder["input"]);

        Assert.Contains("categorieen.yml:1:7: fout: 'Onderwijs en resultaten' is geen categorie zoals kaarten hem hebben; schrijf de naam van de map, zoals onderwijs-en-resultaten", messages);
    }
}
