using Handboek.Tools;

namespace Handboek.Editing;

/// <summary>One file of the form editor as the site serves it, and where it comes from in node_modules.</summary>
public sealed record CmsFile(string SitePath, string SourcePath);

/// <summary>
/// The form editor's files, installed by <c>npm ci</c> from package.json: Decap CMS's standalone bundle (with the
/// chunks and WebAssembly it loads from beside itself) and js-yaml for beheer.js. They are copied into /beheer/ so the
/// site never loads a script from another host.
/// </summary>
public static class CmsBundle
{
    public const string Folder = "beheer/";

    /// <summary>The scripts the page loads, in order; beheer.js (the theme's) comes after them.</summary>
    public static readonly IReadOnlyList<string> Scripts = [Folder + "decap-cms.js", Folder + "js-yaml.min.js"];

    public const string HowToInstall = "installeer Node.js en voer 'npm ci' uit in de map met package.json, en bouw opnieuw";

    /// <summary>The files, or null when npm ci has not run.</summary>
    public static IReadOnlyList<CmsFile>? Locate(string inputDir)
    {
        var decap = NodeModules.Find(inputDir, Path.Combine("decap-cms", "dist"), d => File.Exists(Path.Combine(d, "decap-cms.js")));
        var yaml = NodeModules.Find(inputDir, Path.Combine("js-yaml", "dist", "js-yaml.min.js"), File.Exists);
        return decap is null || yaml is null ? null : Files(decap, yaml);
    }

    private static List<CmsFile> Files(string decap, string yaml) =>
    [
        .. new DirectoryInfo(decap).EnumerateFiles()
            .Where(f => f.Name.EndsWith("decap-cms.js", StringComparison.Ordinal) || f.Name == "decap-cms.js.LICENSE.txt" || f.Extension == ".wasm")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new CmsFile(Folder + f.Name, f.FullName)),
        new CmsFile(Folder + "js-yaml.min.js", yaml),
    ];
}
