using Handboek.Model;
using Handboek.Scheduling;

namespace Handboek.Rendering;

/// <summary>Builds what a card page shows: role names instead of ids, Dutch dates, links both ways.</summary>
public sealed class CardViewFactory
{
    private static readonly Dictionary<CardLevel, string> LevelLabels = new()
    {
        [CardLevel.Board] = "Bestuur",
        [CardLevel.School] = "School",
        [CardLevel.Both] = "Bestuur en school",
    };

    private readonly Handbook _handbook;
    private readonly SiteUrls _urls;
    private readonly BodyRenderer _bodies;
    private readonly ILookup<string, Card> _mentionedIn;
    private readonly Dictionary<string, Card> _bySource;
    private readonly ChangeViewFactory _changes;
    private readonly IReadOnlyDictionary<string, RoleView> _roles;

    public CardViewFactory(Handbook handbook, SiteUrls urls, BodyRenderer bodies, ChangeViewFactory changes)
    {
        _changes = changes;
        _roles = RoleView.ById(handbook, urls);
        _handbook = handbook;
        _urls = urls;
        _bodies = bodies;
        _bySource = handbook.Cards.ToDictionary(c => c.SourcePath, StringComparer.Ordinal);
        _mentionedIn = handbook.Cards
            .SelectMany(card => LinkedCards(card).Select(target => (Target: target.Id, From: card)))
            .ToLookup(x => x.Target, x => x.From, StringComparer.Ordinal);
    }

    /// <summary>The ids of the cards a card's page shows something of: itself, its related cards and the links both ways.</summary>
    public IReadOnlySet<string> ShownOn(Card card) =>
        new[] { card.Id }
            .Concat(card.Related)
            .Concat(LinkedCards(card).Select(c => c.Id))
            .Concat(_mentionedIn[card.Id].Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);

    private IEnumerable<Card> LinkedCards(Card card) =>
        card.Body.Links
            .Select(_bodies.LinkedCardSource)
            .OfType<string>()
            .Where(target => target != card.SourcePath)
            .Distinct()
            .Select(target => _bySource[target]);

    public LinkView Link(Card card) => new(card.Title, _urls.Card(card.Id), card.Summary);

    /// <param name="idPrefix">For a card shown among others on one page (the printable handbook).</param>
    public CardView Create(Card card, string? idPrefix = null) => new()
    {
        Id = card.Id,
        Title = card.Title,
        Summary = card.Summary,
        Url = _urls.Card(card.Id),
        Category = new LinkView(card.Category.Name, _urls.Category(card.Category.Id)),
        Level = LevelLabels[card.Level],
        Status = card.Status == CardStatus.Draft ? "Concept" : "Vastgesteld",
        IsDraft = card.Status == CardStatus.Draft,
        LegalRequirements = card.LegalRequirements.Select(e => new LegalView(e.Label, e.Url)).ToList(),
        NoLegalRequirement = card.NoLegalRequirement,
        Owner = Role(card.Owner),
        Responsible = Roles(card.Responsible),
        Consulted = Roles(card.Consulted),
        Informed = Roles(card.Informed),
        Approval = Roles(card.Approval),
        Participation = card.ParticipationRights.Select(m => new ParticipationView(Role(m.Body), m.Right.Id())).ToList(),
        Moments = card.Moments.Select(Moment).ToList(),
        Standards = card.Standards.Select(code => new StandardView(code, _handbook.StandardByCode(code).Name)).ToList(),
        AdoptedOn = DutchFormat.Date(card.AdoptedOn),
        RevisedOn = DutchFormat.Date(card.RevisedOn),
        NextReview = DutchFormat.Date(card.NextReview),
        Decisions = card.Decisions.Select(d => new DecisionView(DutchFormat.Date(d.Date)!, Role(d.Body), d.Kind.Id(), d.Document)).ToList(),
        Related = card.Related.Select(id => Link(_handbook.CardById(id))).ToList(),
        MentionedIn = _mentionedIn[card.Id].Select(Link).ToList(),
        Source = card.Body,
        IdPrefix = idPrefix,
        EditUrl = EditUrl(card),
        LastChange = _changes.LastChange(card),
        SearchFilters = SearchFilters(card),
    };

    private string? EditUrl(Card card)
    {
        if (_handbook.Settings.Repository is not { } repository) return null;
        return $"{repository.TrimEnd('/')}/edit/{PathSegments(_handbook.Settings.Branch)}/{PathSegments(_changes.RepositoryPath(card))}";
    }

    private IReadOnlyList<SearchFilter> SearchFilters(Card card)
    {
        var roles = Responsibilities.ResponsibilityMatrix.Assignments(card).Select(a => a.Role).Distinct()
            .Select(id => new SearchFilter("rol", _handbook.RoleById(id).Name));
        var months = card.Moments.SelectMany(m => m.Periods)
            .SelectMany(p => MonthsOf(p))
            .Distinct()
            .Order()
            .Select(m => new SearchFilter("maand", DutchMonths.CapitalizedName(m)));
        return
        [
            new SearchFilter("categorie", card.Category.Name),
            new SearchFilter("niveau", LevelLabels[card.Level]),
            .. roles,
            .. card.LegalRequirements.Select(e => e.LawId).Distinct().Select(LawFilter),
            .. card.Standards.Select(code => new SearchFilter("inspectiekader", $"{code} {_handbook.StandardByCode(code).Name}")),
            .. months,
        ];
    }

    /// <summary>A filter reads as the law's name beside its short name: "WMS (Wet medezeggenschap op scholen)".</summary>
    private SearchFilter LawFilter(string lawId) =>
        new("wet", _handbook.Laws.FirstOrDefault(l => l.Id == lawId) is { } law ? $"{law.Id} ({law.Name})" : lawId);

    private static IEnumerable<int> MonthsOf(Period period)
    {
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
            yield return month.Month;
    }

    private MomentView Moment(CalendarMoment moment)
    {
        var year = _handbook.Settings.SchoolYear;
        var cycle = moment.Cycle.Years == 1 ? null : $"{moment.Cycle.Name}, vanaf {moment.Cycle.From}";
        var date = moment.Ongoing ? "doorlopend" : moment.InSchoolYear ? DutchFormat.Periods(moment.Periods, moment.When.Kind) : $"niet in {year}";
        return new MomentView(
            moment.What,
            moment.WhenText,
            date,
            Role(moment.RoleId),
            cycle,
            moment.InSchoolYear,
            moment.InSchoolYear ? null : moment.Cycle.NextHit(year).ToString());
    }

    private RoleView Role(string id) => _roles[id];

    private IReadOnlyList<RoleView> Roles(IEnumerable<string> ids) => ids.Select(Role).ToList();

    /// <summary>Each part of a branch name or file path escaped for a URL; the slashes between them kept.</summary>
    private static string PathSegments(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
