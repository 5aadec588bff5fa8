using Handboek.Calendar;
using Handboek.Model;
using Handboek.Responsibilities;

namespace Handboek.Rendering;

/// <summary>Builds the responsibility matrix, the medezeggenschap matrix and the role pages.</summary>
public sealed class ResponsibilityViewFactory(Handbook handbook, SiteUrls urls, QualityCalendar calendar, CalendarViewFactory calendars)
{
    private static readonly Dictionary<RoleLevel, string> LevelNames = new()
    {
        [RoleLevel.Board] = "Bestuur",
        [RoleLevel.School] = "School",
        [RoleLevel.External] = "Extern",
    };

    private readonly ResponsibilityMatrix _matrix = new(handbook);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<LetterGroup>> _tasks = new(StringComparer.Ordinal);
    private readonly ParticipationMatrix _participation = new(handbook);

    public ResponsibilityMatrix Responsibilities => _matrix;

    public ParticipationMatrix Participation => _participation;

    /// <summary>The whole matrix, or when it is too large for one page (<see cref="ResponsibilityMatrix.FitsOnOnePage"/>) only its roles.</summary>
    public MatrixView Matrix()
    {
        var groups = _matrix.Columns.GroupBy(r => r.Level)
            .Select(g => new MatrixColumnGroup(g.Key.Id(), LevelNames[g.Key], g.Select(Role).ToList()))
            .ToList();
        return new MatrixView(
            [
                new FilterView("niveau", "Niveau", "Alle niveaus", groups.Select(g => new FilterOption(g.Level, g.Name)).ToList()),
                new FilterView("rol", "Rol", "Alle rollen", groups.SelectMany(g => g.Roles).Select(r => new FilterOption(r.Id, r.Name)).ToList()),
            ],
            groups,
            !ResponsibilityMatrix.FitsOnOnePage(handbook) ? [] : handbook.Categories.Select(group => new MatrixRowGroup(
                new LinkView(group.Category.Name, urls.Category(group.Category.Id)),
                group.Cards.Select(card => new MatrixRow(
                    Link(card),
                    _matrix.Columns.Select(r => new MatrixCell(r.Id, r.Level.Id(), ResponsibilityMatrix.Cell(card, r.Id))).ToList())).ToList())).ToList(),
            Letters.All.Select(l => new LegendItem(l.ToString(), l.Meaning())).ToList(),
            urls.RoleMatrixCsv,
            urls.ParticipationMatrix)
        {
            TooLarge = !ResponsibilityMatrix.FitsOnOnePage(handbook),
        };
    }

    public ParticipationMatrixView ParticipationView() => new(
        [
            new FilterView("orgaan", "Orgaan", "Alle organen", _participation.Organs.Select(o => new FilterOption(o.Id, o.Name)).ToList()),
            new FilterView("recht", "Recht", "Alle rechten", Enum.GetValues<ParticipationRight>().Select(r => new FilterOption(r.Id(), r.Id())).ToList()),
        ],
        _participation.Organs.Select(Role).ToList(),
        _participation.Cards.Select(card => new ParticipationRow(
            Link(card),
            _participation.Organs.Select(o => new ParticipationCell(o.Id, ParticipationMatrix.RightOf(card, o.Id)?.Id() ?? "")).ToList(),
            _participation.BasisOf(card).Select(e => new LegalView(e.Label, e.Url)).ToList())).ToList(),
        Enum.GetValues<ParticipationRight>().Select(r => r.Id()).ToList(),
        urls.ParticipationMatrixCsv,
        urls.RoleMatrix);

    public RolePageView RolePage(Role role)
    {
        var calendarView = calendars.ViewOf(calendar.Scopes.Single(s => s.Kind == ScopeKind.Role && s.Role == role));
        return new RolePageView(
            Role(role),
            LevelNames[role.Level],
            Tasks(role),
            _participation.Cards
                .Where(card => ParticipationMatrix.RightOf(card, role.Id) is not null)
                .Select(card => new ParticipationItem(
                    Link(card),
                    ParticipationMatrix.RightOf(card, role.Id)!.Value.Id(),
                    _participation.BasisOf(card).Select(e => new LegalView(e.Label, e.Url)).ToList()))
                .ToList(),
            [.. calendarView.Months.SelectMany(m => m.Moments), .. calendarView.Ongoing],
            calendarView.Page,
            calendarView.Ics,
            calendarView.Subscribe,
            urls.RoleMatrix);
    }

    /// <summary>The letters the role has on some card, each with those cards; made once per role, as the role page and
    /// every school's momenten.json of the role show them.</summary>
    public IReadOnlyList<LetterGroup> Tasks(Role role) => _tasks.GetOrAdd(role.Id, _ => Letters.All
        .Select(letter => new LetterGroup(letter.ToString(), letter.Heading(), letter.Meaning(), _matrix.CardsWith(role.Id, letter).Select(Link).ToList()))
        .Where(g => g.Cards.Count > 0)
        .ToList());

    private LinkView Link(Card card) => new(card.Title, urls.Card(card.Id), card.Summary);

    private RoleView Role(Role role) => RoleView.Of(role, urls);
}
