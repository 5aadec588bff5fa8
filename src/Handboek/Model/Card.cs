namespace Handboek.Model;

/// <summary>One kwaliteitskaart, validated and with its calendar moments resolved for the school year.</summary>
public sealed record Card
{
    public required string Id { get; init; }
    public required string Titel { get; init; }
    public string? Samenvatting { get; init; }
    public required Category Categorie { get; init; }
    public required CardLevel Niveau { get; init; }

    /// <summary>Empty both when the card says <c>geen</c> and when it says nothing; see <see cref="GeenWettelijkeEis"/>.</summary>
    public required IReadOnlyList<LegalReference> WettelijkeEisen { get; init; }
    public bool GeenWettelijkeEis { get; init; }

    public required string Eigenaar { get; init; }
    public required IReadOnlyList<string> Verantwoordelijk { get; init; }
    public IReadOnlyList<string> Geraadpleegd { get; init; } = [];
    public IReadOnlyList<string> Geinformeerd { get; init; } = [];
    public IReadOnlyList<string> Goedkeuring { get; init; } = [];
    public IReadOnlyList<Participation> Medezeggenschap { get; init; } = [];

    public IReadOnlyList<CalendarMoment> Momenten { get; init; } = [];
    public IReadOnlyList<string> Inspectiekader { get; init; } = [];
    public CardStatus Status { get; init; } = CardStatus.Vastgesteld;
    public DateOnly? VastgesteldOp { get; init; }
    public DateOnly? HerzienOp { get; init; }
    public DateOnly? VolgendeHerziening { get; init; }
    public IReadOnlyList<string> Gerelateerd { get; init; } = [];

    public required MarkdownBody Body { get; init; }

    /// <summary>Path of the source file relative to the input folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }
}

public sealed record Category(string Id, string Naam);

/// <summary>A reference such as "WPO art. 13a lid 2", with its link to wetten.overheid.nl.</summary>
public sealed record LegalReference(string Wet, string Artikel, string? Lid, string? Sub, string Url)
{
    public string Label =>
        $"{Wet} art. {Artikel}" + (Lid is null ? "" : $" lid {Lid}") + (Sub is null ? "" : $" sub {Sub}");
}

public sealed record Participation(string Orgaan, ParticipationRight Recht);
