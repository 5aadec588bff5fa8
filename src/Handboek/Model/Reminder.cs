namespace Handboek.Model;

/// <summary>
/// How long before a moment an agenda reminds people of it ("1 week", "3 dagen"), from the key <c>herinnering</c> on a
/// card or on one moment; in a feed it becomes an alarm (VALARM) on the event.
/// </summary>
public readonly record struct Reminder(int Days);
