using System.Globalization;
using System.Text;
using Handboek.Building;
using Handboek.Model;
using Handboek.Responsibilities;

namespace Handboek.Benchmarks;

/// <summary>
/// The same cards as a Hugo site, to time Handboek against the fastest static-site generator on equal input: one
/// page per card (its front matter as a table, its roles with their letters, its Markdown body) and Hugo's taxonomy
/// pages for owner, calendar month and inspection standard, as stand-ins for Handboek's role pages and calendars.
/// The cards are read with Handboek's own loader, so both sites start from the same handbook.
/// </summary>
public static class HugoSite
{
    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static void Write(string handbookDir, string themeDir, string siteDir)
    {
        var handbook = HandbookBuilder.Check(new BuildOptions(handbookDir, themeDir) { SearchIndex = false }).Handbook
            ?? throw new InvalidOperationException($"{handbookDir} has errors");
        File(siteDir, "hugo.toml", """
            baseURL = "https://hugo.benchmark.invalid/"
            languageCode = "nl"
            title = "Kaarten"
            disableKinds = ["RSS", "sitemap", "robotsTXT"]
            [taxonomies]
              eigenaar = "eigenaren"
              maand = "maanden"
              standaard = "standaarden"
            """);
        File(siteDir, "layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
            <body><nav><a href="/">Start</a> <a href="/kaarten/">Kaarten</a> <a href="/kalender/">Kalender</a> <a href="/eigenaren/">Rollen</a></nav>
            {{ block "main" . }}{{ end }}</body></html>
            """);
        File(siteDir, "layouts/_default/single.html", """
            {{ define "main" }}<main><h1>{{ .Title }}</h1>
            <dl><dt>Wettelijke eis</dt><dd>{{ .Params.wettelijke_eis }}</dd>
            <dt>Eigenaar</dt><dd>{{ range .Params.eigenaren }}<a href="{{ "eigenaren/" | relURL }}{{ urlize . }}/">{{ . }}</a>{{ end }}</dd>
            <dt>Maanden</dt><dd>{{ range .Params.maanden }}<a href="{{ "maanden/" | relURL }}{{ urlize . }}/">{{ . }}</a> {{ end }}</dd>
            <dt>Standaarden</dt><dd>{{ delimit .Params.standaarden ", " }}</dd></dl>
            <table><tr><th>Rol</th><th>Letters</th></tr>{{ range $rol, $letters := .Params.rollen }}<tr><td>{{ $rol }}</td><td>{{ $letters }}</td></tr>{{ end }}</table>
            <article>{{ .Content }}</article></main>{{ end }}
            """);
        File(siteDir, "layouts/_default/list.html", """
            {{ define "main" }}<main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>{{ end }}
            """);
        File(siteDir, "layouts/_default/terms.html", """
            {{ define "main" }}<main><h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul></main>{{ end }}
            """);
        File(siteDir, "layouts/index.html", """
            {{ define "main" }}<main><h1>{{ site.Title }}</h1><p>{{ len site.RegularPages }} kaarten</p></main>{{ end }}
            """);
        File(siteDir, "layouts/_default/kalender.html", """
            {{ define "main" }}<main><h1>Kalender</h1>{{ range $maand, $pages := site.Taxonomies.maanden }}<h2>{{ $maand }}</h2><ul>{{ range $pages.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}</main>{{ end }}
            """);
        File(siteDir, "content/kalender.md", "---\ntitle: Kalender\nlayout: kalender\n---\n");

        foreach (var card in handbook.Cards)
        {
            var roles = ResponsibilityMatrix.Assignments(card).GroupBy(a => a.Role, StringComparer.Ordinal)
                .Select(g => $"  {g.Key}: \"{string.Join(' ', g.Select(a => a.Letter).Distinct())}\"");
            var months = card.Moments.SelectMany(m => Months.Where(name => m.WhenText.Contains(name, StringComparison.Ordinal))).Distinct().DefaultIfEmpty("doorlopend");
            var front = new StringBuilder()
                .AppendLine("---")
                .AppendLine(CultureInfo.InvariantCulture, $"title: \"{card.Title}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"wettelijke_eis: \"{string.Join(", ", card.LegalRequirements.Select(r => r.ToString()))}\"")
                .AppendLine(CultureInfo.InvariantCulture, $"eigenaren: [\"{card.Owner}\"]")
                .AppendLine(CultureInfo.InvariantCulture, $"maanden: [{string.Join(", ", months.Select(m => $"\"{m}\""))}]")
                .AppendLine(CultureInfo.InvariantCulture, $"standaarden: [{string.Join(", ", card.Standards.Select(s => $"\"{s}\""))}]")
                .AppendLine("rollen:")
                .AppendJoin('\n', roles).AppendLine()
                .AppendLine("---");
            File(siteDir, $"content/kaarten/{card.Id}.md", front + card.Body.Source);
        }
    }

    private static void File(string siteDir, string path, string text)
    {
        var full = Path.Combine(siteDir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
    }
}
