using System.Text;
using Handboek.Responsibilities;

namespace Handboek.Outputs;

/// <summary>
/// /rollen/matrix.csv and /rollen/medezeggenschap.csv for Excel: semicolon-separated (the Dutch list
/// separator), UTF-8 with a byte order mark so "coördinator" survives, CRLF line ends.
/// </summary>
public sealed class MatrixCsvOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var matrix = site.Responsibilities.Responsibilities;
        var roles = matrix.Columns;
        yield return Csv(site.Urls.OutputPathOfFile(site.Urls.RoleMatrixCsv), () =>
            [["id", "titel", .. roles.Select(r => r.Name)],
             .. site.Handbook.Cards.Select(card => (IReadOnlyList<string>)[card.Id, card.Title, .. roles.Select(r => ResponsibilityMatrix.Cell(card, r.Id))])]);

        var participation = site.Responsibilities.Participation;
        yield return Csv(site.Urls.OutputPathOfFile(site.Urls.ParticipationMatrixCsv), () =>
            [["id", "titel", .. participation.Organs.Select(o => o.Name), "wettelijke basis"],
             .. participation.Cards.Select(card => (IReadOnlyList<string>)
                [card.Id, card.Title,
                 .. participation.Organs.Select(o => ParticipationMatrix.RightOf(card, o.Id) is { } right ? Model.LevelNames.Id(right) : ""),
                 string.Join(", ", participation.BasisOf(card).Select(e => e.Label))])]);
    }

    private static OutputFile Csv(string path, Func<IEnumerable<IReadOnlyList<string>>> rows) => new(path, () =>
    {
        var text = new StringBuilder();
        foreach (var row in rows()) text.Append(string.Join(';', row.Select(Field))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    });

    /// <summary>
    /// Quotes a field that holds the separator, a quote or a line break, doubling its quotes. A field that Excel would
    /// read as a formula (it starts with = + - @, a tab or a line break) gets an apostrophe first, so a title such as
    /// <c>=HYPERLINK(...)</c> stays text.
    /// </summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
    }
}
