using System.Text;
using Handboek.Preview;
using Handboek.Tests.Support;

namespace Handboek.Tests.Preview;

public sealed class PreviewSessionTests : IDisposable
{
    private const string Schoolgids = "kaarten/verantwoording/schoolgids.md";

    private readonly TempFolder _input = new TempFolder().CopyFrom(RepoPaths.Input);

    public void Dispose() => _input.Dispose();

    [Fact]
    public void A_saved_card_re_renders_its_own_page_and_the_pages_that_show_it_and_keeps_the_rest()
    {
        var session = new PreviewSession(Builds.Options(_input.Path));
        var before = session.Update([]).Snapshot!;
        var pagesShowingIt = before.Paths.Where(p => Html(before, p).Contains("/kaarten/schoolgids/", StringComparison.Ordinal))
            .Append("kaarten/schoolgids/index.html").ToHashSet();

        Save(Schoolgids, text => text.Replace("titel: Schoolgids", "titel: Schoolgids vernieuwd"));
        var after = session.Update([_input[Schoolgids]]).Snapshot!;

        Assert.Contains("<title>Schoolgids vernieuwd", Html(after, "kaarten/schoolgids/index.html"));
        var untouchedCards = after.Paths.Where(p => p.StartsWith("kaarten/", StringComparison.Ordinal) && !pagesShowingIt.Contains(p)).ToList();
        Assert.NotEmpty(untouchedCards);
        Assert.All(untouchedCards, p => Assert.True(after.SameAs(before, p), $"{p} werd opnieuw gemaakt"));
        Assert.All(pagesShowingIt, p => Assert.False(after.SameAs(before, p), $"{p} toont de kaart maar werd niet opnieuw gemaakt"));
        Assert.All(["index.html", "kalender/index.html", "rollen/index.html", "handboek.json", "afdrukken/index.html"],
            p => Assert.False(after.SameAs(before, p), $"{p} werd niet opnieuw gemaakt"));
    }

    [Fact]
    public void A_card_moved_into_a_new_category_puts_it_in_the_menu_of_every_page()
    {
        var session = new PreviewSession(Builds.Options(_input.Path));
        session.Update([]);

        Save(Schoolgids, text => text.Replace("titel: Schoolgids", "titel: Schoolgids\ncategorie: Communicatie"));
        var after = session.Update([_input[Schoolgids]]).Snapshot!;

        var pages = after.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && Html(after, p).Contains("<nav", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 50, $"{pages.Count} pagina's");
        Assert.All(pages, p => Assert.Contains("/categorieen/communicatie/", Html(after, p)));
    }

    [Fact]
    public void A_card_with_an_error_keeps_the_last_good_site_and_changes_pile_up_until_it_is_fixed()
    {
        var session = new PreviewSession(Builds.Options(_input.Path));
        var good = session.Update([]).Snapshot!;
        const string other = "kaarten/verantwoording/jaarverslag.md";

        Save(Schoolgids, text => text.Replace("\neigenaar: ", "\neigenaar: niemand-"));
        var broken = session.Update([_input[Schoolgids]]);
        Save(other, text => text.Replace("titel: Jaarverslag", "titel: Jaarverslag herzien"));
        session.Update([_input[other]]);

        Assert.Null(broken.Snapshot);
        Assert.Contains(broken.Diagnostics, d => d.Location.File == _input[Schoolgids] && d.Message.StartsWith("onbekende rol 'niemand-", StringComparison.Ordinal));
        Assert.Same(good, session.Current);

        Save(Schoolgids, text => text.Replace("\neigenaar: niemand-", "\neigenaar: "));
        var fixedSite = session.Update([_input[Schoolgids]]).Snapshot!;
        Assert.Contains("<title>Jaarverslag herzien", Html(fixedSite, "kaarten/jaarverslag/index.html"));
    }

    [Fact]
    public void A_changed_data_file_renders_everything_again()
    {
        var session = new PreviewSession(Builds.Options(_input.Path));
        var before = session.Update([]).Snapshot!;

        Save("rollen.yml", text => text + "\n");
        var after = session.Update([_input["rollen.yml"]]).Snapshot!;

        Assert.Equal(0, after.Reused);
        Assert.DoesNotContain(after.Paths, p => after.SameAs(before, p));
    }

    private void Save(string relative, Func<string, string> edit)
    {
        var text = File.ReadAllText(_input[relative]);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        File.WriteAllText(_input[relative], edited);
    }

    private static string Html(SiteSnapshot site, string path) => Encoding.UTF8.GetString(site.Content(path)!);
}
