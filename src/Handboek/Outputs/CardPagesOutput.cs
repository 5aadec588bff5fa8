using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/kaarten/&lt;id&gt;/ for every card, rendered in parallel.</summary>
public sealed class CardPagesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Handbook.Kaarten.AsParallel().AsOrdered().Select(card =>
        {
            var view = site.Cards.Create(card);
            var html = site.Pages.Render("kaart", new PageView(view.Titel, view.Url, view.Samenvatting), "kaart", view);
            return OutputFile.Text(site.Urls.OutputPathOf(view.Url), html);
        }).ToList();
}
