using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>
/// What the body of a card looks like on its page and in the printable handbook: checklists a screen reader can
/// read, an "Op deze pagina" list that names the headings as a reader sees them, and in-page links that keep working
/// when every card shares one page.
/// </summary>
public sealed class CardBodyTests : IDisposable
{
    private const string Body = """
        ## Bedoeling & `doel`

        Zie [de werkwijze](#werkwijze).

        ## Werkwijze

        - [ ] Dicht bij elkaar
        - [x] Afgevinkt
          - geneste stap

        1. [ ] Los van elkaar

        2. [ ] Tweede

        ## Borging *en* evaluatie

        ```
        Onderwerp: evaluatie
          1. terugblik
        ```
        """;

    [Fact]
    public void Every_checkbox_of_a_checklist_is_labelled_with_its_own_text()
    {
        var page = _site.Html("kaarten/body/index.html");

        var labels = page.QuerySelectorAll("article li.task-list-item label").ToList();
        Assert.Equal(["Dicht bij elkaar", "Afgevinkt", "Los van elkaar", "Tweede"], labels.Select(l => l.TextContent.Trim()));
        Assert.All(labels, l => Assert.NotNull(l.QuerySelector("input[type=checkbox][disabled]")));
        Assert.True(page.QuerySelectorAll("input[type=checkbox]")[1].HasAttribute("checked"));
        Assert.Null(labels[1].QuerySelector("ul"));
    }

    [Fact]
    public void Op_deze_pagina_names_the_headings_as_a_reader_sees_them_and_links_to_them()
    {
        var page = _site.Html("kaarten/body/index.html");

        var links = page.QuerySelectorAll(".op-deze-pagina a").ToList();
        Assert.Equal(["Bedoeling & doel", "Werkwijze", "Borging en evaluatie"], links.Select(a => a.TextContent));
        Assert.All(links, a => Assert.Equal("H2", page.GetElementById(a.GetAttribute("href")![1..])?.TagName));
        Assert.Equal("werkwijze", page.QuerySelector("article p a[href^='#']")!.GetAttribute("href")![1..]);
    }

    [Fact]
    public void In_the_printable_handbook_ids_and_in_page_links_belong_to_their_card()
    {
        var book = _site.Html("afdrukken/index.html");

        var card = book.GetElementById("kaart-body")!;
        Assert.Equal("#body-werkwijze", card.QuerySelector("a[href^='#']")!.GetAttribute("href"));
        Assert.Equal("Werkwijze", book.GetElementById("body-werkwijze")!.TextContent);
        var ids = book.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(book.QuerySelectorAll("a[href^='#']"), a => Assert.NotNull(book.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public void A_code_block_keeps_its_spaces_on_the_card_page_and_in_the_printable_handbook()
    {
        foreach (var page in new[] { _site.Html("kaarten/body/index.html"), _site.Html("afdrukken/index.html") })
            Assert.Equal("Onderwerp: evaluatie\n  1. terugblik\n", page.QuerySelector("#kaart-body pre")!.TextContent);
    }

    private readonly TempFolder _input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
    private readonly BuiltSite _site;

    public CardBodyTests()
    {
        _input.Write("kaarten/onderwijs/body.md",
            $"---\ntitel: Body\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: leerkracht\nkalendermoment: doorlopend\n---\n\n{Body}\n");
        _input.Write("kaarten/onderwijs/tweede.md",
            "---\ntitel: Tweede\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: leerkracht\nkalendermoment: doorlopend\n---\n\n## Werkwijze\n\nNaar [boven](#werkwijze).\n");
        _site = new BuiltSite(_input.Path);
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics));
    }

    public void Dispose()
    {
        _site.Dispose();
        _input.Dispose();
    }
}
