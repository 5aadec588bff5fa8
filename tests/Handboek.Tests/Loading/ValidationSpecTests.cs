using Handboek.Tests.Support;

namespace Handboek.Tests.Loading;

/// <summary>Runs every section of Specs/validatie.md: the exact diagnostics, with line and column.</summary>
public class ValidationSpecTests
{
    public static TheoryData<string> Sections() => SpecFile.Titles("validatie.md");

    [Theory]
    [MemberData(nameof(Sections))]
    public void Reports_exactly_the_documented_diagnostics(string title)
    {
        var section = SpecFile.Read("validatie.md").Single(s => s.Title == title);
        Assert.NotNull(section.Expected);

        using var input = SpecFile.Input(section);

        var result = Builds.Check(input.Path);

        // Joined, so a failure shows the whole message rather than a truncated list.
        Assert.Equal(string.Join('\n', section.Expected), string.Join('\n', Builds.Messages(result, input.Path)));
        Assert.Equal(section.Expected.Any(l => l.Contains(": fout: ", StringComparison.Ordinal)), !result.Succeeded);
    }
}
