namespace Handboek.Model;

/// <summary>An inclusive range of days.</summary>
public readonly record struct Period(DateOnly From, DateOnly To);

/// <summary>
/// One <c>kalendermoment</c> of a card. Reading gives its <see cref="When"/>; scheduling (once the school year is
/// known) gives <see cref="InSchoolYear"/> and <see cref="Periods"/>, its dates in that year: empty when it is
/// <see cref="Ongoing"/> or when its cycle skips that year.
/// </summary>
public sealed record CalendarMoment
{
    public required int Index { get; init; }
    public required string WhenText { get; init; }
    public required string What { get; init; }
    public required string RoleId { get; init; }
    public required Cycle Cycle { get; init; }

    /// <summary>From the moment's <c>herinnering</c>, else the card's; null for none.</summary>
    public Reminder? Reminder { get; init; }
    public required When When { get; init; }
    public bool Ongoing => When is When.Ongoing;
    public bool InSchoolYear { get; init; }
    public IReadOnlyList<Period> Periods { get; init; } = [];

    /// <summary>
    /// For a moment anchored to the school year (<see cref="When.Anchored"/>): its dates per holiday region (a school's
    /// <c>regio</c>, or "heel nederland"); <see cref="Periods"/> then holds the span of them all, for the board.
    /// </summary>
    public IReadOnlyDictionary<string, Period> RegionalPeriods { get; init; } = new Dictionary<string, Period>();

    /// <summary>Where the moment is written, so calendar warnings can point at it.</summary>
    public required Diagnostics.SourceLocation Location { get; init; }
}
