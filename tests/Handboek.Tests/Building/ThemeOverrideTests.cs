using Handboek.Tests.Support;

namespace Handboek.Tests.Building;

public class ThemeOverrideTests
{
    [Fact]
    public void A_template_in_input_theme_replaces_the_default_one()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/layouts/404.html", "<h1>Oeps</h1><p>Bel het bestuursbureau.</p>")
            .Write("theme/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        Assert.Equal("Oeps", site.Html("404.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Schoolgids", site.Html("kaarten/schoolgids/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains("assets/logo.svg", site.Files());
        Assert.Contains("assets/handboek.css", site.Files());
    }

    [Fact]
    public void A_broken_template_override_is_reported_at_its_line_and_nothing_is_written()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/layouts/404.html", "<h1>Oeps</h1>\n{{ if niet_gevonden }}\n<p>geen end</p>\n");

        using var site = new BuiltSite(input.Path);

        Assert.False(site.Result.Succeeded);
        var error = Assert.Single(site.Result.Diagnostics);
        Assert.EndsWith(Path.Combine("theme", "layouts", "404.html"), error.Location.File);
        Assert.StartsWith("fout in sjabloon", error.Message);
        Assert.False(Directory.Exists(site.Dir));
    }

    [Fact]
    public void A_template_that_uses_an_unknown_variable_is_reported()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/layouts/404.html", "<h1>Oeps</h1>\n<p>{{ bestaat_niet }}</p>\n");

        using var site = new BuiltSite(input.Path);

        var error = Assert.Single(site.Result.Diagnostics);
        Assert.Equal((2, 7), (error.Location.Line, error.Location.Column));
        Assert.Contains("bestaat_niet", error.Message);
    }

    [Fact]
    public void A_template_cannot_change_a_builtin_function_for_the_other_pages()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/layouts/404.html", "<h1>Oeps</h1>\n{{ date.format = \"%Y\" }}\n");

        using var site = new BuiltSite(input.Path);

        var error = Assert.Single(site.Result.Diagnostics);
        Assert.EndsWith("404.html", error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.False(Directory.Exists(site.Dir));
    }

    [Fact]
    public void A_template_saved_with_windows_line_ends_gives_the_same_pages_as_one_with_unix_line_ends()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var basis = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts/basis.html"));
        using var unix = new BuiltSite(input.Write("theme/layouts/basis.html", basis.ReplaceLineEndings("\n")).Path);
        using var windows = new BuiltSite(input.Write("theme/layouts/basis.html", basis.ReplaceLineEndings("\r\n")).Path);

        Assert.DoesNotContain('\r', windows.Text("kaarten/schoolgids/index.html"));
        Assert.Equal(unix.Text("kaarten/schoolgids/index.html"), windows.Text("kaarten/schoolgids/index.html"));
    }

    [Fact]
    public void A_template_can_treat_the_page_content_and_a_card_body_as_text()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/layouts/basis.html", "<!doctype html>\n<main>{{ inhoud | string.replace \"Pagina niet gevonden\" \"Helaas\" }}</main>\n")
            .Write("theme/layouts/kaart.html", "<h1>{{ kaart.titel }}</h1>\n<div class=\"tekst\">{{ kaart.html | string.replace \"De schoolgids\" \"Het boekje\" }}</div>\n");

        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        Assert.Equal("Helaas", site.Html("404.html").QuerySelector("main h1")!.TextContent);
        Assert.Equal("Het boekje.", site.Html("kaarten/schoolgids/index.html").QuerySelector(".tekst p")!.TextContent);
    }

    [Fact]
    public void Own_moment_partials_show_on_every_calendar_poster_and_role_page_that_lists_the_moment()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/partials/moment.html", "<li class=\"eigen\">{{ m.wat | html.escape }} van {{ site.naam | html.escape }}</li>\n")
            .Write("theme/partials/poster-moment.html", "<li class=\"eigen\">{{ m.korte_datum }}: {{ m.wat | html.escape }}</li>\n");

        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        foreach (var page in new[] { "kalender/index.html", "scholen/de-test/kalender/index.html", "rollen/directeur/index.html", "rollen/directeur/kalender/index.html" })
        {
            var entry = Assert.Single(site.Html(page).QuerySelectorAll("ul.momenten-lijst > li"));
            Assert.Equal("eigen", entry.ClassName);
            Assert.Equal("Schoolgids van Stichting Testbestuur", entry.TextContent);
        }

        foreach (var poster in new[] { "kalender/poster/index.html", "scholen/de-test/kalender/poster/index.html" })
            Assert.Equal("jun: Schoolgids", Assert.Single(site.Html(poster).QuerySelectorAll("li.eigen")).TextContent);
    }

    [Fact]
    public void Own_month_partials_show_on_every_calendar_and_poster_and_see_only_the_month_and_the_site()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/partials/maand.html", "<section class=\"eigen\">{{ maand.naam }}: {{ maand.momenten.size }}</section>\n")
            .Write("theme/partials/poster-maand.html", "<section class=\"eigen\">{{ maand.korte_naam }} {{ site.naam | html.escape }}</section>\n");

        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded);
        foreach (var page in new[] { "kalender/index.html", "scholen/de-test/kalender/index.html", "rollen/directeur/kalender/index.html" })
        {
            var months = site.Html(page).QuerySelectorAll("section.eigen").Select(m => m.TextContent).ToList();
            Assert.Equal(12, months.Count);
            Assert.Equal(["Augustus 2026: 0", "Juni 2027: 1"], [months[0], months[10]]);
        }

        var poster = site.Html("scholen/de-test/kalender/poster/index.html").QuerySelectorAll("section.eigen").Select(m => m.TextContent).ToList();
        Assert.Equal("Juni Stichting Testbestuur", poster[10]);

        using var peeking = new TempFolder().CopyFrom(RepoPaths.SpecBasis).Write("theme/partials/maand.html", "<section>{{ pagina.titel }}</section>\n");
        using var failed = new BuiltSite(peeking.Path);
        Assert.False(failed.Result.Succeeded);
        Assert.Contains(failed.Result.Diagnostics, d => d.Location.File.EndsWith("maand.html", StringComparison.Ordinal) && d.Message.Contains("pagina", StringComparison.Ordinal));
    }

    [Fact]
    public void An_include_can_be_used_as_a_value_and_nested_includes_keep_their_own_arguments()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/partials/groet.html", "Hallo {{ $1 }}")
            .Write("theme/partials/omlijst.html", "[{{ include \"partials/groet.html\" \"binnen\" }}] {{ $1 }}")
            .Write("theme/layouts/404.html", """
                <h1>{{ include "partials/groet.html" "wereld" | string.upcase }}</h1>
                {{ tekst = include "partials/groet.html" "jij" }}<p id="toegewezen">{{ tekst }}</p>
                <p id="genest">{{ include "partials/omlijst.html" "buiten" }}</p>
                """);

        using var site = new BuiltSite(input.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var page = site.Html("404.html");
        Assert.Equal("HALLO WERELD", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Hallo jij", page.GetElementById("toegewezen")!.TextContent);
        Assert.Equal("[Hallo binnen] buiten", page.GetElementById("genest")!.TextContent);
    }

    [Fact]
    public void An_include_of_a_partial_the_theme_lacks_is_reported_at_the_include()
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("theme/layouts/404.html", "<h1>Oeps</h1>\n{{ include \"partials/bestaat-niet.html\" }}\n");

        using var site = new BuiltSite(input.Path);

        var error = Assert.Single(site.Result.Diagnostics);
        Assert.EndsWith("404.html", error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("partials/bestaat-niet.html", error.Message);
    }
}
