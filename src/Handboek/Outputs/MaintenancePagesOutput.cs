using Handboek.Text;
using System.Globalization;
using Handboek.Calendar;
using Handboek.Maintenance;
using Handboek.Model;
using Handboek.Rendering;
using Handboek.Scheduling;

namespace Handboek.Outputs;

/// <summary>
/// /onderhoud/ for the quality officer and the board: what is due (<see cref="MaintenanceReport"/>) with filters by
/// eigenaar and niveau; the same rows as /onderhoud/onderhoud.csv; and per eigenaar the review dates of its cards as
/// an agenda ("herzieningen").
/// </summary>
public sealed class MaintenancePagesOutput : ISiteOutput
{
    private static readonly Dictionary<MaintenanceKind, (string Id, string Title, string Explanation)> Sections = new()
    {
        [MaintenanceKind.ReviewOverdue] = ("verstreken", "Herziening verstreken", "De volgende herziening ligt voor vandaag."),
        [MaintenanceKind.ReviewWithin3Months] = ("binnen-3-maanden", "Herziening binnen 3 maanden", "Plan de herziening nu in."),
        [MaintenanceKind.ReviewWithin6Months] = ("binnen-6-maanden", "Herziening binnen 6 maanden", ""),
        [MaintenanceKind.ReviewWithin12Months] = ("binnen-12-maanden", "Herziening binnen 12 maanden", ""),
        [MaintenanceKind.PastCycle] = ("cyclus", "Langer niet herzien dan de cyclus", "herzien_op (of vastgesteld_op) ligt verder terug dan de langste cyclus van de momenten van de kaart, of een jaar."),
        [MaintenanceKind.Concept] = ("concept", "Concepten", "Kaarten met status concept: nog niet vastgesteld."),
        [MaintenanceKind.NoMoments] = ("zonder-moment", "Zonder kalendermoment", "Deze kaarten staan in geen enkele kalender."),
        [MaintenanceKind.NoLegalBasis] = ("zonder-grondslag", "Zonder wettelijke eis", "wettelijke_eis is leeg; zet 'geen' als er geen wettelijke eis is."),
        [MaintenanceKind.CheckWarning] = ("meldingen", "Meldingen van de controle", "Elke waarschuwing van handboek check, met bestand en regel, zoals ontbrekende besluiten (instemming of goedkeuring)."),
    };

    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var urls = site.Urls;
        var items = new Lazy<IReadOnlyList<MaintenanceItem>>(() => MaintenanceReport.Of(site.Handbook, site.Today, site.Warnings, site.InputDir));
        var owners = site.Handbook.Cards.Where(c => c.NextReview is not null).Select(c => c.Owner).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var feedRoles = site.Handbook.Roles.Where(r => owners.Contains(r.Id)).ToList();

        yield return new OutputFile(urls.OutputPathOf(urls.Maintenance), () =>
            site.Pages.Render("onderhoud", new PageView("Onderhoud", urls.Maintenance, "Wat er aan het handboek te doen is: herzieningen, concepten en meldingen.", "onderhoud"), "onderhoud",
                View(site, items.Value, feedRoles)));
        yield return CsvFile.Of(urls.OutputPathOfFile(urls.MaintenanceCsv), () => CsvRows(site, items.Value));
        foreach (var role in feedRoles)
            yield return new OutputFile(urls.OutputPathOfFile(urls.ReviewFeed(role.Id)), () => ReviewFeed(site, role));
    }

    private static MaintenanceView View(SiteContext site, IReadOnlyList<MaintenanceItem> items, IReadOnlyList<Role> feedRoles)
    {
        var levels = new[] { CardLevel.Board, CardLevel.School, CardLevel.Both };
        var owners = site.Handbook.Roles.Where(r => site.Handbook.Cards.Any(c => c.Owner == r.Id)).ToList();
        return new MaintenanceView(
            DutchFormat.Date(site.Today)!,
            [
                new FilterView("eigenaar", "Eigenaar", "Alle eigenaren", owners.Select(r => new FilterOption(r.Id, r.Name)).ToList()),
                new FilterView("niveau", "Niveau", "Alle niveaus", levels.Select(l => new FilterOption(l.Id(), l.Id())).ToList()),
            ],
            items.GroupBy(i => i.Kind).Select(g => new MaintenanceSection(
                Sections[g.Key].Id,
                Sections[g.Key].Title,
                Sections[g.Key].Explanation,
                g.Select(i => new MaintenanceRow(
                    i.Card is { } card ? site.Cards.Link(card) : null,
                    i.Card is { } c ? RoleView.Of(site.Handbook.RoleById(c.Owner), site.Urls) : null,
                    i.Card?.Level.Id() ?? "",
                    DutchFormat.Date(i.Date),
                    i.Note)).ToList())).ToList(),
            site.Urls.MaintenanceCsv,
            feedRoles.Select(r => new LinkView(r.Name, site.Urls.ReviewFeed(r.Id))).ToList());
    }

    private static IEnumerable<IReadOnlyList<string>> CsvRows(SiteContext site, IReadOnlyList<MaintenanceItem> items) =>
    [
        ["soort", "kaart", "titel", "eigenaar", "niveau", "datum", "toelichting"],
        .. items.Select(item => (IReadOnlyList<string>)
        [
            Sections[item.Kind].Id,
            item.Card?.Id ?? "",
            item.Card?.Title ?? "",
            item.Card is { } c ? site.Handbook.RoleById(c.Owner).Name : "",
            item.Card?.Level.Id() ?? "",
            item.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            item.Note,
        ]),
    ];

    private static FileContent ReviewFeed(SiteContext site, Role role)
    {
        var host = site.Handbook.Settings.BaseUrl.Host;
        var events = site.Handbook.Cards.Where(c => c.Owner == role.Id && c.NextReview is not null).OrderBy(c => c.NextReview).ThenBy(c => c.Id, StringComparer.Ordinal).Select(card =>
        {
            var url = site.Urls.Absolute(site.Urls.Card(card.Id));
            var text = new IcsEventText(
                $"Herziening: {card.Title}",
                $"De kaart {card.Title} moet uiterlijk vandaag opnieuw bekeken zijn (volgende_herziening).\nEigenaar: {role.Name}\n{url}",
                url,
                [role.Name, "Herziening"]);
            return new IcsEvent($"{card.FirstId}.herziening@{host}", card.NextReview!.Value, card.NextReview.Value.AddDays(1), CalendarFeedsOutput.Revision(site, card), text);
        });
        return IcsFormatter.Format($"Herzieningen {role.Name}", $"De herzieningen van de kaarten waarvan {role.Name} eigenaar is, uit het kwaliteitshandboek van {site.Handbook.Settings.Name}.", events);
    }
}
