using System.Globalization;
using Handboek.Building;
using Handboek.Diagnostics;
using Handboek.Loading;
using Handboek.Model;
using Handboek.Tests.Support;

namespace Handboek.Tests.Loading;

/// <summary>Every form the front matter of a card may take, and the defaults that fill in what it leaves out.</summary>
public class CardFormsTests
{
    private const string Minimal = """
        titel: Schoolplan
        niveau: school
        eigenaar: directeur
        verantwoordelijke_rol: directeur
        """;

    [Fact]
    public void Wettelijke_eis_may_be_one_reference_and_links_to_the_article_and_member()
    {
        var card = Load(Minimal + "\nwettelijke_eis: WPO art. 13a lid 2");

        var eis = Assert.Single(card.LegalRequirements);
        Assert.Equal(("WPO", "13a", "2", (string?)null), (eis.LawId, eis.Article, eis.Paragraph, eis.Item));
        Assert.Equal("https://wetten.overheid.nl/jci1.3:c:BWBR0003420&artikel=13a&lid=2", eis.Url);
        Assert.Equal("WPO art. 13a lid 2", eis.Label);
    }

    [Fact]
    public void Wettelijke_eis_may_be_a_list_with_sub_letters_which_the_link_leaves_out()
    {
        var card = Load(Minimal + "\nwettelijke_eis:\n  - WMS art. 10 sub b\n  - wpo art. 12");

        Assert.Equal(["WMS art. 10 sub b", "WPO art. 12"], card.LegalRequirements.Select(e => e.Label));
        Assert.Equal("https://wetten.overheid.nl/jci1.3:c:BWBR0020685&artikel=10", card.LegalRequirements[0].Url);
        Assert.False(card.NoLegalRequirement);
    }

    [Theory]
    [InlineData("wettelijke_eis: geen", true)]
    [InlineData("wettelijke_eis: Geen", true)]
    [InlineData("", false)]
    public void Geen_marks_an_agreement_without_legal_basis(string line, bool geen)
    {
        var card = Load(Minimal + "\n" + line);

        Assert.Empty(card.LegalRequirements);
        Assert.Equal(geen, card.NoLegalRequirement);
    }

    [Fact]
    public void Id_defaults_to_the_file_name_and_categorie_to_the_folder()
    {
        var card = Load(Minimal, "kaarten/sociale-veiligheid/monitor-veiligheid.md");

        Assert.Equal("monitor-veiligheid", card.Id);
        Assert.Equal(new Category("sociale-veiligheid", "Sociale veiligheid"), card.Category);
        Assert.Equal("kaarten/sociale-veiligheid/monitor-veiligheid.md", card.SourcePath);
    }

    [Fact]
    public void Id_and_categorie_in_the_front_matter_win()
    {
        var card = Load(Minimal + "\nid: schoolplan-2027\ncategorie: Onderwijs & kwaliteit", "kaarten/oud/plan.md");

        Assert.Equal("schoolplan-2027", card.Id);
        Assert.Equal(new Category("onderwijs-kwaliteit", "Onderwijs & kwaliteit"), card.Category);
    }

    [Fact]
    public void A_reminder_on_the_card_holds_for_every_moment_unless_the_moment_has_its_own()
    {
        var card = Load(Minimal + "\nherinnering: 1 week\nkalendermoment:\n  - juni\n  - wanneer: mei\n    herinnering: 3 dagen");

        Assert.Equal([new Reminder(7), new Reminder(3)], card.Moments.Select(m => m.Reminder));
    }

