using Handboek.Loading;
using Handboek.Model;
using Handboek.Schema;
using YamlDotNet.Serialization;
using Map = System.Collections.Generic.OrderedDictionary<string, object>;

namespace Handboek.Editing;

/// <summary>
/// /beheer/config.yml: the form editor (Decap CMS) for this handbook, made on every build from <see cref="InputSchema"/>
/// and the data files, so a new role, standard or card is a choice in the form as soon as the site is rebuilt. Every
/// save becomes a pull request on the board's GitHub repository (the editorial workflow), checked and previewed as
/// any other.
/// </summary>
public static class CmsConfig
{
    public const string SitePath = "beheer/config.yml";

    /// <summary>The custom formats that beheer.js registers: front matter and YAML written the way Handboek reads them.</summary>
    public const string FrontMatterFormat = "handboek-voorblad";
    public const string YamlFormat = "handboek-yaml";

    /// <summary>The field that holds a data file whose top level is a list (rollen.yml, ...); beheer.js knows it too.</summary>
    public const string ListField = "lijst";

    private static readonly ISerializer Yaml = new SerializerBuilder().WithIndentedSequences().Build();

    /// <param name="inputFolder">The input folder as the repository names it, such as "input".</param>
    /// <param name="logo">The board's logo on the site, shown on the sign-in screen; null for Decap's own.</param>
    public static byte[] Write(Handbook handbook, string inputFolder, string? logo)
    {
        var fields = new CmsFields(handbook);
        var settings = handbook.Settings;
        var config = new Map
        {
            ["locale"] = "nl",
            ["site_url"] = settings.BaseUrl.AbsoluteUri,
            ["display_url"] = settings.BaseUrl.AbsoluteUri,
            ["publish_mode"] = "editorial_workflow",
            ["backend"] = Backend(settings),
            ["media_folder"] = Under(inputFolder, "afbeeldingen"),
            ["public_folder"] = "/afbeeldingen",
            ["slug"] = new Map { ["encoding"] = "ascii", ["clean_accents"] = true, ["sanitize_replacement"] = "-" },
            ["collections"] = CardCollections(handbook, inputFolder, fields)
                .Append(Pages(inputFolder, fields))
                .Append(DataFiles(inputFolder, fields))
                .ToList(),
        };

        if (logo is not null) config.Insert(3, "logo_url", logo);

        var text = "# Gemaakt door Handboek bij elke bouw, uit het kaartschema en de gegevensbestanden; niet met de hand wijzigen.\n"
            + Yaml.Serialize(config).ReplaceLineEndings("\n");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    /// <summary>"polderkracht/kwaliteitshandboek" from https://github.com/polderkracht/kwaliteitshandboek; null for another host.</summary>
    public static string? GitHubRepository(HandbookSettings settings) =>
        Uri.TryCreate(settings.Repository, UriKind.Absolute, out var uri) && uri.Host == "github.com"
            && uri.AbsolutePath.Trim('/').Split('/') is [var owner, var name] && owner.Length > 0 && name.Length > 0
            ? $"{owner}/{(name.EndsWith(".git", StringComparison.Ordinal) ? name[..^4] : name)}"
            : null;

    private static Map Backend(HandbookSettings settings)
    {
        var backend = new Map { ["name"] = "github" };
        if (GitHubRepository(settings) is { } repository) backend["repo"] = repository;
        backend["branch"] = settings.Branch;
        // Netlify's GitHub sign-in identifies the site by its main address, also on a deploy preview.
        backend["site_domain"] = settings.BaseUrl.Host;
        backend["commit_messages"] = new Map
        {
            ["create"] = "{{collection}} {{slug}} toegevoegd",
            ["update"] = "{{collection}} {{slug}} bijgewerkt",
            ["delete"] = "{{collection}} {{slug}} verwijderd",
            ["uploadMedia"] = "Bestand {{path}} toegevoegd",
            ["deleteMedia"] = "Bestand {{path}} verwijderd",
        };
        return backend;
    }

    /// <summary>One collection per folder under kaarten/ that holds cards: a new card is made in the category chosen.</summary>
    private static IEnumerable<Map> CardCollections(Handbook handbook, string inputFolder, CmsFields fields) =>
        handbook.Cards
            .Select(c => Path.GetDirectoryName(c.SourcePath)!.Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(folder =>
            {
                var category = CardReader.CategoryOfFolder(Path.GetRelativePath("kaarten", folder));
                return MarkdownFolder($"kaarten-{category.Id}", $"Kaarten: {category.Name}", "Kaart", Under(inputFolder, folder), fields.For(InputSchema.Card), "De tekst van de kaart");
            });

    private static Map Pages(string inputFolder, CmsFields fields) =>
        MarkdownFolder("paginas", "Pagina's", "Pagina", Under(inputFolder, "paginas"), fields.For(InputSchema.Page), "De tekst van de pagina");

    /// <summary>A folder of Markdown files with front matter; a new file gets its name from the title.</summary>
    private static Map MarkdownFolder(string name, string label, string singular, string folder, List<Map> fields, string bodyLabel) => new()
    {
        ["name"] = name,
        ["label"] = label,
        ["label_singular"] = singular,
        ["folder"] = folder,
        ["extension"] = "md",
        ["format"] = FrontMatterFormat,
        ["create"] = true,
        ["slug"] = "{{slug}}",
        ["identifier_field"] = "titel",
        ["summary"] = "{{titel}}",
        ["sortable_fields"] = new List<string> { "titel" },
        // Images beside the file, linked by file name, as a card written by hand has them.
        ["media_folder"] = "",
        ["public_folder"] = "",
        ["fields"] = fields.Append(Body(bodyLabel)).ToList(),
    };

    private static Map DataFiles(string inputFolder, CmsFields fields) => new()
    {
        ["name"] = "gegevens",
        ["label"] = "Gegevens",
        // Decap takes the format per collection, not per file: all of these are YAML.
        ["format"] = YamlFormat,
        ["description"] = "De instellingen en de lijsten waaruit kaarten kiezen. Na opslaan staan nieuwe rollen, wetten en standaarden in de keuzelijsten zodra de site opnieuw is gebouwd.",
        ["files"] = new List<Map>
        {
            new()
            {
                ["name"] = "handboek",
                ["label"] = "Instellingen (handboek.yml)",
                ["file"] = Under(inputFolder, "handboek.yml"),
                ["fields"] = fields.For(InputSchema.Settings),
            },
            ListFile(inputFolder, "rollen", "Rollen", "Rol", InputSchema.Role, fields),
            ListFile(inputFolder, "scholen", "Scholen", "School", InputSchema.School, fields),
            ListFile(inputFolder, "wetten", "Wetten", "Wet", InputSchema.Law, fields),
            ListFile(inputFolder, "standaarden", "Standaarden", "Standaard", InputSchema.Standard, fields),
            ListFile(inputFolder, "categorieen", "Categorieën", "Categorie", InputSchema.Category, fields),
        },
    };

    private static Map ListFile(string inputFolder, string name, string label, string singular, IReadOnlyList<SchemaKey> keys, CmsFields fields) => new()
    {
        ["name"] = name,
        ["label"] = $"{label} ({name}.yml)",
        ["file"] = Under(inputFolder, $"{name}.yml"),
        ["fields"] = new List<Map>
        {
            new()
            {
                ["name"] = ListField,
                ["label"] = label,
                ["label_singular"] = singular,
                ["widget"] = "list",
                ["summary"] = "{{fields.naam}}",
                ["fields"] = fields.For(keys),
            },
        },
    };

    private static string Under(string inputFolder, string path) => inputFolder == "." ? path : $"{inputFolder}/{path}";

    /// <summary>The Markdown text; raw first, because the rich-text editor rewrites Markdown it did not write.</summary>
    private static Map Body(string label) => new()
    {
        ["name"] = "body",
        ["label"] = label,
        ["widget"] = "markdown",
        ["modes"] = new List<string> { "raw", "rich_text" },
        ["required"] = false,
    };
}
