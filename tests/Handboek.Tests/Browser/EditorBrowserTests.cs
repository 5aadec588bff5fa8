using Handboek.Building;
using Handboek.Cli.Preview;
using Handboek.Comparing;
using Handboek.Schema;
using Handboek.Tests.Support;
using Microsoft.Playwright;

namespace Handboek.Tests.Browser;

/// <summary>
/// The quality officer edits cards in the form at /beheer/ on her own computer, with 'handboek serve': she picks roles
/// from lists and types no YAML, and what she saves is a card Handboek reads, in a git repository as on GitHub.
/// </summary>
[Trait("Category", "Browser")]
public sealed class EditorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    /// <summary>Set to a folder to keep the screenshots for the documentation (README, "Zo werk je aan het handboek").</summary>
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("HANDBOEK_SCREENSHOTS");

    private readonly GitRepository _repository = new(RepoPaths.Input);
    private readonly List<string> _outside = [];
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _repository.Commit("Voorbeeldhandboek", "2026-11-02T10:00:00+01:00");
        _server = await PreviewServer.StartAsync(Builds.Options(_repository.Input), 0, _repository["voorbeeld"], [_repository.Input], TextWriter.Null, TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _repository.Dispose();
    }

    [Fact]
    public async Task A_card_made_in_the_form_passes_check_and_its_page_shows_the_moment()
    {
        var page = await OpenEditor("#/collections/kaarten-verantwoording/new");

        await Field(page, "Titel").FillAsync("Veiligheidsplan");
        await Choose(Field(page, "Niveau"), "school");
        await Choose(Field(page, "Eigenaar"), "Directeur");
        await Choose(Field(page, "Verantwoordelijke rol"), "Intern begeleider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voeg kalendermoment toe" }).ClickAsync();
        await Field(page, "Wanneer").FillAsync("vóór 1 juli");
        await Field(page, "Wat").FillAsync("Veiligheidsplan vaststellen");
        await Screenshot(page, "beheer-nieuwe-kaart.png");
        await Publish(page);

        var file = _repository["input/kaarten/verantwoording/veiligheidsplan.md"];
        await WaitFor(() => File.Exists(file));
        var check = Builds.Check(_repository.Input);
        Assert.True(check.Succeeded, string.Join('\n', Builds.Messages(check, _repository.Input)) + "\n" + File.ReadAllText(file));
        var card = check.Handbook!.CardById("veiligheidsplan");
        Assert.Equal(("directeur", "ib-er"), (card.Owner, card.Responsible.Single()));
        Assert.Equal("vóór 1 juli", card.Moments.Single().WhenText);

        var cardPage = await browser.NewPageAsync();
        await cardPage.GotoAsync(new Uri(_server.Address, "kaarten/veiligheidsplan/").ToString());
        await Assertions.Expect(cardPage.Locator("h1")).ToHaveTextAsync("Veiligheidsplan");
        await Assertions.Expect(cardPage.GetByText("Veiligheidsplan vaststellen")).ToBeVisibleAsync();
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Moving_a_moment_and_adding_a_consulted_role_is_exactly_what_diff_reports()
    {
        var page = await OpenEditor("#/collections/kaarten-verantwoording/entries/schoolgids");

        await Field(page, "Wanneer").Nth(2).FillAsync("mei");
        await Choose(Field(page, "Geraadpleegd"), "Intern begeleider");
        await Screenshot(page, "beheer-kaart-bewerken.png");
        await Publish(page);

        await WaitFor(() => File.ReadAllText(_repository["input/kaarten/verantwoording/schoolgids.md"]).Contains("wanneer: mei"));
        var comparison = HandbookBuilder.Compare(Builds.Options(_repository.Input), "HEAD");
        Assert.True(comparison.Succeeded, string.Join('\n', comparison.Diagnostics));
        var changes = comparison.Changes!;
        Assert.Equal(
            new MomentChange(MomentChangeKind.Moved, "Schoolgids", "Instemming oudergeleding MR", "juni", "mei"),
            Assert.Single(changes.Moments) with { Before = "juni", After = "mei" });
        Assert.Equal(("Schoolgids", "Intern begeleider", "geen rol", "C"), Assert.Single(changes.Roles) is var r ? (r.Card, r.Role, r.Before, r.After) : default);
        Assert.Equal(CardChangeKind.Changed, Assert.Single(changes.Cards).Kind);
        Assert.Empty(changes.AddedRoles.Concat(changes.RemovedRoles));
        var (before, after) = (Builds.Check(RepoPaths.Input).Handbook!.CardById("schoolgids"), Builds.Check(_repository.Input).Handbook!.CardById("schoolgids"));
        Assert.Equal(Untouched(before), Untouched(after));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task A_role_added_in_the_form_keeps_the_others_and_is_a_choice_for_cards_after_the_rebuild()
    {
        var before = Builds.Check(_repository.Input).Handbook!.Roles;
        var page = await OpenEditor("#/collections/gegevens/entries/rollen");
        await Assertions.Expect(page.GetByText($"{before.Count} rollen")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Voeg rol toe" }).ClickAsync();
        // The new role is the last of the list; the others' fields stay in the page, folded.
        await Field(page, "Id").Last.FillAsync("vertrouwenspersoon");
        await Field(page, "Naam").Last.FillAsync("Vertrouwenspersoon");
        await Choose(Field(page, "Niveau").Last, "school");
        await Publish(page);

        await WaitFor(() => File.ReadAllText(_repository["input/rollen.yml"]).Contains("vertrouwenspersoon"));
        var after = Builds.Check(_repository.Input).Handbook!.Roles;
        Assert.Equal(before.Select(r => r.Id).Append("vertrouwenspersoon"), after.Select(r => r.Id));
        await WaitFor(() => new HttpClient().GetStringAsync(new Uri(_server.Address, "beheer/config.yml")).Result.Contains("value: vertrouwenspersoon"));
        Assert.Empty(_outside);
    }

    [Fact]
    public async Task Every_card_page_and_data_file_saved_unchanged_from_the_form_means_the_same()
    {
        var page = await OpenEditor("");
        await Assertions.Expect(page.GetByText("Kaarten: Verantwoording").First).ToBeVisibleAsync();
        var input = _repository.Input;
        var files = Directory.EnumerateFiles(Path.Combine(input, "kaarten"), "*.md", SearchOption.AllDirectories).Select(f => (f, "handboek-voorblad", InputSchema.Names(InputSchema.Card).Append("body")))
            .Concat(Directory.EnumerateFiles(Path.Combine(input, "paginas"), "*.md").Select(f => (f, "handboek-voorblad", InputSchema.Names(InputSchema.Page).Append("body"))))
            .Append((Path.Combine(input, "handboek.yml"), "handboek-yaml", InputSchema.Names(InputSchema.Settings)))
            .Concat(new[] { "rollen", "scholen", "wetten", "standaarden" }.Select(name => (Path.Combine(input, name + ".yml"), "handboek-yaml", (IEnumerable<string>)["lijst"])));

        foreach (var (file, format, keys) in files)
        {
            var saved = await page.EvaluateAsync<string>(
                "([format, text, keys]) => { const f = CMS.getCustomFormats()[format].formatter; return f.toFile(f.fromFile(text), keys); }",
                new object[] { format, File.ReadAllText(file), keys.ToArray() });
            File.WriteAllText(file, saved);
        }

        var comparison = HandbookBuilder.Compare(Builds.Options(input), "HEAD");
        Assert.True(comparison.Succeeded, string.Join('\n', comparison.Diagnostics));
        Assert.True(comparison.Changes!.None, string.Join("\n", ChangeSummary.Details(comparison.Changes)));
        var (before, after) = (Builds.Check(RepoPaths.Input).Handbook!, Builds.Check(input).Handbook!);
        Assert.Equal(before.Settings, after.Settings);
        Assert.Equal(before.Roles.Select(r => (r.Id, r.Name, r.Description, r.Level, r.IsParticipationBody, string.Join(',', r.Abbreviations))), after.Roles.Select(r => (r.Id, r.Name, r.Description, r.Level, r.IsParticipationBody, string.Join(',', r.Abbreviations))));
        Assert.Equal(before.Laws, after.Laws);
        Assert.Equal(before.Standards.Select(s => (s.Code, s.Name, s.Level)), after.Standards.Select(s => (s.Code, s.Name, s.Level)));
        Assert.Equal(before.Schools, after.Schools);
        Assert.Equal(before.Pages.Select(p => (p.Id, p.Title, p.Summary, p.Order)), after.Pages.Select(p => (p.Id, p.Title, p.Summary, p.Order)));
        Assert.Empty(_outside);
    }

    /// <summary>What the edit above leaves alone, dates and text included, as one comparable value.</summary>
    private static string Untouched(Model.Card card) => string.Join('|',
        card.Title, card.Summary, card.Level, card.Owner, string.Join(',', card.Responsible), string.Join(',', card.Informed),
        string.Join(',', card.LegalRequirements.Select(l => l.Label)), string.Join(',', card.ParticipationRights), string.Join(',', card.Standards),
        card.AdoptedOn, card.RevisedOn, card.NextReview, string.Join(',', card.Related), card.Status, card.Body.Source);

    private async Task<IPage> OpenEditor(string route)
    {
        var page = await browser.NewPageAsync();
        await page.Context.RouteAsync("**/*", async request =>
        {
            if (new Uri(request.Request.Url).Host == "127.0.0.1") await request.ContinueAsync();
            else
            {
                lock (_outside) _outside.Add(request.Request.Url);
                await request.AbortAsync();
            }
        });
        await page.GotoAsync(new Uri(_server.Address, "beheer/").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.GotoAsync(new Uri(_server.Address, "beheer/" + route).ToString());
        return page;
    }

    /// <summary>A select field: open it, type what the quality officer sees (the role's name), pick it.</summary>
    private static async Task Choose(ILocator input, string option)
    {
        await input.FillAsync(option);
        await input.PressAsync("Enter");
    }

    /// <summary>A field by its label as the form shows it: optional fields say "(optioneel)" after it.</summary>
    private static ILocator Field(IPage page, string label) =>
        page.GetByLabel(new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(label)}( \\(optioneel\\))?$"));

    private static async Task Publish(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceer", Exact = true }).ClickAsync();
        await page.GetByText("Publiceer nu").ClickAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        if (ScreenshotFolder is null) return;
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name) });
    }

    /// <summary>The form saves through the server in the background.</summary>
    private static async Task WaitFor(Func<bool> done)
    {
        for (var i = 0; i < 100 && !done(); i++) await Task.Delay(100);
        Assert.True(done());
    }
}
