namespace Handboek.Rendering;

/// <summary>One printed sheet of a year poster: its months and the text size they fit at.</summary>
/// <param name="Title">"augustus t/m januari" when the poster takes two sheets; null for the whole year on one.</param>
/// <param name="Size">The text size in points, as a class on the sheet (poster-7 ... poster-11).</param>
public sealed record PosterSheet(string? Title, IReadOnlyList<MonthView> Months, int Size);

/// <summary>
/// Fits a year poster on A4 landscape: the largest text size at which every month's moments fill the four columns of
/// the sheet, from 11 pt for a sparse calendar down to 6 pt; when even 6 pt does not fit, two sheets of six months.
/// Worked out here from the text, not measured in a browser, so the same calendar always prints the same poster.
/// The measures are those of the print stylesheet (handboek.css, body.poster): change them together.
/// </summary>
public static class PosterLayout
{
    public static readonly IReadOnlyList<int> Sizes = [11, 10, 9, 8, 7, 6];

    /// <summary>Four columns of 67 mm of text inside 6 mm margins, under the title 188 mm high, in points.</summary>
    private const double ColumnWidth = 67 / 25.4 * 72;
    private const double ColumnHeight = 188 / 25.4 * 72;
    private const int Columns = 4;

    /// <summary>No moment is split across columns, so a column does not fill to its last line.</summary>
    private const double Filled = 0.95;

    /// <summary>The average width of a character of the sans-serif text, in ems (DejaVu Sans and Arial are 0.5 to 0.55).</summary>
    private const double CharacterWidth = 0.55;
    private const double LineHeight = 1.15;

    public static IReadOnlyList<PosterSheet> Sheets(IReadOnlyList<MonthView> months)
    {
        if (SizeFor(months) is { } size) return [new PosterSheet(null, months, size)];

        var half = months.Count / 2;
        return [Sheet(months.Take(half).ToList()), Sheet(months.Skip(half).ToList())];
    }

    private static PosterSheet Sheet(IReadOnlyList<MonthView> months) =>
        new($"{months[0].Name} t/m {months[^1].Name}", months, SizeFor(months) ?? Sizes[^1]);

    private static int? SizeFor(IReadOnlyList<MonthView> months)
    {
        foreach (var size in Sizes)
        {
            if (months.Sum(m => Height(m, size)) <= Columns * ColumnHeight * Filled) return size;
        }

        return null;
    }

    /// <summary>A month's box: its heading, its holidays and moments, each wrapped to the column, and its padding.</summary>
    private static double Height(MonthView month, int size)
    {
        var perLine = (int)(ColumnWidth / (size * CharacterWidth));
        var lines = month.Holidays.Sum(h => Lines(h.Name.Length + h.Period.Length + 1, perLine))
            + month.Moments.Sum(m => Lines(m.ShortDate.Length + m.What.Length + m.Role.Name.Length + 2, perLine));
        const double padding = 2.5 / 25.4 * 72;
        return ((size + 1) * LineHeight) + (lines * size * LineHeight) + padding;
    }

    private static int Lines(int characters, int perLine) => Math.Max(1, (characters + perLine - 1) / perLine);
}
