using Handboek.Calendar;
using Handboek.Model;
using Handboek.Responsibilities;
using Handboek.Tests.Support;

namespace Handboek.Tests.Calendar;

/// <summary>The placement rule: the role's level decides; an extern role takes the card's level.</summary>
public class CalendarPlacementTests
{
    [Fact]
    public void Each_moment_gets_the_level_of_its_role_or_for_extern_roles_of_its_card()
    {
        var calendar = Load();

        var levels = calendar.Dated.Concat(calendar.Ongoing).DistinctBy(e => e.Moment.What).ToDictionary(e => e.Moment.What, e => e.Level);
        Assert.Equal(CardLevel.Board, levels["Bestuursmoment"]);
        Assert.Equal(CardLevel.School, levels["Schoolmoment van een bestuurskaart"]);
        Assert.Equal(CardLevel.Board, levels["Oudermoment op een bestuurskaart"]);
        Assert.Equal(CardLevel.Both, levels["Oudermoment op een kaart voor beide"]);
        Assert.Equal(CardLevel.School, levels["Zomerreeks"]);
    }

    [Fact]
    public void The_board_calendar_shows_board_and_both_levels_the_school_calendar_school_and_both()
    {
        var calendar = Load();
        var board = calendar.Scopes.Single(s => s.Kind == ScopeKind.Board);
        var school = calendar.Scopes.First(s => s.Kind == ScopeKind.School);

        Assert.Equal(
            ["Bestuursmoment", "Oudermoment op een bestuurskaart", "Weekmoment rond de jaarwisseling", "Oudermoment op een kaart voor beide"],
            calendar.Dated.Where(board.Includes).Select(e => e.Moment.What).Distinct());
        Assert.Equal(
            ["Zomerreeks", "Studiedag, valt in de herfstvakantie van het noorden", "Schoolmoment van een bestuurskaart", "Oudermoment op een kaart voor beide", "Schoolgids"],
            calendar.Dated.Where(school.Includes).Select(e => e.Moment.What).Distinct());
        Assert.Equal(calendar.Dated.Count, calendar.Dated.Count(calendar.Full.Includes));
    }

    [Fact]
    public void A_role_calendar_shows_the_moments_of_that_role_and_of_the_cards_it_has_a_letter_on()
    {
        var calendar = Load();
        var ouders = calendar.Scopes.Single(s => s.Kind == ScopeKind.Role && s.Role?.Id == "ouders");
        var oudersAtNoorderlicht = calendar.Scopes.Single(s => s.Kind == ScopeKind.SchoolRole && s.Role?.Id == "ouders" && s.School?.Id == "noorderlicht");

        Assert.Equal(["Oudermoment op een bestuurskaart", "Oudermoment op een kaart voor beide", "Schoolgids"], calendar.Dated.Where(ouders.Includes).Select(e => e.Moment.What));
        // The schoolgids is carried out by the directeur; the parents are informed, and their calendar says so.
        Assert.Equal([null, null, Letter.I], calendar.Dated.Where(ouders.Includes).Select(ouders.InvolvementIn));
        // At a school, what the role carries out only when it is on that school's calendar: the card for both, not the
        // board's own card.
        Assert.Equal(["Oudermoment op een kaart voor beide", "Schoolgids"], calendar.Dated.Where(oudersAtNoorderlicht.Includes).Select(e => e.Moment.What));
    }

    [Fact]
    public void Dated_entries_run_from_August_to_July_and_undated_or_skipped_moments_are_kept_apart()
    {
        var calendar = Load();

        Assert.Equal(calendar.Dated.OrderBy(e => e.Period!.Value.From).Select(e => e.Period), calendar.Dated.Select(e => e.Period));
        Assert.Equal(new DateOnly(2026, 8, 1), calendar.Dated[0].Period!.Value.From);
        Assert.Equal(["Altijd bezig"], calendar.Ongoing.Select(e => e.Moment.What));
        Assert.Equal(["Audit"], calendar.OtherYears.Select(e => e.Moment.What));
    }

    private static QualityCalendar Load()
    {
        using var input = CalendarInput.Create();
        var result = Builds.Check(input.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new QualityCalendar(result.Handbook!);
    }
}
