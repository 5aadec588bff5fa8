using System.Text;
using Handboek.Model;

namespace Handboek.Outputs;

/// <summary>
/// assets/merk.css with the board's colour and its derived readable tints, and the board's logo. A
/// stylesheet rather than inline styles, so the site keeps working under a strict Content-Security-Policy.
/// </summary>
public sealed class BrandingOutput : ISiteOutput
{
    public const string Stylesheet = "assets/merk.css";

    public static string LogoPath(string logo) => "assets/logo" + Path.GetExtension(logo).ToLowerInvariant();

    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var settings = site.Handbook.Settings;
        if (settings.Logo is { } logo)
            yield return OutputFile.Copy(LogoPath(logo), Path.Combine(site.InputDir, logo));

        if (settings.Colour is not { } hex || !BrandColor.TryParse(hex, out var color)) yield break;

        var black = new BrandColor(0, 0, 0);
        var light = color.Readable(BrandColor.White, black);
        var dark = color.Readable(BrandColor.DarkBackground, BrandColor.White);
        var css = new StringBuilder()
            .AppendLine("/* Generated from 'kleur' in handboek.yml: the board's colour in tints that read as text. */")
            .AppendLine($":root {{ --merk: {light.Hex}; --merk-donker: {light.Mix(black, .25).Hex}; }}")
            .AppendLine("@media (prefers-color-scheme: dark) {")
            .AppendLine($"  :root {{ --merk: {dark.Hex}; --merk-donker: {dark.Mix(BrandColor.White, .3).Hex}; }}")
            .AppendLine("}");
        yield return OutputFile.Text(Stylesheet, css.ToString, OutputFile.NoCards);
    }
}
