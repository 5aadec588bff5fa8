namespace Handboek.Model;

/// <summary>What kind of date a moment has, as staff read it: a deadline is not a meeting.</summary>
public enum DateKind
{
    /// <summary>"vóór 1 juli", "uiterlijk 15 juli": done by that day.</summary>
    Deadline,

    /// <summary>"15 juni": on that day.</summary>
    Day,

    /// <summary>"10 t/m 31 januari".</summary>
    Span,

    /// <summary>"oktober", "maart t/m juni", "elke maand": sometime in the month.</summary>
    Month,

    /// <summary>"week 6".</summary>
    Week,

    /// <summary>"doorlopend", "bij voorval".</summary>
    Ongoing,
}

/// <summary>What a <c>wanneer</c> anchored to the school year is anchored to.</summary>
public enum Anchor
{
    /// <summary>"begin schooljaar": the first two school weeks.</summary>
    YearStart,

    /// <summary>"eind schooljaar": the last two school weeks.</summary>
    YearEnd,

    /// <summary>"eerste schoolweek".</summary>
    FirstWeek,

    /// <summary>"laatste schoolweek".</summary>
    LastWeek,

    /// <summary>"vóór de herfstvakantie": by the last school day before it.</summary>
    BeforeVacation,

    /// <summary>"week voor de meivakantie": the last school week before it.</summary>
    WeekBeforeVacation,

    /// <summary>"na de kerstvakantie", "eerste week na de zomervakantie": the first school week after it.</summary>
    WeekAfterVacation,
}

/// <summary>A parsed <c>wanneer</c> text, still independent of the school year.</summary>
public abstract record When
{
    public abstract DateKind Kind { get; }

    public sealed record WholeMonth(int Month) : When
    {
        public override DateKind Kind => DateKind.Month;
    }

    /// <summary>"15 juni", "uiterlijk 1 juli" (that day) or "vóór 1 juli" (<see cref="Before"/>: the day before).</summary>
    /// <param name="Deadline">Written with vóór or uiterlijk.</param>
    public sealed record Day(int DayOfMonth, int Month, bool Before, bool Deadline = false) : When
    {
        public override DateKind Kind => Deadline ? DateKind.Deadline : DateKind.Day;
    }

    /// <summary>"maart t/m juni": every month from the first to the last, wrapping past December.</summary>
    public sealed record MonthRange(int From, int To) : When
    {
        public override DateKind Kind => DateKind.Month;
    }

    public sealed record DayRange(int FromDay, int FromMonth, int ToDay, int ToMonth) : When
    {
        public override DateKind Kind => DateKind.Span;
    }

    /// <summary>"week 6": Monday to Friday of that ISO week.</summary>
    public sealed record IsoWeek(int Week) : When
    {
        public override DateKind Kind => DateKind.Week;
    }

    public sealed record EveryMonth : When
    {
        public override DateKind Kind => DateKind.Month;
    }

    /// <summary>
    /// Anchored to the school year of each region rather than to the calendar: "begin schooljaar", "vóór de
    /// herfstvakantie", "eerste week na de zomervakantie". Its dates differ per region, so it needs the holidays.
    /// </summary>
    /// <param name="Vacation">For the anchors that name one: "herfstvakantie", "kerstvakantie", ...</param>
    public sealed record Anchored(Anchor Anchor, string? Vacation = null) : When
    {
        public override DateKind Kind => Anchor switch
        {
            Anchor.BeforeVacation => DateKind.Deadline,
            Anchor.YearStart or Anchor.YearEnd => DateKind.Span,
            _ => DateKind.Week,
        };
    }

    /// <summary>"doorlopend" or "bij voorval": no date.</summary>
    public sealed record Ongoing : When
    {
        public override DateKind Kind => DateKind.Ongoing;
    }
}
