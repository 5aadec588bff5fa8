using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>/kaarten/&lt;id&gt;/ for every card.</summary>
public sealed class CardPagesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Handbook.Cards.Select(card => new OutputFile(site.Urls.OutputPathOf(site.Urls.Card(card.Id)), () =>
        {
            var view = site.Cards.Create(card);
            return site.Pages.Render("kaart", new PageView(view.Title, view.Url, view.Summary), "kaart", view);
        }, site.Cards.ShownOn(card)));
}
