namespace Handboek.Calendar;

/// <summary>An all-day agenda event in one feed: its UID names the feed's scope, the rest it shares with other feeds.</summary>
/// <param name="UidSuffix">Written right after <paramref name="Uid"/>: the feed's own part of the UID, so the part every
/// feed shares is not copied into a new string for each.</param>
public readonly record struct IcsEvent(string Uid, IcsEventBody Body, string UidSuffix = "")
{
    public IcsEvent(string uid, DateOnly start, DateOnly end, IcsRevision revision, IcsEventText text, Model.Reminder? reminder = null)
        : this(uid, new IcsEventBody(start, end, revision, text, reminder))
    {
    }
}

/// <summary>
/// An event as every feed that has it writes it, all but the UID: a moment of a school is in the feed of each of its
/// roles at each school with the same holidays, so its content lines are made once and copied after each UID.
/// </summary>
/// <param name="end">Exclusive, as RFC 5545 wants for VALUE=DATE.</param>
/// <param name="revision">When its card last changed and how often, so an agenda takes a changed event as newer.</param>
/// <param name="reminder">An alarm this long before the event (VALARM); null for none.</param>
public sealed class IcsEventBody(DateOnly start, DateOnly end, IcsRevision revision, IcsEventText text, Model.Reminder? reminder)
{
    private byte[]? _lines;

    public DateOnly Start { get; } = start;
    public DateOnly End { get; } = end;
    public IcsRevision Revision { get; } = revision;
    public IcsEventText Text { get; } = text;
    public Model.Reminder? Reminder { get; } = reminder;

    // As for IcsEventText: two feeds that write the same body at once make the same bytes.
    internal byte[] Lines => _lines ??= IcsFormatter.BodyLines(this);
}

/// <summary>
/// The version of an event: from git, the last commit that changed its card (LAST-MODIFIED) and how many did
/// (SEQUENCE, which only grows); outside git, the card's own dates and sequence 0.
/// </summary>
public readonly record struct IcsRevision(DateTimeOffset Stamp, int Sequence, bool FromHistory);

/// <summary>
/// What an event says. It reads the same in every feed that has the event (a school moment is in a dozen), so its
/// content lines are escaped and folded once, the first time a feed writes it.
/// </summary>
public sealed class IcsEventText(string summary, string description, string url, IReadOnlyList<string> categories)
{
    private byte[]? _lines;

    public string Summary { get; } = summary;
    public string Description { get; } = description;
    public string Url { get; } = url;
    public IReadOnlyList<string> Categories { get; } = categories;

    // Feeds are written on several threads; two that format the same text at once make the same bytes.
    internal byte[] Lines => _lines ??= IcsFormatter.TextLines(this);
}
