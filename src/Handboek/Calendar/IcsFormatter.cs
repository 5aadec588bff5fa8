using System.Buffers;
using System.Globalization;
using System.Text;
using Handboek.Text;

namespace Handboek.Calendar;

/// <summary>
/// Writes an iCalendar file (RFC 5545) as UTF-8: CRLF line ends, lines folded at 75 octets, TEXT values escaped,
/// all-day events as VALUE=DATE so no time zone is involved.
/// </summary>
public static class IcsFormatter
{
    public static FileContent Format(string name, string description, IEnumerable<IcsEvent> events)
    {
        var ics = new ContentLineWriter();
        ics.Line("BEGIN:VCALENDAR");
        ics.Line("VERSION:2.0");
        ics.Line("PRODID:-//Handboek//Kwaliteitskalender//NL");
        ics.Line("CALSCALE:GREGORIAN");
        ics.Line("METHOD:PUBLISH");
        ics.Text("X-WR-CALNAME:", name);
        ics.Text("X-WR-CALDESC:", description);
        ics.Line("REFRESH-INTERVAL;VALUE=DURATION:P1D");
        ics.Line("X-PUBLISHED-TTL:P1D");
        foreach (var e in events)
        {
            ics.Line("BEGIN:VEVENT");
            ics.Line("UID:", e.Uid, e.UidSuffix);
            ics.Lines(e.Body.Head);
            ics.Lines(e.Body.Details.Lines);
            ics.Lines(e.Body.Tail);
        }

        ics.Line("END:VCALENDAR");
        return ics.Content();
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The content lines of an event after its UID up to and with SUMMARY.</summary>
    internal static byte[] HeadLines(DateOnly start, DateOnly end, IcsRevision revision, string summary)
    {
        var ics = new ContentLineWriter();
        ics.Line("DTSTAMP:", Utc(revision.Stamp));
        if (revision.FromHistory) ics.Line("LAST-MODIFIED:", Utc(revision.Stamp));
        ics.Line("SEQUENCE:", revision.Sequence.ToString(CultureInfo.InvariantCulture));
        ics.Date("DTSTART;VALUE=DATE:", start);
        ics.Date("DTEND;VALUE=DATE:", end);
        ics.Text("SUMMARY:", summary);
        return ics.ToArray();
    }

    /// <summary>The content lines of an event after its DESCRIPTION and URL, up to and with END:VEVENT.</summary>
    internal static byte[] TailLines(IcsEventText text, Model.Reminder? reminder)
    {
        var ics = new ContentLineWriter();
        ics.TextList("CATEGORIES:", text.Categories);
        ics.Line("TRANSP:TRANSPARENT");
        if (reminder is { Days: var days })
        {
            ics.Line("BEGIN:VALARM");
            ics.Line("ACTION:DISPLAY");
            ics.Text("DESCRIPTION:", text.Summary);
            ics.Line("TRIGGER:", days % 7 == 0 ? $"-P{days / 7}W" : $"-P{days}D");
            ics.Line("END:VALARM");
        }

        ics.Line("END:VEVENT");
        return ics.ToArray();
    }

    internal static byte[] DetailLines(IcsEventDetails details)
    {
        var ics = new ContentLineWriter();
        ics.Text("DESCRIPTION:", details.Description);
        ics.Line("URL:", details.Url);
        return ics.ToArray();
    }

    /// <summary>Writes content lines as UTF-8, folding each at 75 octets without splitting a character.</summary>
    private sealed class ContentLineWriter
    {
        private const int MaxOctets = 75;
        private static readonly SearchValues<char> PlainText = SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not ('\\' or ';' or ',') && (c == '\t' || !char.IsControl(c))).ToArray());
        // Not IndexOfAnyExceptInRange('\0', '\x7f'): as compiled here it boxed both bounds on every call, a quarter of
        // what the feeds of a large handbook allocated.
        private static readonly SearchValues<char> AsciiText = SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).ToArray());
        private readonly ChunkedBuffer _bytes = new();
        private int _octets;

        public void Line(string name, string value = "", string suffix = "")
        {
            Append(name, escape: false);
            Append(value, escape: false);
            Append(suffix, escape: false);
            End();
        }

        public void Text(string name, string value)
        {
            Append(name, escape: false);
            Append(value, escape: true);
            End();
        }

        /// <summary>A list of TEXT values: each escaped (a comma inside one too), joined by bare commas.</summary>
        public void TextList(string name, IReadOnlyList<string> values)
        {
            Append(name, escape: false);
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0) Append(",", escape: false);
                Append(values[i], escape: true);
            }

            End();
        }

        /// <summary>Complete content lines, already folded.</summary>
        public void Lines(ReadOnlySpan<byte> lines) => _bytes.Write(lines);

        public void Date(string name, DateOnly date, string suffix = "")
        {
            Append(name, escape: false);
            Span<char> digits = stackalloc char[8];
            date.TryFormat(digits, out _, "yyyyMMdd", CultureInfo.InvariantCulture);
            Append(digits, escape: false);
            Append(suffix, escape: false);
            End();
        }

        /// <summary>The lines as one array, to keep; the chunks they were written in go back to the pool.</summary>
        public byte[] ToArray()
        {
            var bytes = _bytes.ToArray();
            _bytes.Release();
            return bytes;
        }

        public FileContent Content() => FileContent.Of(_bytes);

        /// <param name="escape">RFC 5545 section 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT.</param>
        private void Append(ReadOnlySpan<char> text, bool escape)
        {
            while (!text.IsEmpty)
            {
                // Copy the longest run of ASCII that needs no escaping and fits on the line at once.
                var run = text.IndexOfAnyExcept(escape ? PlainText : AsciiText);
                run = Math.Min(run < 0 ? text.Length : run, MaxOctets - _octets);
                if (run > 0)
                {
                    System.Text.Ascii.FromUtf16(text[..run], _bytes.GetSpan(run), out _);
                    _bytes.Advance(run);
                    _octets += run;
                    text = text[run..];
                    continue;
                }

                var c = text[0];
                if (c >= 0x80)
                {
                    Rune.DecodeFromUtf16(text, out var rune, out var chars);
                    Fold(rune.Utf8SequenceLength);
                    _bytes.Advance(rune.EncodeToUtf8(_bytes.GetSpan(4)));
                    _octets += rune.Utf8SequenceLength;
                    text = text[chars..];
                }
                else if (!escape || PlainText.Contains(c))
                {
                    Fold(1); // the line is full; the next round copies the run
                }
                else if (c is '\n' or '\r')
                {
                    // Any line break (CRLF, LF or a bare CR) is one escaped newline: a raw CR would end the property.
                    Ascii('\\');
                    Ascii('n');
                    text = text[(text.StartsWith("\r\n") ? 2 : 1)..];
                }
                else if (char.IsControl(c))
                {
                    text = text[1..]; // RFC 5545 allows no other control characters in TEXT
                }
                else
                {
                    Ascii('\\');
                    Ascii(c);
                    text = text[1..];
                }
            }
        }

        private void Ascii(char c)
        {
            Fold(1);
            _bytes.GetSpan(1)[0] = (byte)c;
            _bytes.Advance(1);
            _octets++;
        }

        private void Fold(int octets)
        {
            if (_octets + octets <= MaxOctets) return;
            _bytes.Write("\r\n "u8);
            _octets = 1;
        }

        private void End()
        {
            _bytes.Write("\r\n"u8);
            _octets = 0;
        }
    }
}
