namespace Handboek.Building;

/// <summary>
/// "Today" as an input: SOURCE_DATE_EPOCH, the reproducible-builds convention (seconds since 1970-01-01 UTC), decides
/// the default school year and which reviews are overdue, so the same input and the same epoch give the same site on
/// any day. Unset or empty: the clock.
/// </summary>
public static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <returns>False with a Dutch <paramref name="problem"/> when the value is not a whole number of seconds.</returns>
    public static bool TryRead(string? value, out TimeProvider? clock, out string? problem)
    {
        clock = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (long.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            clock = new FixedTime(DateTimeOffset.FromUnixTimeSeconds(seconds));
            return true;
        }

        problem = $"{Variable} moet een geheel aantal seconden sinds 1 januari 1970 zijn, zoals 1796000000 (nu: '{Diagnostics.VisibleText.Of(value)}')";
        return false;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
