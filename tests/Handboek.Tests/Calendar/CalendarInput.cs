using Handboek.Tests.Support;

namespace Handboek.Tests.Calendar;

/// <summary>A small handbook for calendar tests: the spec base plus cards whose moments exercise each rule.</summary>
public static class CalendarInput
{
    public static TempFolder Create() =>
        new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("scholen.yml", """
                - id: noorderlicht
                  naam: OBS Noorderlicht
                  regio: noord
                - id: zuiderzon
                  naam: OBS Zuiderzon
                  regio: zuid
                """)
            .Write("vakanties.yml", """
                - schooljaar: "2026-2027"
                  vakanties:
                    - naam: Herfstvakantie
                      regios:
                        - regio: noord
                          start: 2026-10-17
                          einde: 2026-10-25
                        - regio: zuid
                          start: 2026-10-10
                          einde: 2026-10-18
                    - naam: Kerstvakantie
                      regios:
                        - regio: heel Nederland
                          start: 2026-12-19
                          einde: 2027-01-03
                """)
            .Write("kaarten/bestuur/bestuurskaart.md", """
                ---
                titel: Bestuurskaart
                niveau: bestuur
                eigenaar: bestuurder
                verantwoordelijke_rol: bestuurder
                kalendermoment:
                  - wanneer: oktober
                    wat: Bestuursmoment
                  - wanneer: november
                    wat: Schoolmoment van een bestuurskaart
                    rol: directeur
                  - wanneer: 15 december
                    wat: Oudermoment op een bestuurskaart
                    rol: ouders
                  - wanneer: week 53
                    wat: Weekmoment rond de jaarwisseling
                ---
                """)
            .Write("kaarten/onderwijs/beidekaart.md", """
                ---
                titel: Beidekaart
                niveau: beide
                eigenaar: bestuurder
                verantwoordelijke_rol: directeur
                kalendermoment:
                  - wanneer: januari
                    wat: Oudermoment op een kaart voor beide
                    rol: ouders
                  - wanneer: juni t/m september
                    wat: Zomerreeks
                  - wanneer: 20 oktober
                    wat: Studiedag, valt in de herfstvakantie van het noorden
                  - wanneer: doorlopend
                    wat: Altijd bezig
                ---
                """)
            .Write("kaarten/onderwijs/audit.md", """
                ---
                titel: Audit
                niveau: school
                eigenaar: directeur
                verantwoordelijke_rol: ib-er
                cyclus: tweejaarlijks
                vanaf: "2025-2026"
                kalendermoment: februari
                ---
                """);
}
