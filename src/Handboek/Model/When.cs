namespace Handboek.Model;

/// <summary>A parsed <c>wanneer</c> text, still independent of the school year.</summary>
public abstract record When
{
    public sealed record WholeMonth(int Month) : When;

    /// <summary>"15 juni", "uiterlijk 1 juli" (that day) or "vóór 1 juli" (<see cref="Before"/>: the day before).</summary>
    public sealed record Day(int DayOfMonth, int Month, bool Before) : When;

    /// <summary>"maart t/m juni": every month from the first to the last, wrapping past December.</summary>
    public sealed record MonthRange(int From, int To) : When;

    public sealed record DayRange(int FromDay, int FromMonth, int ToDay, int ToMonth) : When;

    /// <summary>"week 6": Monday to Friday of that ISO week.</summary>
    public sealed record IsoWeek(int Week) : When;

    public sealed record EveryMonth : When;

    /// <summary>"doorlopend" or "bij voorval": no date.</summary>
    public sealed record Ongoing : When;
}
