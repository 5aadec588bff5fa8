namespace Handboek.Model;

/// <summary>
/// One kwaliteitskaart. As read it is the same for every school year; the schedule phase gives its moments their
/// dates in the year being built (Scheduling/MomentScheduler). The code names are
/// English; the Dutch names are the contract and live where boards and integrations see them: the front-matter keys
/// (Schema/InputSchema), the template views and handboek.json.
/// </summary>
public sealed record Card
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public required Category Category { get; init; }
    public required CardLevel Level { get; init; }

    /// <summary>Empty both when the card says <c>geen</c> and when it says nothing; see <see cref="NoLegalRequirement"/>.</summary>
    public required IReadOnlyList<LegalReference> LegalRequirements { get; init; }
    public bool NoLegalRequirement { get; init; }

    public required string Owner { get; init; }
    public required IReadOnlyList<string> Responsible { get; init; }
    public IReadOnlyList<string> Consulted { get; init; } = [];
    public IReadOnlyList<string> Informed { get; init; } = [];
    public IReadOnlyList<string> Approval { get; init; } = [];
    public IReadOnlyList<Participation> ParticipationRights { get; init; } = [];

    public IReadOnlyList<CalendarMoment> Moments { get; init; } = [];
    public IReadOnlyList<string> Standards { get; init; } = [];
    public CardStatus Status { get; init; } = CardStatus.Adopted;
    public DateOnly? AdoptedOn { get; init; }
    public DateOnly? RevisedOn { get; init; }
    public DateOnly? NextReview { get; init; }
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>From <c>besluiten</c>, oldest first: who decided what about the card, and when.</summary>
    public IReadOnlyList<Decision> Decisions { get; init; } = [];

    /// <summary>From <c>vorige_ids</c>: the ids the card had before, oldest first; their addresses redirect here.</summary>
    public IReadOnlyList<string> PreviousIds { get; init; } = [];

    /// <summary>The id the card's agenda events keep across renames: its first id.</summary>
    public string FirstId => PreviousIds.Count > 0 ? PreviousIds[0] : Id;

    public required MarkdownBody Body { get; init; }

    /// <summary>Path of the source file relative to the input folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }
}

/// <param name="Order">From <c>volgorde</c> in categorieen.yml: lower comes first in the menu; others follow by name.</param>
public sealed record Category(string Id, string Name, int Order = int.MaxValue);

/// <summary>A reference such as "WPO art. 13a lid 2", with its link to wetten.overheid.nl.</summary>
public sealed record LegalReference(string LawId, string Article, string? Paragraph, string? Item, string Url)
{
    public string Label =>
        $"{LawId} art. {Article}" + (Paragraph is null ? "" : $" lid {Paragraph}") + (Item is null ? "" : $" sub {Item}");
}

public sealed record Participation(string Body, ParticipationRight Right);

/// <summary>One line of a card's decision history: on <see cref="Date"/> the role <see cref="Body"/> took <see cref="Kind"/>.</summary>
/// <param name="Document">The minutes or the signed document, as a web address.</param>
public sealed record Decision(DateOnly Date, string Body, DecisionKind Kind, string? Document);
