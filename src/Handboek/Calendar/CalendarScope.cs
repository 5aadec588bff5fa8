using Handboek.Model;

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

/// <summary>Which moments one calendar (a page, a poster, an .ics feed) shows, and for whom.</summary>
public sealed record CalendarScope(ScopeKind Kind, string Title, string Organisation, School? School = null, Role? Role = null)
{
    public bool Includes(CalendarEntry entry) => Kind switch
    {
        ScopeKind.Full => true,
        ScopeKind.Board => CalendarPlacement.OnBoardCalendar(entry.Level),
        ScopeKind.School => CalendarPlacement.OnSchoolCalendar(entry.Level),
        ScopeKind.Role => entry.Moment.RoleId == Role!.Id,
        ScopeKind.SchoolRole => entry.Moment.RoleId == Role!.Id && CalendarPlacement.OnSchoolCalendar(entry.Level),
        _ => throw new ArgumentOutOfRangeException(nameof(entry), Kind, null),
    };

    /// <summary>Whether its events can belong to more than one role, so each says whose it is.</summary>
    public bool HasManyRoles => Kind is ScopeKind.Full or ScopeKind.Board or ScopeKind.School;

    /// <summary>Part of every event UID: a school's agenda gets its own events, all other feeds share theirs.</summary>
    public string UidScope => School?.Id ?? "bestuur";
}
