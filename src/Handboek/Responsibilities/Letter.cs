namespace Handboek.Responsibilities;

/// <summary>What a role does on a card, in the order the matrix lists them.</summary>
public enum Letter
{
    /// <summary>Eigenaar: owns the card and is accountable.</summary>
    A,

    /// <summary>Verantwoordelijke rol: carries it out.</summary>
    R,

    /// <summary>Geraadpleegd.</summary>
    C,

    /// <summary>Geïnformeerd.</summary>
    I,

    /// <summary>Goedkeuring.</summary>
    G,
}

public static class Letters
{
    public static readonly IReadOnlyList<Letter> All = Enum.GetValues<Letter>();

    /// <summary>The Dutch legend: what a letter means to staff reading the matrix.</summary>
    public static string Meaning(this Letter letter) => letter switch
    {
        Letter.A => "Eigenaar: is aanspreekbaar en legt verantwoording af",
        Letter.R => "Voert uit",
        Letter.C => "Wordt geraadpleegd",
        Letter.I => "Wordt geïnformeerd",
        _ => "Keurt goed",
    };

    /// <summary>
    /// Why a moment that another role carries out is on this role's calendar: "ter informatie" beside a moment of a
    /// card where the role is informed.
    /// </summary>
    public static string Involvement(this Letter letter) => letter switch
    {
        Letter.A => "als eigenaar",
        Letter.R => "als verantwoordelijke",
        Letter.C => "wordt geraadpleegd",
        Letter.I => "ter informatie",
        _ => "keurt goed",
    };

    /// <summary>The heading of a letter's group on a role page.</summary>
    public static string Heading(this Letter letter) => letter switch
    {
        Letter.A => "Eigenaar",
        Letter.R => "Voert uit",
        Letter.C => "Geraadpleegd",
        Letter.I => "Geïnformeerd",
        _ => "Keurt goed",
    };
}
