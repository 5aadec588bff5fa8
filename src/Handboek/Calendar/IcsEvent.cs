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
/// roles at each school with the same holidays, so its content lines are made once and copied after each UID. Only the
/// lines are kept, and the lines about the card, date and link (<see cref="IcsEventDetails"/>) only once for all the
/// events that say them: a large handbook's feeds hold hundreds of thousands of these for the whole build.
/// </summary>
/// <param name="end">Exclusive, as RFC 5545 wants for VALUE=DATE.</param>
/// <param name="revision">When its card last changed and how often, so an agenda takes a changed event as newer.</param>
/// <param name="reminder">An alarm this long before the event (VALARM); null for none.</param>
public sealed class IcsEventBody(DateOnly start, DateOnly end, IcsRevision revision, IcsEventText text, Model.Reminder? reminder)
{
    /// <summary>From DTSTAMP through SUMMARY.</summary>
    internal byte[] Head { get; } = IcsFormatter.HeadLines(start, end, revision, text.Summary);

    /// <summary>DESCRIPTION and URL, shared.</summary>
    internal IcsEventDetails Details { get; } = text.Details;

    /// <summary>From CATEGORIES through END:VEVENT.</summary>
    internal byte[] Tail { get; } = IcsFormatter.TailLines(text, reminder);
}

/// <summary>
/// The version of an event: from git, the last commit that changed its card (LAST-MODIFIED) and how many did
/// (SEQUENCE, which only grows); outside git, the card's own dates and sequence 0.
/// </summary>
public readonly record struct IcsRevision(DateTimeOffset Stamp, int Sequence, bool FromHistory);

/// <summary>
/// What an event says. Its summary differs per feed (with the role first, why it is there); what it says of the card,
/// its date and link (<see cref="IcsEventDetails"/>) reads the same in every feed that has the event, so those lines
/// are escaped and folded once.
/// </summary>
public sealed class IcsEventText(string summary, IcsEventDetails details, IReadOnlyList<string> categories)
{
    public IcsEventText(string summary, string description, string url, IReadOnlyList<string> categories)
        : this(summary, new IcsEventDetails(description, url), categories)
    {
    }

    public string Summary { get; } = summary;
    public IcsEventDetails Details { get; } = details;
    public IReadOnlyList<string> Categories { get; } = categories;
}

/// <summary>The DESCRIPTION and URL of an event, shared by its texts in every feed.</summary>
public sealed class IcsEventDetails(string description, string url)
{
    private byte[]? _lines;

    public string Description { get; } = description;
    public string Url { get; } = url;

    // Feeds are written on several threads; two that format the same details at once make the same bytes.
    internal byte[] Lines => _lines ??= IcsFormatter.DetailLines(this);
}
