using System.Collections.Frozen;
using System.Text;
using Handboek.Text;

namespace Handboek.Outputs;

/// <summary>
/// One file of the site, rendered when asked: a build renders every file once and writes it straight away, so
/// the whole site is never held in memory; the preview server renders only what a browser asks for.
/// </summary>
/// <param name="path">Relative to the output folder, with forward slashes.</param>
/// <param name="dependsOn">
/// The ids of the cards whose change can change this file, so the preview re-renders only what a saved card
/// affects; null means any change of the handbook.
/// </param>
public sealed class OutputFile(string path, Func<FileContent> render, IReadOnlySet<string>? dependsOn = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>For files no card change can touch: assets, the search and 404 pages.</summary>
    public static readonly IReadOnlySet<string> NoCards = FrozenSet<string>.Empty;

    public string Path { get; } = path;

    public IReadOnlySet<string>? DependsOn { get; } = dependsOn;

    /// <summary>The output that made it, for <c>build --tijden</c>.</summary>
    public string Kind { get; private init; } = "";

    public byte[] Render() => render().ToArray();

    /// <summary>The content as it was rendered, for the writer: a large file stays in the chunks it was written in.</summary>
    public FileContent RenderContent() => render();

    public static OutputFile Text(string path, Func<string> render, IReadOnlySet<string>? dependsOn = null) =>
        new(path, () => (FileContent)Utf8.GetBytes(render().ReplaceLineEndings("\n")), dependsOn);

    public static OutputFile Copy(string path, string sourceFile) => new(path, () => (FileContent)File.ReadAllBytes(sourceFile), NoCards);

    /// <summary>The same file under <paramref name="folder"/> ("archief/2025-2026/"), rendered the same way.</summary>
    public OutputFile Under(string folder) => new(folder + Path, render, DependsOn) { Kind = Kind };

    public OutputFile OfKind(string kind) => new(Path, render, DependsOn) { Kind = kind };
}
