using System.Globalization;
using System.Text.RegularExpressions;
using Handboek.Model;
using Handboek.Text;

namespace Handboek.Scheduling;

/// <summary>Parses the <c>wanneer</c> forms of the input contract. Errors are Dutch sentences for the card author.</summary>
public static partial class WhenParser
{
    public const string Examples =
        "gebruik bijvoorbeeld 'oktober', '15 juni', 'vóór 1 juli', 'uiterlijk 1 juli', 'maart t/m juni', " +
        "'10 januari t/m 31 januari', 'week 6', 'elke maand' of 'doorlopend'";

    /// <summary>
    /// The forms <see cref="TryParse"/> reads, as one regular expression for a form field (JavaScript and .NET alike):
    /// it catches a misspelt month or a missing day while typing; a date that does not exist (31 april) is still
    /// left to <see cref="TryParse"/>.
    /// </summary>
    public static string FormPattern { get; } = BuildFormPattern();

    private static readonly Dictionary<string, Anchor> AnchorNames = new(StringComparer.Ordinal)
    {
        ["begin schooljaar"] = Anchor.YearStart,
        ["eind schooljaar"] = Anchor.YearEnd,
        ["eerste schoolweek"] = Anchor.FirstWeek,
        ["laatste schoolweek"] = Anchor.LastWeek,
    };

    public static bool TryParse(string text, out When when, out string error)
    {
        when = new When.Ongoing();
        error = "";
        var normalized = Normalize(text);

        switch (normalized)
        {
            case "doorlopend" or "bij voorval":
                return true;
            case "elke maand":
                when = new When.EveryMonth();
                return true;
        }

        if (AnchorNames.TryGetValue(normalized, out var anchor))
        {
            when = new When.Anchored(anchor);
            return true;
        }

        // Before the deadline forms: "voor de herfstvakantie" is not "voor" a date.
        if (VacationPattern().Match(normalized) is { Success: true } vacation)
        {
            var kind = vacation.Groups["vakantie"].Value;
            var name = kind.StartsWith("voorjaar", StringComparison.Ordinal) ? "voorjaarsvakantie" : kind + "vakantie";
            when = new When.Anchored(vacation.Groups["soort"].Value switch
            {
                "voor" => Anchor.BeforeVacation,
                "week voor" => Anchor.WeekBeforeVacation,
                _ => Anchor.WeekAfterVacation,
            }, name);
            return true;
        }

        if (WeekPattern().Match(normalized) is { Success: true } week)
        {
            var number = int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture);
            if (number is < 1 or > 53)
            {
                error = $"week {number} bestaat niet: een jaar heeft weken 1 tot en met 52 (soms 53)";
                return false;
            }

            when = new When.IsoWeek(number);
            return true;
        }

        if (DeadlinePattern().Match(normalized) is { Success: true } deadline)
        {
            if (!TryParseDay(deadline.Groups[2].Value, out var day, out var month, ref error)) return false;
            when = new When.Day(day, month, Before: deadline.Groups[1].Value == "voor", Deadline: true);
            return true;
        }

        var range = RangeSeparator().Split(normalized);
        if (range.Length == 2) return TryParseRange(range[0].Trim(), range[1].Trim(), out when, ref error);
        if (range.Length > 2) return Fail(text, out error);

        if (DutchMonths.TryParse(normalized, out var wholeMonth))
        {
            when = new When.WholeMonth(wholeMonth);
            return true;
        }

        if (DayPattern().IsMatch(normalized))
        {
            if (!TryParseDay(normalized, out var day, out var month, ref error)) return false;
            when = new When.Day(day, month, Before: false);
            return true;
        }

        return Fail(text, out error);
    }

    private static string BuildFormPattern()
    {
        var month = $"(?:{string.Join('|', DutchMonths.Spellings)})\\.?";
        var day = $@"\d{{1,2}}\s+{month}";
        var point = $"(?:{day}|{month})";
        var start = $@"(?:\d{{1,2}}(?:\s+{month})?|{month})";
        const string anchored = @"begin\s+schooljaar|eind\s+schooljaar|eerste\s+schoolweek|laatste\s+schoolweek|(?:v[oó][oó]r|week\s+v[oó][oó]r|na|eerste\s+week\s+na)\s+de\s+(?:herfst|kerst|voorjaars?|mei|zomer)vakantie";
        return $@"^\s*(?i:doorlopend|bij\s+voorval|elke\s+maand|{anchored}|week\s+\d{{1,2}}|(?:v[oó][oó]r|uiterlijk)\s+{day}|{point}|{start}(?:\s+t/m\s+|\s*[-–]\s*){point})\s*$";
    }

    private static bool TryParseRange(string from, string to, out When when, ref string error)
    {
        when = new When.Ongoing();
        if (DutchMonths.TryParse(from, out var fromMonth) && DutchMonths.TryParse(to, out var toMonth))
        {
            when = new When.MonthRange(fromMonth, toMonth);
            return true;
        }

        if (!TryParseDay(to, out var toDay, out toMonth, ref error)) return false;

        // "10 t/m 31 januari": the month of the end applies to the start too.
        var fromText = BareNumber().IsMatch(from) ? $"{from} {DutchMonths.Name(toMonth)}" : from;
        if (!TryParseDay(fromText, out var fromDay, out fromMonth, ref error)) return false;

        when = new When.DayRange(fromDay, fromMonth, toDay, toMonth);
        return true;
    }

    private static bool TryParseDay(string text, out int day, out int month, ref string error)
    {
        day = month = 0;
        var match = DayPattern().Match(text);
        if (!match.Success)
        {
            error = DutchMonths.TryParse(text, out _)
                ? $"'{text}' is een hele maand; hier hoort een dag bij, bijvoorbeeld '1 {text}'"
                : $"'{text}' is geen datum; schrijf een dag en een maand, bijvoorbeeld '15 juni'";
            return false;
        }

        var monthText = match.Groups[2].Value;
        if (!DutchMonths.TryParse(monthText, out month))
        {
            var suggestion = NearMiss.Suggest(monthText, DutchMonths.All);
            error = $"onbekende maand '{monthText}'" + (suggestion is null ? "" : $"; bedoelde je '{suggestion}'?");
            return false;
        }

        day = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DutchMonths.DaysIn(month))
        {
            error = $"{day} {DutchMonths.Name(month)} bestaat niet";
            return false;
        }

        return true;
    }

    private static bool Fail(string text, out string error)
    {
        var word = Normalize(text).Split(' ')[0];
        var suggestion = word.Length > 2 && !DutchMonths.TryParse(word, out _)
            ? NearMiss.Suggest(word, DutchMonths.All)
            : null;
        error = suggestion is not null
            ? $"onbekende maand '{word}' in '{text}'; bedoelde je '{suggestion}'?"
            : $"'{text}' is geen geldig moment; {Examples}";
        return false;
    }

    private static string Normalize(string text) =>
        Whitespace().Replace(text.Trim().ToLowerInvariant().Replace('ó', 'o').Replace('–', '-'), " ");

    [GeneratedRegex(@"^(?<soort>voor|week voor|na|eerste week na) de (?<vakantie>herfst|kerst|voorjaars?|mei|zomer)vakantie$")]
    private static partial Regex VacationPattern();

    [GeneratedRegex(@"^week (\d{1,2})$")]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"^(voor|uiterlijk) (.+)$")]
    private static partial Regex DeadlinePattern();

    [GeneratedRegex(@"^(\d{1,2}) ([a-z]+\.?)$")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\s+t/m\s+|\s*-\s*")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
