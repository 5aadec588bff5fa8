using System.Text.RegularExpressions;

namespace Handboek.Loading;

/// <summary>
/// Which input files may be copied into the site as they are: images and documents, never a file a browser would run.
/// Copied files are served from the site's own origin, where the Content-Security-Policy trusts scripts ('self'): a
/// pull request that adds <c>bijlage.js</c> and a link to it would otherwise have a script the policy lets through.
/// </summary>
public static partial class Attachment
{
    private static readonly HashSet<string> Executable = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".cjs", ".wasm", ".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml", ".xsl", ".xslt", ".svgz",
        ".swf", ".jar", ".webmanifest", ".appcache", ".manifest", ".map",
    };

    /// <summary>Why <paramref name="file"/> may not be copied into the site, in Dutch, or null.</summary>
    public static string? Problem(string file)
    {
        var extension = Path.GetExtension(file);
        if (Executable.Contains(extension))
            return $"een {extension}-bestand kan een browser uitvoeren, en dat mag niet vanuit de invoer; " +
                "zet de inhoud in de kaart zelf of lever het bestand als PDF";
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) && ActiveSvgContent().IsMatch(File.ReadAllText(file)))
            return "deze SVG bevat een script, een gebeurtenis (zoals onload), een ingebedde pagina of een javascript:- of data:-adres; " +
                "sla de afbeelding op zonder die onderdelen, of als PNG";
        return null;
    }

    [GeneratedRegex(@"<\s*(script|foreignObject|iframe|embed|object|handler)\b|\son[a-z]+\s*=|javascript:|data:|<!ENTITY", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveSvgContent();
}
