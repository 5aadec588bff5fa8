namespace Handboek.Calendar;

/// <summary>An all-day agenda event; <see cref="End"/> is exclusive, as RFC 5545 wants for VALUE=DATE.</summary>
public sealed record IcsEvent(
    string Uid,
    DateOnly Start,
    DateOnly End,
    string Summary,
    string Description,
    string Url,
    string Category,
    DateOnly Stamp);
