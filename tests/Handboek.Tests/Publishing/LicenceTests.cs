using System.Text.Json;
using Handboek.Tests.Support;

namespace Handboek.Tests.Publishing;

/// <summary>A board may only use Handboek under a licence it can read: the EUPL-1.2, said in the same way everywhere.</summary>
public class LicenceTests
{
    [Fact]
    public void The_repository_the_npm_manifest_and_the_readme_name_the_EUPL_1_2()
    {
        var licence = File.ReadAllText(Path.Combine(RepoPaths.Root, "LICENSE"));
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package.json")));

        Assert.StartsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2", licence.Trim());
        Assert.Contains("15. Applicable Law", licence);
        Assert.Equal("EUPL-1.2", package.RootElement.GetProperty("license").GetString());
        Assert.Contains("[European Union Public Licence 1.2](LICENSE) (EUPL-1.2)", File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")));
    }
}
