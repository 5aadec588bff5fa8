using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Handboek.Building;

namespace Handboek.Tests.Support;

/// <summary>A site built from an input folder into a temp folder, with helpers to read it as a user's browser would.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _output = new();

    public BuiltSite(string inputDir, Model.SchoolYear? year = null, bool search = false)
    {
        Result = HandbookBuilder.Build(Builds.Options(inputDir, search) with { SchoolYear = year }, Dir);
    }

    public BuildResult Result { get; }

    public string Dir => Path.Combine(_output.Path, "_site");

    public IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public string Text(string path) => File.ReadAllText(Path.Combine(Dir, path));

    public IHtmlDocument Html(string path) => Parser.ParseDocument(Text(path));

    /// <summary>The file a root-relative URL serves, as a static host resolves it ("/x/" is "x/index.html").</summary>
    public string? FileFor(string url)
    {
        var path = Uri.UnescapeDataString(url.Split('#')[0].TrimStart('/'));
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        return File.Exists(Path.Combine(Dir, path)) ? path : null;
    }

    public void Dispose() => _output.Dispose();
}
