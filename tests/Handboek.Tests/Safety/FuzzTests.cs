using System.Text;
using Handboek.Building;
using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Scheduling;
using Handboek.Tests.Support;

namespace Handboek.Tests.Safety;

/// <summary>
/// A bounded fuzzer with a fixed seed, so a failure replays exactly: mangled front matter, <c>wanneer</c> values and
/// bodies must each give diagnostics with a position, never an exception.
/// </summary>
public class FuzzTests
{
    private const string Card = """
        ---
        titel: Schoolplan
        niveau: school
        wettelijke_eis: WPO art. 12
        eigenaar: directeur
        verantwoordelijke_rol: [directeur, leerkracht]
        medezeggenschap:
          mr: instemming
        kalendermoment:
          - wanneer: vóór 1 juli
            wat: Vaststellen
            rol: directeur
          - wanneer: elke 2 jaar in oktober
            vanaf: 2026-2027
        ---

        Tekst met een [link](schoolgids.md).
        """;

    private static readonly string[] YamlPieces =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "\"", "'", "\t", "\n", "  ", "&a ", "*a", "!!binary ", "|", ">", "%", "@", "`",
        "#", "\0", "\u2028", "\r", "\uFEFF", "ë", "😀", "---\n", "...", "? ", ",", "\\", "<<: *a", "~", "null", "0x1F",
    ];

    private static readonly string[] WhenPieces =
    [
        "vóór", "voor", "uiterlijk", "na", "elke", "week", "jaar", "juni", "februari", "31", "29", "0", "-1", "99999999999",
        "t/m", "tot", "-", "in", "oktober", " ", "2", "dag", "doorlopend", "maand", "eerste", "laatste", "werkdag", "1", "ʼ",
    ];

    [Fact]
    public void Mangled_front_matter_gives_positioned_diagnostics_and_never_an_exception()
    {
        var random = new Random(20261205);
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        var file = input["kaarten/onderwijs/kaart.md"];
        var frontMatterEnd = Card.IndexOf("\n---", 4, StringComparison.Ordinal);

        for (var round = 0; round < 400; round++)
        {
            var text = new StringBuilder(Card);
            for (var edit = random.Next(1, 6); edit > 0; edit--)
            {
                var at = random.Next(4, Math.Min(frontMatterEnd, text.Length));
                if (random.Next(3) == 0) text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at));
                else text.Insert(at, YamlPieces[random.Next(YamlPieces.Length)]);
            }

            // A deletion may split a surrogate pair; written as the replacement character, as an editor would.
            File.WriteAllBytes(file, Encoding.UTF8.GetBytes(text.ToString()));
            AssertPositioned(Builds.Check(input.Path).Diagnostics, text.ToString());
        }
    }

    [Fact]
    public void Any_wanneer_is_read_or_refused_in_words_never_with_an_exception()
    {
        var random = new Random(5545);
        var year = new SchoolYear(2026);
        for (var round = 0; round < 5_000; round++)
        {
            var wanneer = string.Join(' ', Enumerable.Range(0, random.Next(1, 7)).Select(_ => WhenPieces[random.Next(WhenPieces.Length)]));
            if (!WhenParser.TryParse(wanneer, out var when, out var error))
            {
                Assert.False(string.IsNullOrWhiteSpace(error), wanneer);
                continue;
            }

            WhenResolver.TryResolve(when, year, out _, out _);
        }
    }

    [Fact]
    public void Bodies_nested_and_broken_in_every_way_build_or_get_a_positioned_error()
    {
        var random = new Random(1729);
        string[] pieces = ["> ", "- ", "1. ", "[", "]", "(", ")", "*", "_", "`", "```\n", "\n", "    ", "<div>", "</div>", "#", "|", "!", "\\", "&amp;", "[^1]"];
        using var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        using var output = new TempFolder();

        for (var round = 0; round < 25; round++)
        {
            var body = new StringBuilder();
            var repeat = random.Next(1, 3) == 1 ? random.Next(50, 5_000) : 1;
            for (var i = random.Next(20, 200); i > 0; i--) body.Insert(random.Next(body.Length + 1), string.Concat(Enumerable.Repeat(pieces[random.Next(pieces.Length)], random.Next(1, 4) * repeat / 10 + 1)));
            var text = Card[..(Card.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)] + body;
            File.WriteAllText(input["kaarten/onderwijs/kaart.md"], text);

            var result = HandbookBuilder.Build(Builds.Options(input.Path), output["site"]);
            AssertPositioned(result.Diagnostics, text);
        }
    }

    private static void AssertPositioned(IReadOnlyList<Diagnostic> diagnostics, string input)
    {
        Assert.All(diagnostics, d =>
        {
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"{d.Format(d.Location.File)} for:\n{input}");
            Assert.True(File.Exists(d.Location.File) || Directory.Exists(d.Location.File), d.Format(d.Location.File));
            Assert.DoesNotContain("Exception", d.Message);
        });
    }
}
