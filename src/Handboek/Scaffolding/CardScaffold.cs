using System.Text;
using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Schema;

namespace Handboek.Scaffolding;

/// <summary>
/// A new card with every front-matter key present and explained in Dutch comments, marked as concept. It passes
/// <c>handboek check</c> as written: the only required values are filled in with the first role of rollen.yml.
/// </summary>
public static class CardScaffold
{
    /// <param name="category">The category name ("Sociale veiligheid"); the card goes into its folder. Null: kaarten/ itself.</param>
    /// <returns>The file written, or a Dutch error.</returns>
    public static (string? File, string? Error) Write(string inputDir, string title, string? category)
    {
        if (!Directory.Exists(inputDir)) return (null, $"de invoermap {inputDir} bestaat niet; geef met --input de map met handboek.yml en kaarten/ op");
        if (title.Any(char.IsControl) || title.Length > MaxTitleLength)
            return (null, $"een titel is één regel van hoogstens {MaxTitleLength} tekens, zonder regeleinden of stuurtekens");
        if (category is not null && (category.Any(char.IsControl) || category.Length > Ids.MaxLength))
            return (null, $"een categorie is één regel van hoogstens {Ids.MaxLength} tekens");
        var id = Shortened(Ids.ToSlug(title));
        if (id.Length == 0) return (null, $"van de titel '{title}' is geen bestandsnaam te maken; gebruik letters of cijfers");
        if (category is not null && Ids.ToSlug(category).Length == 0) return (null, $"'{category}' is geen bruikbare categorie; gebruik letters of cijfers");

        // Problems in the data files are for 'handboek check' to report; here only the roles matter.
        var roles = ReferenceDataLoader.Load(new InputBoundary(inputDir), null, DateOnly.FromDateTime(DateTime.Today), new DiagnosticBag()).Roles;
        if (roles.Count == 0) return (null, "rollen.yml bevat nog geen rollen; een kaart heeft een eigenaar uit rollen.yml nodig");

        var folder = category is null ? Path.Combine(inputDir, "kaarten") : Path.Combine(inputDir, "kaarten", Ids.ToSlug(category));
        var file = Path.Combine(folder, id + ".md");
        if (File.Exists(file)) return (null, $"{file} bestaat al; kies een andere titel of bewerk die kaart");

        Directory.CreateDirectory(folder);
        File.WriteAllText(file, Text(title, id, roles[0].Id).ReplaceLineEndings("\n"));
        return (file, null);
    }

    private const int MaxTitleLength = 200;

    /// <summary>A long title's slug cut at a word boundary to the length an id may have.</summary>
    private static string Shortened(string slug)
    {
        if (slug.Length <= Ids.MaxLength) return slug;
        var cut = slug.LastIndexOf('-', Ids.MaxLength);
        return slug[..(cut > 0 ? cut : Ids.MaxLength)];
    }

    /// <summary>Every key of <see cref="InputSchema.Card"/> in schema order, each under its help text, then the usual headings.</summary>
    public static string Text(string title, string id, string role)
    {
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine("# Nieuwe kwaliteitskaart. Regels met # zijn uitleg; laat ze staan of haal ze weg als de kaart af is.")
            .AppendLine("# Vul de sleutels in, zet 'status' op vastgesteld zodra het bevoegd gezag de kaart heeft vastgesteld,")
            .AppendLine("# en controleer met: handboek check");
        foreach (var key in InputSchema.Card)
        {
            text.AppendLine();
            foreach (var line in Wrap(key.Help + (key.Source is { } source ? $" Zie {source}." : ""))) text.Append("# ").AppendLine(line);
            if (key.Example is { } example)
            {
                text.AppendLine("# Bijvoorbeeld:");
                foreach (var line in example.Split('\n')) text.Append("#   ").AppendLine(line);
            }

            text.AppendLine($"{key.Name}: {Value(key, title, id, role)}".TrimEnd());
        }

        return text.AppendLine("---").Append(Body).ToString();
    }

    /// <summary>What a new concept card says for each key: the required ones filled in, lists empty, choices at their default.</summary>
    private static string Value(SchemaKey key, string title, string id, string role) => key.Name switch
    {
        "titel" => Quote(title),
        "id" => id,
        "niveau" => "beide",
        "eigenaar" => role,
        "verantwoordelijke_rol" => $"[{role}]",
        "status" => "concept",
        "cyclus" => "jaarlijks",
        _ => key.Kind switch
        {
            ValueKind.LegalReferences or ValueKind.Roles or ValueKind.Moments or ValueKind.Standards or ValueKind.Cards or ValueKind.Slugs or ValueKind.Decisions => "[]",
            ValueKind.Participation => "{}",
            _ => "",
        },
    };

    private const string Body = """

        ## Bedoeling

        Waarom doen we dit, en wat levert het de leerlingen, de school of het bestuur op?

        ## Wat de wet vraagt

        Wat de wettelijke eis precies vraagt, in gewone woorden.

        ## Werkwijze

        1. Wie doet wat, in welke volgorde.

        ## Borging en evaluatie

        Hoe en wanneer we nagaan of het werkt.

        """;

    /// <summary>Help text in comment lines of at most 110 characters, as the rest of the file.</summary>
    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > 110)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }

        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>A title as a YAML scalar: quoted when it would otherwise be read as something else.</summary>
    private static string Quote(string text) =>
        text.IndexOfAny([':', '#', '\'', '"', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : text;
}
