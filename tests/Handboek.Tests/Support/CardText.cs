namespace Handboek.Tests.Support;

/// <summary>The text of a card that the spec base (Specs/basis) accepts, with the body a test needs.</summary>
public static class CardText
{
    public static string For(string titel, string body) => $"""
        ---
        titel: {titel}
        niveau: school
        eigenaar: directeur
        verantwoordelijke_rol: directeur
        ---

        {body}
        """;
}
