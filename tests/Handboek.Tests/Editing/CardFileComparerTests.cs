using Handboek.Comparing;
using Handboek.Tests.Support;

namespace Handboek.Tests.Editing;

/// <summary>'handboek diff' calls a card changed when it says something else, not when the form editor lays it out anew.</summary>
public sealed class CardFileComparerTests
{
    private const string ByHand = """
        ---
        # Bijgewerkt na de audit.
        titel: Schoolgids
        niveau: school
        wettelijke_eis: WPO art. 13
        eigenaar: directeur
        verantwoordelijke_rol: directeur
        geraadpleegd: [leerlingenraad, leerkracht]
        samenvatting:
        kalendermoment: juni
        schooljaar_notitie: "2026-2027"
        ---

        De schoolgids.
        """;

    private const string FromTheForm = """
        ---
        titel: Schoolgids
        niveau: school
        wettelijke_eis: [WPO art. 13]
        eigenaar: directeur
        verantwoordelijke_rol: [directeur]
        geraadpleegd:
          - leerlingenraad
          - leerkracht
        kalendermoment:
          - wanneer: juni
        schooljaar_notitie: 2026-2027
        ---

        De schoolgids.
        """;

    [Fact]
    public void The_same_card_in_the_form_editors_layout_is_no_change()
    {
        Assert.True(Same(ByHand, FromTheForm));
    }

    [Theory]
    [InlineData("titel: Schoolgids\n", "titel: Schoolgids 2027\n")]
    [InlineData("kalendermoment:\n  - wanneer: juni", "kalendermoment:\n  - wanneer: mei")]
    [InlineData("  - leerlingenraad\n  - leerkracht", "  - leerkracht\n  - leerlingenraad")]
    [InlineData("verantwoordelijke_rol: [directeur]", "verantwoordelijke_rol: [directeur, ib-er]")]
    [InlineData("De schoolgids.", "De nieuwe schoolgids.")]
    public void A_changed_value_order_or_text_is_a_change(string from, string to)
    {
        Assert.Contains(from, FromTheForm);
        Assert.False(Same(ByHand, FromTheForm.Replace(from, to)));
    }

    private static bool Same(string a, string b)
    {
        using var folder = new TempFolder();
        folder.Write("a.md", a).Write("b.md", b);
        return CardFileComparer.Same(folder["a.md"], folder["b.md"]);
    }
}
