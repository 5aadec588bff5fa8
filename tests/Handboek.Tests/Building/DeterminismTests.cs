using System.Globalization;
using Handboek.Tests.Support;

namespace Handboek.Tests.Building;

public class DeterminismTests
{
    [Fact]
    public void The_same_input_gives_byte_identical_output_whatever_the_culture_or_file_order()
    {
        // Both are copies outside git, so "Laatst gewijzigd" comes from the same place for both.
        using var copy = new TempFolder().CopyFrom(RepoPaths.Input);
        using var reordered = new TempFolder().CopyFrom(RepoPaths.Input, reverse: true);
        using var first = new BuiltSite(copy.Path, search: true);
        using var second = WithCulture("tr-TR", () => new BuiltSite(reordered.Path, search: true));

        Assert.True(first.Result.Succeeded);
        Assert.Equal(first.Files(), second.Files());
        Assert.All(first.Files(), path =>
            Assert.True(File.ReadAllBytes(Path.Combine(first.Dir, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Dir, path))), path));
    }

    private static T WithCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = new CultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
            CultureInfo.DefaultThreadCurrentCulture = null;
        }
    }
}
