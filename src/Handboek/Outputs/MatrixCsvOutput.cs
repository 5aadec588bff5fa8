using Handboek.Responsibilities;

namespace Handboek.Outputs;

/// <summary>/rollen/matrix.csv and /rollen/medezeggenschap.csv for Excel (see <see cref="CsvFile"/>).</summary>
public sealed class MatrixCsvOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        var matrix = site.Responsibilities.Responsibilities;
        var roles = matrix.Columns;
        yield return CsvFile.Of(site.Urls.OutputPathOfFile(site.Urls.RoleMatrixCsv), () =>
            [["id", "titel", .. roles.Select(r => r.Name)],
             .. site.Handbook.Cards.Select(card => (IReadOnlyList<string>)[card.Id, card.Title, .. roles.Select(r => ResponsibilityMatrix.Cell(card, r.Id))])]);

        var participation = site.Responsibilities.Participation;
        yield return CsvFile.Of(site.Urls.OutputPathOfFile(site.Urls.ParticipationMatrixCsv), () =>
            [["id", "titel", .. participation.Organs.Select(o => o.Name), "wettelijke basis"],
             .. participation.Cards.Select(card => (IReadOnlyList<string>)
                [card.Id, card.Title,
                 .. participation.Organs.Select(o => ParticipationMatrix.RightOf(card, o.Id) is { } right ? Model.LevelNames.Id(right) : ""),
                 string.Join(", ", participation.BasisOf(card).Select(e => e.Label))])]);
    }
}
