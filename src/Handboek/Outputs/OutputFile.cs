using System.Collections.Frozen;
using System.Text;

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
public sealed class OutputFile(string path, Func<byte[]> render, IReadOnlySet<string>? dependsOn = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>For files no card change can touch: assets, the search and 404 pages.</summary>
    public static readonly IReadOnlySet<string> NoCards = FrozenSet<string>.Empty;

    public string Path { get; } = path;

    public IReadOnlySet<string>? DependsOn { get; } = dependsOn;

    public byte[] Render() => render();

    public static OutputFile Text(string path, Func<string> render, IReadOnlySet<string>? dependsOn = null) =>
        new(path, () => Utf8.GetBytes(render().ReplaceLineEndings("\n")), dependsOn);

    public static OutputFile Copy(string path, string sourceFile) => new(path, () => File.ReadAllBytes(sourceFile), NoCards);

    /// <summary>The same file under <paramref name="folder"/> ("archief/2025-2026/"), rendered the same way.</summary>
    public OutputFile Under(string folder) => new(folder + Path, render, DependsOn);
}
