using Handboek.Tests.Support;

namespace Handboek.Tests.Loading;

/// <summary>Whatever a card contains, check answers with diagnostics, never with an exception.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("---\n- een\n- lijst\n---\n")]
    [InlineData("---\n: zonder sleutel\n---\n")]
    [InlineData("---\n\ttitel: tab\n---\n")]
    [InlineData("---\ntitel: [a, b]\nniveau: {x: y}\neigenaar: [directeur, ib-er]\nverantwoordelijke_rol: {a: b}\n---\n")]
    [InlineData("---\ntitel: X\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\nkalendermoment: [[juni], {wanneer: [a]}, {wanneer: juni, cyclus: [x], vanaf: 2023}]\n---\n")]
    [InlineData("---\ntitel: X\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\nmedezeggenschap: [mr]\ngerelateerd: {a: b}\nwettelijke_eis: {wpo: 1}\n---\n")]
    [InlineData("---\ntitel: X\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\nmedezeggenschap:\n  ? [mr]\n  : advies\n  mr: [instemming]\n---\n")]
    [InlineData("---\ntitel: X\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\nkalendermoment: {wanneer: week 99}\ninspectiekader: {KA1: ja}\n---\n")]
    [InlineData("---\ntitel: X\nniveau: school\neigenaar: directeur\nverantwoordelijke_rol: directeur\n---\n[leeg]() [anker](#) [mail](mailto:a@b.nl) ![x](%zz.png) [map](../) [diep](../../../../../../x.md)\n")]
    [InlineData("---\ntitel: &anker X\nniveau: *anker\n---\n")]
    [InlineData("---\ntitel: \"niet afgesloten\n---\n")]
    [InlineData("\uFEFF---\r\ntitel: Windows\r\nniveau: school\r\n---\r\n")]
    [InlineData("")]
    public void A_broken_card_yields_errors_not_an_exception(string content)
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis)
            .Write("kaarten/onderwijs/kaart.md", content);

        var result = Builds.Check(input.Path);

        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.Format("?")));
    }

    [Theory]
    [InlineData("rollen.yml", "id: directeur")]
    [InlineData("rollen.yml", "- [een, lijst]\n- id: x")]
    [InlineData("wetten.yml", "- id: WVO 2020\n  naam: Wet voortgezet onderwijs 2020\n  bwb: BWBR0044212")]
    [InlineData("handboek.yml", "- naam")]
    [InlineData("handboek.yml", "naam: [a]\nbasis_url: ftp://x")]
    public void A_broken_data_file_yields_errors_not_an_exception(string file, string content)
    {
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis).Write(file, content);

        Assert.False(Builds.Check(input.Path).Succeeded);
    }

    [Fact]
    public void A_missing_input_folder_is_an_error()
    {
        var result = Builds.Check(Path.Combine(Path.GetTempPath(), "bestaat-niet-" + Guid.NewGuid()));

        Assert.Contains("de invoermap bestaat niet", Assert.Single(result.Diagnostics).Message);
    }
}
