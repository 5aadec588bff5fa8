using Handboek.Coverage;
using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>
/// What the handbook covers, for the board before an inspection visit: /inspectiekader/ (the standards of
/// standaarden.yml by niveau, each with the cards that name it) with a page per standard, and /wetten/ (per law the
/// cited articles, each with its cards and its text on wetten.overheid.nl) with a page per law, and /verplichtingen/
/// (the obligations of verplichtingen.yml with the cards that cover them).
/// </summary>
public sealed class CoveragePagesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var urls = site.Urls;
        yield return new OutputFile(urls.OutputPathOf(urls.Standards), () =>
            site.Pages.Render("dekking", new PageView("Inspectiekader", urls.Standards, "Welke standaarden van het onderzoekskader de kaarten dekken.", "dekking"), "dekking", Standards(site)));
        foreach (var cover in StandardCoverage.Of(site.Handbook))
        {
            if (urls.Standard(cover.Standard.Code) is not { } url) continue;
            yield return new OutputFile(urls.OutputPathOf(url), () =>
            {
                var s = cover.Standard;
                var view = new StandardPageView(s.Code, s.Name, s.Level, cover.Cards.Select(site.Cards.Link).ToList(), urls.Standards);
                return site.Pages.Render("standaard", new PageView($"{s.Code} {s.Name}", url, $"De kaarten bij standaard {s.Code} {s.Name} van het onderzoekskader.", "dekking"), "standaard", view);
            }, cover.Cards.Select(c => c.Id).ToHashSet(StringComparer.Ordinal));
        }

        yield return new OutputFile(urls.OutputPathOf(urls.Obligations), () =>
            site.Pages.Render("dekking", new PageView("Wettelijke verplichtingen", urls.Obligations, "Welke wettelijke verplichtingen de kaarten dekken.", "dekking"), "dekking", Obligations(site)));

        var laws = LawCoverage.Of(site.Handbook);
        yield return new OutputFile(urls.OutputPathOf(urls.Laws), () =>
            site.Pages.Render("dekking", new PageView("Wetten", urls.Laws, "Welke wetsartikelen de kaarten uitwerken.", "dekking"), "dekking", Laws(site, laws, "Wetten", "Per wet de artikelen die kaarten als wettelijke eis noemen, met de kaarten en de tekst van het artikel op wetten.overheid.nl.", [])));
        foreach (var law in laws)
        {
            if (urls.Law(law.Law.Id) is not { } url) continue;
            yield return new OutputFile(urls.OutputPathOf(url), () =>
                site.Pages.Render("dekking", new PageView(law.Law.Name, url, $"De artikelen van de {law.Law.Name} die kaarten uitwerken.", "dekking"), "dekking",
                    Laws(site, [law], $"{law.Law.Name} ({law.Law.Id})", $"De artikelen van de {law.Law.Name} die kaarten als wettelijke eis noemen.", [new LinkView("Wetten", urls.Laws)])));
        }
    }

    private static CoverageView Standards(SiteContext site)
    {
        var covers = StandardCoverage.Of(site.Handbook);
        var open = covers.Count(c => c.Cards.Count == 0);
        return new CoverageView(
            "Inspectiekader",
            $"De standaarden uit standaarden.yml en de kaarten die ze onder inspectiekader noemen. {(open == 0 ? "Elke standaard heeft een kaart." : $"{open} {(open == 1 ? "standaard heeft" : "standaarden hebben")} nog geen kaart.")}",
            "Standaard",
            covers.GroupBy(c => c.Standard.Level, StringComparer.Ordinal).Select(g => new CoverageGroup(
                g.Key.Length == 0 ? "Zonder niveau" : $"Niveau {g.Key}",
                null,
                null,
                g.Select(c => new CoverageRow(c.Standard.Code, c.Standard.Name, site.Urls.Standard(c.Standard.Code), null, c.Cards.Select(site.Cards.Link).ToList())).ToList())).ToList(),
            []);
    }

    private static CoverageView Obligations(SiteContext site)
    {
        var covers = ObligationCoverage.Of(site.Handbook);
        var open = covers.Count(c => c.Cards.Count == 0);
        var introduction = covers.Count == 0
            ? "Dit bestuur houdt nog geen lijst van wettelijke verplichtingen bij. Zet ze in verplichtingen.yml (id, naam, wettelijke_eis, niveau); dan staat hier welke kaart elke verplichting dekt."
            : $"De verplichtingen uit verplichtingen.yml en de kaarten die een van hun artikelen als wettelijke eis noemen. {(open == 0 ? "Elke verplichting heeft een kaart." : $"{open} {(open == 1 ? "verplichting heeft" : "verplichtingen hebben")} nog geen kaart.")}";
        return new CoverageView(
            "Wettelijke verplichtingen",
            introduction,
            "Verplichting",
            covers.GroupBy(c => c.Obligation.Level, StringComparer.Ordinal).Select(g => new CoverageGroup(
                g.Key.Length == 0 ? "Zonder niveau" : $"Niveau {g.Key}",
                null,
                null,
                g.Select(c => new CoverageRow(string.Join(", ", c.Obligation.LegalRequirements.Select(r => r.Label)), c.Obligation.Name, null, c.Obligation.LegalRequirements[0].Url, c.Cards.Select(site.Cards.Link).ToList())).ToList())).ToList(),
            []);
    }

    private static CoverageView Laws(SiteContext site, IReadOnlyList<LawCover> laws, string title, string introduction, IReadOnlyList<LinkView> trail) => new(
        title,
        introduction,
        "Artikel",
        laws.Select(l => new CoverageGroup(
            $"{l.Law.Name} ({l.Law.Id})",
            laws.Count > 1 ? site.Urls.Law(l.Law.Id) : null,
            l.Url,
            l.Articles.Select(a => new CoverageRow($"art. {a.Article}", "", null, a.Url, a.Cards.Select(site.Cards.Link).ToList())).ToList())).ToList(),
        trail);
}
