using Handboek.Diagnostics;
using Handboek.Model;

namespace Handboek.Validation;

/// <summary>
/// A linked file lands in the site at its input path, so <c>assets/kalender.js</c> or <c>index.html</c> in the input
/// would replace a generated file. Every such link is an error, as is a path in a folder a tool writes after the build.
/// </summary>
public static class AttachmentPathValidator
{
    /// <summary>Folders that Pagefind and the preview server write into the site.</summary>
    private static readonly string[] ReservedFolders = ["pagefind/", "_handboek/"];

    public static void Validate(Handbook handbook, IReadOnlySet<string> attachments, IReadOnlySet<string> generated, DiagnosticBag diagnostics)
    {
        var links = handbook.Cards.SelectMany(c => c.Body.Links).Concat(handbook.Pages.SelectMany(p => p.Body.Links));
        foreach (var link in links)
        {
            if (link.TargetPath is not { } path || !attachments.Contains(path)) continue;
            if (generated.Contains(path) || ReservedFolders.Any(f => path.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(link.At,
                    $"'{link.Written}' zou in de site op de plaats komen van /{path}, een bestand dat Handboek zelf maakt; zet het bestand in een andere map, bijvoorbeeld bijlagen/");
            }
        }
    }
}
