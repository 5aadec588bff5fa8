using Handboek.Tests.Support;

namespace Handboek.Tests.Loading;

/// <summary>Every validation rule has a section in Specs/validatie.md that names its file, so a message leads to its code.</summary>
public class ValidationRuleDocumentationTests
{
    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Handboek", "Validation"), "*.cs").Order(StringComparer.Ordinal))
        {
            // The phase itself, which calls the rules.
            if (Path.GetFileName(file) != "HandbookValidator.cs") data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_is_named_in_a_section_of_the_validation_spec(string rule)
    {
        var spec = File.ReadAllText(Path.Combine(RepoPaths.Specs, "validatie.md"));
        Assert.Contains($"Regel: `Validation/{rule}`", spec, StringComparison.Ordinal);
    }
}
