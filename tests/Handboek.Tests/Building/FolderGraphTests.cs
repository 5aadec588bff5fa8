using System.Text.RegularExpressions;
using Handboek.Tests.Support;

namespace Handboek.Tests.Building;

/// <summary>
/// The folders of the library are the phases of a build; a folder that imports one that imports it back makes the
/// phases a knot that no one can change one at a time.
/// </summary>
public partial class FolderGraphTests
{
    [Fact]
    public void No_folder_of_the_library_imports_itself_through_others()
    {
        var library = Path.Combine(RepoPaths.Root, "src", "Handboek");
        var imports = Directory.GetDirectories(library)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(folder => folder is not ("bin" or "obj"))
            .ToDictionary(folder => folder, folder => Directory.GetFiles(Path.Combine(library, folder), "*.cs", SearchOption.AllDirectories)
                .SelectMany(file => Using().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
                .Where(imported => imported != folder)
                .ToHashSet(StringComparer.Ordinal));

        foreach (var start in imports.Keys.Order(StringComparer.Ordinal))
        {
            var path = PathBack(start, start, imports, []);
            Assert.True(path is null, $"{start} importeert zichzelf via {string.Join(" → ", path ?? [])}");
        }
    }

    [Fact]
    public void Loading_never_imports_validation_or_rendering()
    {
        var loading = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "Handboek", "Loading"), "*.cs");
        var imported = loading.SelectMany(file => Using().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.DoesNotContain("Validation", imported);
        Assert.DoesNotContain("Rendering", imported);
        Assert.Contains("Model", imported);
    }

    private static List<string>? PathBack(string from, string target, Dictionary<string, HashSet<string>> imports, HashSet<string> seen)
    {
        foreach (var next in imports.GetValueOrDefault(from, []).Order(StringComparer.Ordinal))
        {
            if (next == target) return [from, next];
            if (!seen.Add(next)) continue;
            if (PathBack(next, target, imports, seen) is { } rest) return [from, .. rest];
        }

        return null;
    }

    // A using, or a name written out in full (Handboek.Diagnostics.SourceLocation).
    [GeneratedRegex(@"\bHandboek\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Using();
}
