using Handboek.Building;
using Handboek.Tests.Support;

namespace Handboek.Tests.Safety;

/// <summary>Runs every section of Specs/onveilig.md through a build: the exact diagnostics, and nothing written on an error.</summary>
public class UnsafeInputSpecTests
{
    public static TheoryData<string> Sections() => SpecFile.Titles("onveilig.md");

    [Theory]
    [MemberData(nameof(Sections))]
    public void Refuses_with_the_documented_diagnostics(string title)
    {
        var section = SpecFile.Read("onveilig.md").Single(s => s.Title == title);
        Assert.NotNull(section.Expected);

        using var input = SpecFile.Input(section);
        using var output = new TempFolder();

        var site = Path.Combine(output.Path, "site");
        var result = HandbookBuilder.Build(Builds.Options(input.Path), site);

        var messages = Builds.Messages(result, input.Path).Select(m => m.Replace(input.Path, "input"));
        Assert.Equal(string.Join('\n', section.Expected), string.Join('\n', messages));
        var failed = section.Expected.Any(l => l.Contains(": fout: ", StringComparison.Ordinal));
        Assert.Equal(failed, !result.Succeeded);
        Assert.Equal(!failed, Directory.Exists(site));
    }
}
