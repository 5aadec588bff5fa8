using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>
/// The old addresses of renamed cards (<c>vorige_ids</c>) keep working: Netlify's <c>_redirects</c> sends them on with a
/// 301, and for other hosts each old address gets a small page that does the same in the browser.
/// </summary>
public sealed class RedirectsOutput : ISiteOutput
{
    public const string NetlifyFile = "_redirects";

    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var moves = site.Handbook.Cards.SelectMany(c => c.PreviousIds.Select(old => (Old: site.Urls.Card(old), Card: c))).ToList();
        if (moves.Count == 0) yield break;

        yield return OutputFile.Text(NetlifyFile, () => string.Concat(moves.Select(m => $"{m.Old} {site.Urls.Card(m.Card.Id)} 301\n")));
        foreach (var (old, card) in moves)
        {
            var now = site.Urls.Card(card.Id);
            yield return new OutputFile(site.Urls.OutputPathOf(old), () =>
                site.Pages.RenderDocument("doorverwijzing", new PageView(card.Title, old, null, "doorverwijzing"), "doorverwijzing",
                    new RedirectView(card.Title, now)),
                new HashSet<string>(StringComparer.Ordinal) { card.Id });
        }
    }
}
