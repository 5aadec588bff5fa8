using System.Globalization;

namespace Handboek.Model;

/// <summary>
/// The board's colour from handboek.yml and the tints the theme derives from it, each checked against
/// WCAG contrast (4.5:1 for text) on the light and the dark background.
/// </summary>
public readonly record struct BrandColor(double R, double G, double B)
{
    public const double TextContrast = 4.5;

    public static readonly BrandColor White = new(255, 255, 255);

    /// <summary>The backgrounds text in the brand colour stands on in handboek.css (--achtergrond and --vlak, the
    /// header and panels), light and dark: a tint must read on each, not only on the page.</summary>
    public static readonly IReadOnlyList<BrandColor> LightSurfaces = [White, new(0xf3, 0xf6, 0xfa)];

    /// <inheritdoc cref="LightSurfaces"/>
    public static readonly IReadOnlyList<BrandColor> DarkSurfaces = [new(0x11, 0x16, 0x1c), new(0x1c, 0x23, 0x2c)];

    public static bool TryParse(string text, out BrandColor color)
    {
        color = default;
        var hex = text.Trim().TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)) return false;
        color = new BrandColor((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        return true;
    }

    public string Hex => $"#{(int)Math.Round(R):x2}{(int)Math.Round(G):x2}{(int)Math.Round(B):x2}";

    /// <summary>WCAG 2.1 contrast ratio, 1 to 21.</summary>
    public double ContrastWith(BrandColor other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>This colour, mixed step by step towards <paramref name="towards"/> until text in it reads on each of <paramref name="backgrounds"/>.</summary>
    public BrandColor Readable(IReadOnlyList<BrandColor> backgrounds, BrandColor towards)
    {
        for (var step = 0; step <= 50; step++)
        {
            var mixed = Mix(towards, step / 50.0);
            if (backgrounds.All(b => mixed.ContrastWith(b) >= TextContrast)) return mixed;
        }

        return towards;
    }

    public BrandColor Mix(BrandColor other, double amount) =>
        new(R + (other.R - R) * amount, G + (other.G - G) * amount, B + (other.B - B) * amount);

    private double Luminance => 0.2126 * Channel(R) + 0.7152 * Channel(G) + 0.0722 * Channel(B);

    private static double Channel(double value)
    {
        var c = Math.Round(value) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
