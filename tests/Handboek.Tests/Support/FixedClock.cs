namespace Handboek.Tests.Support;

/// <summary>A clock stuck at one instant, so "today" never makes a test pass one day and fail the next.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The day the example handbook's expectations were written for.</summary>
    public static readonly FixedClock Default = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
