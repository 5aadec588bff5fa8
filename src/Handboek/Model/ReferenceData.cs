namespace Handboek.Model;

public sealed record Role(string Id, string Naam, string Omschrijving, RoleLevel Niveau);

public sealed record Law(string Id, string Naam, string Bwb);

public sealed record Standard(string Code, string Naam, string Niveau);

public sealed record School(string Id, string Naam, string Brin, string Plaats);

/// <summary>The board-wide settings from handboek.yml, with the school year already decided.</summary>
public sealed record HandbookSettings(string Naam, Uri BasisUrl, string? Repository, SchoolYear Schooljaar);
