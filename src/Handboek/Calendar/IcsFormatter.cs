using System.Text;

namespace Handboek.Calendar;

/// <summary>
/// Writes an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets, TEXT values escaped,
/// all-day events as VALUE=DATE so no time zone is involved.
/// </summary>
public static class IcsFormatter
{
    private const int MaxOctets = 75;

    public static string Format(string name, string description, IEnumerable<IcsEvent> events)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Handboek//Kwaliteitskalender//NL");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(name));
        Line(ics, "X-WR-CALDESC:" + Escape(description));
        Line(ics, "REFRESH-INTERVAL;VALUE=DURATION:P1D");
        Line(ics, "X-PUBLISHED-TTL:P1D");
        foreach (var e in events)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + e.Uid);
            Line(ics, $"DTSTAMP:{e.Stamp:yyyyMMdd}T000000Z");
            Line(ics, $"DTSTART;VALUE=DATE:{e.Start:yyyyMMdd}");
            Line(ics, $"DTEND;VALUE=DATE:{e.End:yyyyMMdd}");
            Line(ics, "SUMMARY:" + Escape(e.Summary));
            Line(ics, "DESCRIPTION:" + Escape(e.Description));
            Line(ics, "URL:" + e.Url);
            Line(ics, "CATEGORIES:" + Escape(e.Category));
            Line(ics, "TRANSP:TRANSPARENT");
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>RFC 5545 section 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n");

    /// <summary>Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var index = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(line, index, rune.Utf16SequenceLength);
            index += rune.Utf16SequenceLength;
            octets += size;
        }

        ics.Append("\r\n");
    }
}
