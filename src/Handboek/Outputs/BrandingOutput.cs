using System.Text;
using Handboek.Model;

namespace Handboek.Outputs;

/// <summary>
/// assets/merk.css with the board's colour and its derived readable tints, the board's logo, and without a logo a
/// generated icon for the browser tab (the board's first letter on its colour). A stylesheet rather than inline styles,
/// so the site keeps working under a strict Content-Security-Policy.
/// </summary>
public sealed class BrandingOutput : ISiteOutput
{
    public const string Stylesheet = "assets/merk.css";

    public const string GeneratedIcon = "assets/pictogram.svg";

    public static string LogoPath(string logo) => "assets/logo" + Path.GetExtension(logo).ToLowerInvariant();

    /// <summary>The tab icon: the logo, else <see cref="GeneratedIcon"/>; every page links one, so no browser asks for a missing /favicon.ico.</summary>
    public static string IconPath(HandbookSettings settings) => settings.Logo is { } logo ? LogoPath(logo) : GeneratedIcon;

    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var settings = site.Handbook.Settings;
        if (settings.Logo is { } logo)
            yield return OutputFile.Copy(LogoPath(logo), Path.Combine(site.InputDir, logo));
        else
            yield return OutputFile.Text(GeneratedIcon, () => Icon(settings), OutputFile.NoCards);

        if (settings.Colour is not { } hex || !BrandColor.TryParse(hex, out var color)) yield break;

        var black = new BrandColor(0, 0, 0);
        var light = color.Readable(BrandColor.LightSurfaces, black);
        var dark = color.Readable(BrandColor.DarkSurfaces, BrandColor.White);
        var css = new StringBuilder()
            .AppendLine("/* Generated from 'kleur' in handboek.yml: the board's colour in tints that read as text. */")
            .AppendLine($":root {{ --merk: {light.Hex}; --merk-donker: {light.Mix(black, .25).Hex}; }}")
            .AppendLine("@media (prefers-color-scheme: dark) {")
            .AppendLine($"  :root {{ --merk: {dark.Hex}; --merk-donker: {dark.Mix(BrandColor.White, .3).Hex}; }}")
            .AppendLine("}");
        yield return OutputFile.Text(Stylesheet, css.ToString, OutputFile.NoCards);
    }

    private static string Icon(HandbookSettings settings)
    {
        var fill = settings.Colour is { } hex && BrandColor.TryParse(hex, out var colour) ? colour.Readable([BrandColor.White], new BrandColor(0, 0, 0)).Hex : "#1d4f91";
        var letter = settings.Name.TrimStart().EnumerateRunes().FirstOrDefault(r => Rune.IsLetterOrDigit(r)).ToString().ToUpperInvariant();
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="{fill}"/><text x="16" y="23" font-family="system-ui, sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">{System.Security.SecurityElement.Escape(letter)}</text></svg>""" + "\n";
    }
}
