using Handboek.Model;

namespace Handboek.Calendar;

/// <summary>
/// The placement rule: a moment's level is its role's level; a role outside the organisation (extern) takes
/// the card's level. The bestuurskalender shows level bestuur, each schoolkalender level school, and
/// "beide" shows on both.
/// </summary>
public static class CalendarPlacement
{
    public static CardLevel LevelOf(Card card, CalendarMoment moment, Role role) => role.Level switch
    {
        RoleLevel.Board => CardLevel.Board,
        RoleLevel.School => CardLevel.School,
        _ => card.Level,
    };

    public static bool OnBoardCalendar(CardLevel level) => level is CardLevel.Board or CardLevel.Both;

    public static bool OnSchoolCalendar(CardLevel level) => level is CardLevel.School or CardLevel.Both;
}
