namespace Handboek.Model;

/// <summary>An inclusive range of days.</summary>
public readonly record struct Period(DateOnly From, DateOnly To);

/// <summary>
/// One <c>kalendermoment</c> of a card. <see cref="Periods"/> holds its dates in the built school year:
/// empty when it is <see cref="Ongoing"/> or when its cycle skips that year.
/// </summary>
public sealed record CalendarMoment
{
    public required int Index { get; init; }
    public required string WhenText { get; init; }
    public required string What { get; init; }
    public required string RoleId { get; init; }
    public required Cycle Cycle { get; init; }
    public required bool Ongoing { get; init; }
    public required bool InSchoolYear { get; init; }
    public required IReadOnlyList<Period> Periods { get; init; }

    /// <summary>Where the moment is written, so calendar warnings can point at it.</summary>
    public required Diagnostics.SourceLocation Location { get; init; }
}