    [Theory]
    [InlineData("morgen", "'herinnering' is een aantal dagen of weken vooraf, zoals '3 dagen' of '1 week' (nu: 'morgen')")]
    [InlineData("9 weken", "een herinnering kan 1 dag tot 8 weken vooraf (nu: '9 weken')")]
    [InlineData("2 weeken", "'herinnering' is een aantal dagen of weken vooraf, zoals '3 dagen' of '1 week' (nu: '2 weeken')")]
    public void A_reminder_that_is_not_days_or_weeks_is_an_error_at_the_key(string written, string message)
    {
        Assert.False(ReminderParser.TryParse(written, out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_categorie_written_as_an_address_is_shown_in_words()
    {
        var card = Load(Minimal + "\ncategorie: onderwijs-en-resultaten", "kaarten/oud/plan.md");

        Assert.Equal(new Category("onderwijs-en-resultaten", "Onderwijs en resultaten"), card.Category);
    }

    [Fact]
    public void A_card_directly_in_kaarten_is_in_categorie_algemeen()
    {
        Assert.Equal("Algemeen", Load(Minimal, "kaarten/plan.md").Category.Name);
    }

    [Fact]
    public void Role_fields_take_one_role_or_a_list()
    {
        var card = Load("""
            titel: Schoolplan
            niveau: beide
            eigenaar: directeur
            verantwoordelijke_rol: [directeur, ib-er]
            geraadpleegd: leerkracht
            geinformeerd: [ouders, mr]
            goedkeuring: bestuurder
            medezeggenschap:
              mr: instemming
            besluiten:
              - datum: 2026-06-20
                orgaan: bestuurder
                besluit: goedgekeurd
                document: https://handboek.test.nl/besluit.pdf
              - datum: 2026-06-13
                orgaan: mr
                besluit: instemming
            """);

        Assert.Equal(CardLevel.Both, card.Level);
        Assert.Equal(
            [new Decision(new DateOnly(2026, 6, 13), "mr", DecisionKind.Consent, null), new Decision(new DateOnly(2026, 6, 20), "bestuurder", DecisionKind.Approved, "https://handboek.test.nl/besluit.pdf")],
            card.Decisions);
        Assert.Equal("directeur", card.Owner);
        Assert.Equal(["directeur", "ib-er"], card.Responsible);
        Assert.Equal(["leerkracht"], card.Consulted);
        Assert.Equal(["ouders", "mr"], card.Informed);
        Assert.Equal(["bestuurder"], card.Approval);
        Assert.Equal([new Participation("mr", ParticipationRight.Consent)], card.ParticipationRights);
    }

    [Fact]
    public void Kalendermoment_may_be_one_text()
    {
        var moment = Assert.Single(Load(Minimal + "\nkalendermoment: vóór 1 juli").Moments);

        Assert.Equal(("vóór 1 juli", "Schoolplan", "directeur"), (moment.WhenText, moment.What, moment.RoleId));
        Assert.Equal([new Period(new(2027, 6, 30), new(2027, 6, 30))], moment.Periods);
        Assert.True(moment.InSchoolYear);
        Assert.False(moment.Ongoing);
    }

    [Fact]
    public void Kalendermoment_may_mix_texts_and_blocks_whose_wat_and_rol_default_to_the_card()
    {
        var card = Load("""
            titel: Schoolplan
            niveau: school
            eigenaar: directeur
            verantwoordelijke_rol: [ib-er, directeur]
            kalendermoment:
              - oktober
              - wanneer: juni
                wat: Evaluatie
                rol: mr
              - bij voorval
            """);

        Assert.Equal([0, 1, 2], card.Moments.Select(m => m.Index));
        Assert.Equal(["Schoolplan", "Evaluatie", "Schoolplan"], card.Moments.Select(m => m.What));
        Assert.Equal(["ib-er", "mr", "ib-er"], card.Moments.Select(m => m.RoleId));
        Assert.True(card.Moments[2].Ongoing);
        Assert.Empty(card.Moments[2].Periods);
    }

    [Fact]
    public void A_multi_year_cycle_on_the_card_leaves_its_moments_out_of_years_it_skips()
    {
        var card = Load(Minimal + "\ncyclus: vierjaarlijks\nvanaf: \"2023-2024\"\nkalendermoment: juni");

        var moment = Assert.Single(card.Moments);
        Assert.False(moment.InSchoolYear);
        Assert.Empty(moment.Periods);
        Assert.Equal(new SchoolYear(2027), moment.Cycle.NextHit(new SchoolYear(2026)));
    }

    [Fact]
    public void A_moment_may_set_its_own_cycle()
    {
        var card = Load(Minimal + """

            cyclus: vierjaarlijks
            vanaf: "2023-2024"
            kalendermoment:
              - wanneer: juni
                cyclus: tweejaarlijks
                vanaf: "2024-2025"
              - wanneer: mei
            """);

        Assert.Equal([true, false], card.Moments.Select(m => m.InSchoolYear));
        Assert.Equal(new Cycle(2, new SchoolYear(2024)), card.Moments[0].Cycle);
        Assert.Equal(new Cycle(4, new SchoolYear(2023)), card.Moments[1].Cycle);
    }

    [Theory]
    [InlineData("2022-2023", true)]
    [InlineData("2023-2024", false)]
    [InlineData("2026-2027", true)]
    [InlineData("2027-2028", false)]
    public void A_cycle_hits_its_first_year_and_every_nth_after_it_but_not_before(string vanaf, bool hits)
    {
        Assert.True(SchoolYear.TryParse(vanaf, out var first));
        Assert.Equal(hits, new Cycle(4, first).Hits(new SchoolYear(2026)));
    }

    [Fact]
    public void Status_and_dates_are_read_and_status_defaults_to_vastgesteld()
    {
        Assert.Equal(CardStatus.Adopted, Load(Minimal).Status);

        var card = Load(Minimal + "\nstatus: concept\nvastgesteld_op: 2024-06-12\nherzien_op: 2025-01-31\nvolgende_herziening: 2028-06-30\ninspectiekader: [KA1, OP1]");
        Assert.Equal(CardStatus.Draft, card.Status);
        Assert.Equal((new DateOnly(2024, 6, 12), new DateOnly(2025, 1, 31), new DateOnly(2028, 6, 30)),
            (card.AdoptedOn!.Value, card.RevisedOn!.Value, card.NextReview!.Value));
        Assert.Equal(["KA1", "OP1"], card.Standards);
    }

    [Fact]
    public void The_schooljaar_option_overrides_handboek_yml()
    {
        var card = Load(Minimal + "\nkalendermoment: juni", year: new SchoolYear(2030));

        Assert.Equal(new DateOnly(2031, 6, 1), card.Moments[0].Periods[0].From);
    }

    [Theory]
    [InlineData("2026-07-31T21:30:00Z", 2025)] // 23:30 in Amsterdam: still 31 July
    [InlineData("2026-07-31T22:30:00Z", 2026)] // 00:30 in Amsterdam: 1 August, a new school year
    public void Without_schooljaar_the_year_is_the_one_containing_today_in_the_Netherlands(string utc, int startYear)
    {
        using var input = BaseInput();
        input.Write("handboek.yml", "naam: Test\nbasis_url: https://test.nl/\n");
        var options = new BuildOptions(input.Path, RepoPaths.Theme) { Clock = new FixedClock(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)) };

        var result = HandbookBuilder.Check(options);

        Assert.Equal(new SchoolYear(startYear), result.Handbook!.Settings.SchoolYear);
    }

    private static TempFolder BaseInput() => new TempFolder().CopyFrom(RepoPaths.SpecBasis);

    private static Card Load(string frontMatter, string path = "kaarten/onderwijs/kaart.md", SchoolYear? year = null)
    {
        using var input = BaseInput();
        input.Write(path, $"---\n{frontMatter}\n---\n\nTekst.\n");

        var result = HandbookBuilder.Check(Builds.Options(input.Path) with { SchoolYear = year });

        Assert.Empty(result.Diagnostics.Select(d => d.Format(d.Location.File)));
        return result.Handbook!.Cards.Single(c => c.SourcePath == path);
    }
}
