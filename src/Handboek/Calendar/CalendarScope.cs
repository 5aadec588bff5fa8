using Handboek.Model;

namespace Handboek.Calendar;

public enum ScopeKind
{
    Full,
    Board,
    School,
    Role,
}

/// <summary>Which moments one calendar (a page, a poster, an .ics feed) shows, and for whom.</summary>
public sealed record CalendarScope(ScopeKind Kind, string Title, string Organisation, School? School = null, Role? Role = null)
{
    public bool Includes(CalendarEntry entry) => Kind switch
    {
        ScopeKind.Full => true,
        ScopeKind.Board => CalendarPlacement.OnBoardCalendar(entry.Level),
        ScopeKind.School => CalendarPlacement.OnSchoolCalendar(entry.Level),
        _ => entry.Moment.RoleId == Role!.Id,
    };

    /// <summary>Part of every event UID: a school's agenda gets its own events, all other feeds share theirs.</summary>
    public string UidScope => School?.Id ?? "bestuur";
}
