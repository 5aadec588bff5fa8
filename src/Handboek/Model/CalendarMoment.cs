namespace Handboek.Model;

/// <summary>An inclusive range of days.</summary>
public readonly record struct Period(DateOnly Van, DateOnly Tot);

/// <summary>
/// One <c>kalendermoment</c> of a card. <see cref="Perioden"/> holds its dates in the built school year:
/// empty when it is <see cref="Doorlopend"/> or when its cycle skips that year.
/// </summary>
public sealed record CalendarMoment
{
    public required int Index { get; init; }
    public required string Wanneer { get; init; }
    public required string Wat { get; init; }
    public required string Rol { get; init; }
    public required Cycle Cyclus { get; init; }
    public required bool Doorlopend { get; init; }
    public required bool InSchooljaar { get; init; }
    public required IReadOnlyList<Period> Perioden { get; init; }

    /// <summary>Where the moment is written, so calendar warnings can point at it.</summary>
    public required Diagnostics.SourceLocation Location { get; init; }
}
