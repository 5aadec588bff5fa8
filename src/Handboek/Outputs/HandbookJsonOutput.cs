using Handboek.Text;
using Handboek.Model;

namespace Handboek.Outputs;

/// <summary>
/// /handboek.json: the whole validated model for integrations. Its field names are a public contract:
/// add fields, never rename them.
/// </summary>
public sealed class HandbookJsonOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        yield return new OutputFile("handboek.json", () => Render(site));
    }

    private static FileContent Render(SiteContext site)
    {
        var h = site.Handbook;
        var json = new HandbookJson(
            h.Settings.Name,
            h.Settings.BaseUrl.AbsoluteUri,
            h.Settings.SchoolYear.ToString(),
            h.Cards.Select(c => Card(site, c)).ToList(),
            h.Roles.Select(r => new RoleJson(r.Id, r.Name, r.Description, r.Level.Id())).ToList(),
            h.Laws.Select(l => new LawJson(l.Id, l.Name, l.Bwb)).ToList(),
            h.Standards.Select(s => new StandardJson(s.Code, s.Name, s.Level)).ToList(),
            h.Schools.Select(s => new SchoolJson(s.Id, s.Name, s.Brin, s.Place, s.Region)).ToList());
        return JsonFile.Serialize(json);
    }

    private static CardJson Card(SiteContext site, Card c) => new(
        c.Id,
        c.Title,
        site.Urls.Absolute(site.Urls.Card(c.Id)),
        c.Summary,
        c.Category.Name,
        c.Level.Id(),
        c.Status.Id(),
        c.Owner,
        c.Responsible,
        c.Consulted,
        c.Informed,
        c.Approval,
        c.ParticipationRights.Select(m => new ParticipationJson(m.Body, m.Right.Id())).ToList(),
        c.LegalRequirements.Select(e => new LegalJson(e.LawId, e.Article, e.Paragraph, e.Item, e.Url)).ToList(),
        c.Standards,
        c.Moments.SelectMany(m => Moments(m, site.Handbook.Settings.SchoolYear)).ToList(),
        c.Related,
        c.AdoptedOn,
        c.RevisedOn,
        c.NextReview,
        c.SourcePath,
        c.Decisions.Select(d => new DecisionJson(d.Date, d.Body, d.Kind.Id(), d.Document)).ToList(),
        c.PreviousIds);

    /// <summary>
    /// One entry per dated period; an undated moment, or one whose cycle skips this year, is one entry without dates
    /// (the latter with the school year it is next due), so no moment of a card is missing from the data.
    /// </summary>
    private static IEnumerable<MomentJson> Moments(CalendarMoment m, SchoolYear year)
    {
        var cycle = m.Cycle.Name;
        var from = m.Cycle.From?.ToString();
        if (!m.InSchoolYear) return [new MomentJson(m.What, m.RoleId, null, null, m.Ongoing, m.WhenText, m.When.Kind.Id(), cycle, from, m.Cycle.NextHit(year).ToString())];
        if (m.Ongoing) return [new MomentJson(m.What, m.RoleId, null, null, true, m.WhenText, m.When.Kind.Id(), cycle, from, null)];
        return m.Periods.Select(p => new MomentJson(m.What, m.RoleId, p.From, p.To, false, m.WhenText, m.When.Kind.Id(), cycle, from, null));
    }

    private sealed record HandbookJson(
        string Naam,
        string BasisUrl,
        string Schooljaar,
        IReadOnlyList<CardJson> Kaarten,
        IReadOnlyList<RoleJson> Rollen,
        IReadOnlyList<LawJson> Wetten,
        IReadOnlyList<StandardJson> Standaarden,
        IReadOnlyList<SchoolJson> Scholen);

    private sealed record CardJson(
        string Id,
        string Titel,
        string Url,
        string? Samenvatting,
        string Categorie,
        string Niveau,
        string Status,
        string Eigenaar,
        IReadOnlyList<string> VerantwoordelijkeRol,
        IReadOnlyList<string> Geraadpleegd,
        IReadOnlyList<string> Geinformeerd,
        IReadOnlyList<string> Goedkeuring,
        IReadOnlyList<ParticipationJson> Medezeggenschap,
        IReadOnlyList<LegalJson> WettelijkeEis,
        IReadOnlyList<string> Inspectiekader,
        IReadOnlyList<MomentJson> Momenten,
        IReadOnlyList<string> Gerelateerd,
        DateOnly? VastgesteldOp,
        DateOnly? HerzienOp,
        DateOnly? VolgendeHerziening,
        string Bron,
        IReadOnlyList<DecisionJson> Besluiten,
        IReadOnlyList<string> VorigeIds);

    private sealed record DecisionJson(DateOnly Datum, string Orgaan, string Besluit, string? Document);

    private sealed record RoleJson(string Id, string Naam, string Omschrijving, string Niveau);

    private sealed record LawJson(string Id, string Naam, string Bwb);

    private sealed record StandardJson(string Code, string Naam, string Niveau);

    private sealed record SchoolJson(string Id, string Naam, string Brin, string Plaats, string? Regio);

    private sealed record ParticipationJson(string Orgaan, string Recht);

    private sealed record LegalJson(string Wet, string Artikel, string? Lid, string? Sub, string Url);

    /// <param name="Soort">uiterlijk, dag, periode, maand, week or doorlopend: "uiterlijk" means done by <c>tot</c>.</param>
    /// <param name="Cyclus">jaarlijks, tweejaarlijks, ...; <paramref name="Vanaf"/> is the first school year of a longer cycle.</param>
    /// <param name="VolgendSchooljaar">Set when the cycle skips this school year: when it is due next; then van and tot are empty.</param>
    private sealed record MomentJson(string Wat, string Rol, DateOnly? Van, DateOnly? Tot, bool Doorlopend, string Wanneer, string Soort, string Cyclus, string? Vanaf, string? VolgendSchooljaar);
}
