using Handboek.Model;
using Handboek.Responsibilities;

namespace Handboek.Calendar;

public enum ScopeKind
{
    Full,
    Board,
    School,
    Role,

    /// <summary>One role at one school: what a teacher at De Eik subscribes to.</summary>
    SchoolRole,
}

/// <summary>
/// Which moments one calendar (a page, a poster, an .ics feed) shows, and for whom. A role's calendar holds what the
/// role carries out and every other moment of a card on which it has a letter (eigenaar, geraadpleegd, ter
/// informatie...), marked as such (<see cref="InvolvementIn"/>): a teacher is informed on many cards she carries out
/// nothing of.
/// </summary>
public sealed record CalendarScope(ScopeKind Kind, string Title, string Organisation, School? School = null, Role? Role = null)
{
    public bool Includes(CalendarEntry entry) => Kind switch
    {
        ScopeKind.Full => entry.Region is null,
        ScopeKind.Board => entry.Region is null && CalendarPlacement.OnBoardCalendar(entry.Level),
        ScopeKind.School => OfThisSchool(entry) && CalendarPlacement.OnSchoolCalendar(entry.Level),
        ScopeKind.Role => entry.Region is null && (CarriedOutBy(entry, Role!) || InvolvementIn(entry) is not null),
        ScopeKind.SchoolRole => OfThisSchool(entry) && (CarriedOutBy(entry, Role!) ? CalendarPlacement.OnSchoolCalendar(entry.Level) : InvolvementIn(entry) is not null),
        _ => throw new ArgumentOutOfRangeException(nameof(entry), Kind, null),
    };

    /// <summary>
    /// The letter that puts a moment another role carries out on this role's calendar; null on calendars of no role
    /// and for the role's own moments.
    /// </summary>
    public Letter? InvolvementIn(CalendarEntry entry) =>
        Role is null || CarriedOutBy(entry, Role) ? null : ResponsibilityMatrix.FirstLetterOf(entry.Card, Role.Id);

    private static bool CarriedOutBy(CalendarEntry entry, Role role) => entry.Moment.RoleId == role.Id;

    /// <summary>The holiday region a school's moments anchored to the school year follow.</summary>
    public static string RegionOf(School school) => school.Region ?? Holiday.Nationwide;

    /// <summary>A school sees its own region's dates of a moment anchored to the school year, not the board's span.</summary>
    private bool OfThisSchool(CalendarEntry entry) => entry.Region is null ? !entry.RegionalSpan : entry.Region == RegionOf(School!);

    /// <summary>Whether its events can belong to more than one role, so each says whose it is.</summary>
    public bool HasManyRoles => Kind is ScopeKind.Full or ScopeKind.Board or ScopeKind.School;

    /// <summary>Part of every event UID: a school's agenda gets its own events, all other feeds share theirs.</summary>
    public string UidScope => School?.Id ?? "bestuur";
}
