using System.Globalization;
using System.Text;

namespace Handboek.Benchmarks;

/// <summary>
/// Writes a realistic handbook of any size: 20 roles, 12 schools, and cards with 3-5 roles, 1-3 moments and
/// ~600-word bodies with headings, lists, a table and links to other cards. Seeded, so every run is the same.
/// </summary>
public static class SyntheticHandbook
{
    private static readonly string[] Roles =
    [
        "bestuurder", "rvt", "gmr", "kwaliteitszorgmedewerker", "controller", "hr-adviseur", "privacy-officer",
        "directeur", "ib-er", "kwaliteitscoordinator", "leerkracht", "leerkracht-groep-8", "anti-pestcoordinator",
        "mr", "mr-ouders", "mr-personeel", "leerlingenraad", "ouders", "klachtencommissie", "accountant",
    ];

    private static readonly string[] Categories = ["kwaliteitszorg", "onderwijs", "personeel", "sociale-veiligheid", "verantwoording", "huisvesting"];

    private static readonly string[] Moments =
    [
        "oktober", "15 juni", "vóór 1 juli", "uiterlijk 1 december", "maart t/m juni", "10 januari t/m 31 januari",
        "week 6", "doorlopend", "september", "mei", "november t/m februari", "bij voorval",
    ];

    private static readonly string[] Words =
    (
        "de het een school bestuur kwaliteit onderwijs leerling leerlingen ouders team directeur leerkracht " +
        "evaluatie plan doelen resultaten toets toetsen analyse gesprek gesprekken afspraken jaarplan schoolplan " +
        "verantwoording inspectie medezeggenschap advies instemming veiligheid monitor pesten burgerschap " +
        "rekenen lezen taal ondersteuning begeleiding zorg groep groepen planning borging cyclus verbetering " +
        "bespreekt stelt vast legt vast evalueert analyseert informeert ontvangt zorgt bewaakt ondersteunt " +
        "elk jaar twee keer per jaar samen met voor na tijdens binnen zodat omdat waarbij daarna eerst ook altijd"
    ).Split(' ');

    public static void Write(string dir, int cards, int seed = 2026)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "handboek.yml"),
            "naam: Stichting Benchmark\nbasis_url: https://handboek.benchmark.nl/\nschooljaar: \"2026-2027\"\n");
        File.WriteAllText(Path.Combine(dir, "rollen.yml"), string.Concat(Roles.Select((r, i) =>
            $"- id: {r}\n  naam: {char.ToUpperInvariant(r[0])}{r[1..].Replace('-', ' ')}\n  omschrijving: Rol {i + 1}\n" +
            $"  niveau: {(i < 7 ? "bestuur" : i < 17 ? "school" : "extern")}\n" +
            (r is "mr" or "mr-ouders" or "mr-personeel" or "gmr" ? "  medezeggenschap: ja\n" : ""))));
        File.WriteAllText(Path.Combine(dir, "wetten.yml"),
            "- id: WPO\n  naam: Wet op het primair onderwijs\n  bwb: BWBR0003420\n- id: WMS\n  naam: Wet medezeggenschap op scholen\n  bwb: BWBR0020685\n");
        File.WriteAllText(Path.Combine(dir, "standaarden.yml"),
            string.Concat(new[] { "KA1", "KA2", "KA3", "OP1", "OP2", "SK1" }.Select(c => $"- code: {c}\n  naam: Standaard {c}\n  niveau: school\n")));
        File.WriteAllText(Path.Combine(dir, "scholen.yml"),
            string.Concat(Enumerable.Range(1, 12).Select(i => $"- id: school-{i:D2}\n  naam: School {i}\n  brin: {i:D2}AA\n  plaats: Plaats {i}\n  regio: noord\n")));

        for (var i = 0; i < cards; i++)
        {
            var category = Categories[i % Categories.Length];
            var path = Path.Combine(dir, "kaarten", category, $"kaart-{i:D5}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Card(random, i, cards));
        }
    }

    private static string Card(Random random, int index, int cards)
    {
        var roles = Roles.Take(17).OrderBy(_ => random.Next()).Take(random.Next(3, 6)).ToList();
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine($"titel: {Sentence(random, 3).TrimEnd('.')} {index}")
            .AppendLine($"samenvatting: {Sentence(random, 18)}")
            .AppendLine($"niveau: {(index % 3) switch { 0 => "school", 1 => "bestuur", _ => "beide" }}")
            .AppendLine($"wettelijke_eis: [WPO art. {random.Next(1, 180)}, WMS art. {random.Next(1, 30)} lid 1]")
            .AppendLine($"eigenaar: {roles[0]}")
            .AppendLine($"verantwoordelijke_rol: [{string.Join(", ", roles.Skip(1).Take(2))}]")
            .AppendLine($"geraadpleegd: [{string.Join(", ", roles.Skip(3))}]")
            .AppendLine($"geinformeerd: [{Roles[17 + index % 3]}]")
            .AppendLine("medezeggenschap:")
            .AppendLine($"  mr: {(index % 2 == 0 ? "instemming" : "advies")}")
            .AppendLine("kalendermoment:");
        foreach (var moment in Enumerable.Range(0, random.Next(1, 4)))
            text.AppendLine($"  - wanneer: {Moments[random.Next(Moments.Length)]}").AppendLine($"    wat: {Sentence(random, 5).TrimEnd('.')}");
        text.AppendLine($"inspectiekader: [KA1, OP{random.Next(1, 3)}]")
            .AppendLine("volgende_herziening: 2029-06-30")
            .AppendLine("---")
            .AppendLine();

        foreach (var heading in new[] { "Bedoeling", "Wat de wet vraagt", "Werkwijze", "Borging en evaluatie" })
        {
            text.AppendLine($"## {heading}").AppendLine();
            text.AppendLine(Paragraph(random, 90)).AppendLine();
            text.AppendLine($"- {Sentence(random, 10)}\n- {Sentence(random, 12)}\n- Zie ook [kaart {(index + 1) % cards}](../{Categories[(index + 1) % cards % Categories.Length]}/kaart-{(index + 1) % cards:D5}.md).").AppendLine();
        }

        text.AppendLine("| Wie | Wat | Wanneer |\n|---|---|---|");
        foreach (var role in roles.Take(3)) text.AppendLine($"| {role} | {Sentence(random, 4).TrimEnd('.')} | {Moments[random.Next(Moments.Length)]} |");
        return text.ToString();
    }

    private static string Paragraph(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words / 12).Select(_ => Sentence(random, 12)));

    private static string Sentence(Random random, int words)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpper(sentence[0], CultureInfo.InvariantCulture) + sentence[1..] + ".";
    }
}
