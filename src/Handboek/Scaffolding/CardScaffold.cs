using Handboek.Diagnostics;
using Handboek.Loading;

namespace Handboek.Scaffolding;

/// <summary>
/// A new card with every front-matter key present and explained in Dutch comments, marked as concept. It passes
/// <c>handboek check</c> as written: the only required values are filled in with the first role of rollen.yml.
/// </summary>
public static class CardScaffold
{
    /// <param name="categorie">The category name ("Sociale veiligheid"); the card goes into its folder. Null: kaarten/ itself.</param>
    /// <returns>The file written, or a Dutch error.</returns>
    public static (string? File, string? Error) Write(string inputDir, string titel, string? categorie)
    {
        if (!Directory.Exists(inputDir)) return (null, $"de invoermap {inputDir} bestaat niet; geef met --input de map met handboek.yml en kaarten/ op");

        // Problems in the data files are for 'handboek check' to report; here only the roles matter.
        var rollen = ReferenceDataLoader.Load(new InputBoundary(inputDir), null, DateOnly.FromDateTime(DateTime.Today), new DiagnosticBag()).Rollen;
        if (titel.Any(char.IsControl) || titel.Length > MaxTitleLength)
            return (null, $"een titel is één regel van hoogstens {MaxTitleLength} tekens, zonder regeleinden of stuurtekens");
        if (categorie is not null && (categorie.Any(char.IsControl) || categorie.Length > Ids.MaxLength))
            return (null, $"een categorie is één regel van hoogstens {Ids.MaxLength} tekens");
        var id = Shortened(Ids.ToSlug(titel));
        if (id.Length == 0) return (null, $"van de titel '{titel}' is geen bestandsnaam te maken; gebruik letters of cijfers");
        if (categorie is not null && Ids.ToSlug(categorie).Length == 0) return (null, $"'{categorie}' is geen bruikbare categorie; gebruik letters of cijfers");
        if (rollen.Count == 0) return (null, "rollen.yml bevat nog geen rollen; een kaart heeft een eigenaar uit rollen.yml nodig");

        var folder = categorie is null ? Path.Combine(inputDir, "kaarten") : Path.Combine(inputDir, "kaarten", Ids.ToSlug(categorie));
        var file = Path.Combine(folder, id + ".md");
        if (File.Exists(file)) return (null, $"{file} bestaat al; kies een andere titel of bewerk die kaart");

        Directory.CreateDirectory(folder);
        File.WriteAllText(file, Text(titel, id, rollen[0].Id).ReplaceLineEndings("\n"));
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

    public static string Text(string titel, string id, string role) => $$"""
        ---
        # Nieuwe kwaliteitskaart. Regels met # zijn uitleg; laat ze staan of haal ze weg als de kaart af is.
        # Vul de sleutels in, zet 'status' op vastgesteld zodra het bevoegd gezag de kaart heeft vastgesteld,
        # en controleer met: handboek check

        # De naam van de kaart, zoals hij in het handboek en de kalender staat.
        titel: {{Quote(titel)}}
        # Het adres van de kaart op de site: /kaarten/{{id}}/. Kleine letters, cijfers en streepjes; niet meer wijzigen
        # als de kaart gepubliceerd is, want agenda's en links gebruiken het.
        id: {{id}}
        # Eén of twee zinnen: wat regelt deze kaart? Staat in overzichten en zoekresultaten.
        samenvatting:
        # Leeg laten: de map waarin dit bestand staat is de categorie.
        categorie:
        # Voor wie geldt de kaart: bestuur, school of beide.
        niveau: beide
        # De wet en het artikel die dit eisen, zoals [WPO art. 12] of [WPO art. 13 lid 1, WMS art. 10];
        # 'geen' als er geen wettelijke eis is. Wetten staan in wetten.yml.
        wettelijke_eis: []
        # Eén rol-id uit rollen.yml: wie is eigenaar (A, eindverantwoordelijk)?
        eigenaar: {{role}}
        # Rollen die het werk doen (R). Het eerste kalendermoment zonder 'rol' is voor de eerste van deze rollen.
        verantwoordelijke_rol: [{{role}}]
        # Rollen die vooraf om hun mening worden gevraagd (C), achteraf worden geïnformeerd (I) of goedkeuren (G).
        geraadpleegd: []
        geinformeerd: []
        goedkeuring: []
        # Rechten van MR, GMR of een geleding, zoals:  mr: instemming  (of advies, informatie).
        medezeggenschap: {}
        # Wanneer in het schooljaar: 'oktober', 'week 41', '15 maart', 'vóór 1 mei', 'september t/m oktober'
        # of 'doorlopend'. Meer momenten of een eigen 'wat' en 'rol':
        #   - wanneer: november
        #     wat: Concept ter advies aan de GMR
        #     rol: gmr
        kalendermoment: []
        # Hoe vaak: jaarlijks, tweejaarlijks, driejaarlijks of vierjaarlijks; 'vanaf' is het eerste schooljaar
        # ("2026-2027") voor alles wat niet jaarlijks is.
        cyclus: jaarlijks
        vanaf:
        # Standaarden uit het onderzoekskader van de inspectie, zoals [KA1, OP2]; zie standaarden.yml.
        inspectiekader: []
        # concept zolang de kaart niet is vastgesteld; daarna vastgesteld, met de datum (2026-10-01).
        status: concept
        vastgesteld_op:
        herzien_op:
        # Wanneer de kaart uiterlijk opnieuw bekeken moet worden (2028-07-31).
        volgende_herziening:
        # Ids van kaarten die erbij horen, zoals [schoolplan, jaarverslag].
        gerelateerd: []
        ---

        ## Bedoeling

        Waarom doen we dit, en wat levert het de leerlingen, de school of het bestuur op?

        ## Wat de wet vraagt

        Wat de wettelijke eis precies vraagt, in gewone woorden.

        ## Werkwijze

        1. Wie doet wat, in welke volgorde.

        ## Borging en evaluatie

        Hoe en wanneer we nagaan of het werkt.

        """;

    /// <summary>A title as a YAML scalar: quoted when it would otherwise be read as something else.</summary>
    private static string Quote(string text) =>
        text.IndexOfAny([':', '#', '\'', '"', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\""
            : text;
}
