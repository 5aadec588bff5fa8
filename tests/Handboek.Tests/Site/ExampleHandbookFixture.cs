using Handboek.Tests.Support;

namespace Handboek.Tests.Site;

/// <summary>The example handbook in input/, built once for all tests that inspect it.</summary>
public sealed class ExampleHandbookFixture : IDisposable
{
    public BuiltSite Site { get; } = new(RepoPaths.Input, search: true);

    public IReadOnlyList<string> CardIds { get; } =
        Directory.GetFiles(Path.Combine(RepoPaths.Input, "kaarten"), "*.md", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Site.Dispose();
}
