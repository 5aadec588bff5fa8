namespace Handboek.Calendar;

/// <summary>An all-day agenda event; <see cref="End"/> is exclusive, as RFC 5545 wants for VALUE=DATE.</summary>
/// <param name="Revision">When its card last changed and how often, so an agenda takes a changed event as newer.</param>
/// <param name="Reminder">An alarm this long before the event (VALARM); null for none.</param>
public sealed record IcsEvent(string Uid, DateOnly Start, DateOnly End, IcsRevision Revision, IcsEventText Text, Model.Reminder? Reminder = null);

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
