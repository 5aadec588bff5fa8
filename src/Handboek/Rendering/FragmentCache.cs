using System.Runtime.CompilerServices;

namespace Handboek.Rendering;

/// <summary>
/// HTML that many pages show, rendered the first time a page asks for it and kept as long as its view lives: a
/// calendar entry is listed on a dozen calendar, poster and role pages of a large handbook, and a month on the calendars
/// of a role at every school with the same holidays (their views live for the build), and the printable handbook lists every card before it shows any body (a card's view lives for its page).
/// Owned by the <see cref="PageRenderer"/>; the views stay plain data and the templates reach these through
/// <see cref="FragmentMembers"/> (<c>m.html</c>, <c>kaart.html</c>).
/// </summary>
public sealed class FragmentCache
{
    // Weak, so a body is dropped with the page's view instead of staying for the whole build.
    private readonly ConditionalWeakTable<EntryView, EntryFragments> _entries = new();
    private readonly ConditionalWeakTable<MonthView, EntryFragments> _months = new();
    private readonly ConditionalWeakTable<CardView, Lazy<BodyHtml>> _bodies = new();
    private readonly ConditionalWeakTable<EntryView, EntryFragments>.CreateValueCallback _newEntry;
    private readonly ConditionalWeakTable<MonthView, EntryFragments>.CreateValueCallback _newMonth;
    private readonly ConditionalWeakTable<CardView, Lazy<BodyHtml>>.CreateValueCallback _newBody;

    /// <param name="renderPartial">Renders a partial (name under partials/, without extension) for one object, under the given name.</param>
    public FragmentCache(Func<string, string, object, Utf8TemplateOutput> renderPartial, BodyRenderer bodies)
    {
        _newEntry = entry => new EntryFragments(
            new Lazy<Utf8TemplateOutput>(() => renderPartial("moment", "m", entry)),
            new Lazy<Utf8TemplateOutput>(() => renderPartial("poster-moment", "m", entry)));
        _newMonth = month => new EntryFragments(
            new Lazy<Utf8TemplateOutput>(() => renderPartial("maand", "maand", month)),
            new Lazy<Utf8TemplateOutput>(() => renderPartial("poster-maand", "maand", month)));
        _newBody = card => new Lazy<BodyHtml>(() => bodies.RenderCard(card.Source, card.IdPrefix));
    }

    /// <summary>The entry in a list of moments: <c>partials/moment.html</c>.</summary>
    public Utf8TemplateOutput EntryHtml(EntryView entry) => _entries.GetValue(entry, _newEntry).Html.Value;

    /// <summary>The entry on a year poster: <c>partials/poster-moment.html</c>.</summary>
    public Utf8TemplateOutput EntryPosterHtml(EntryView entry) => _entries.GetValue(entry, _newEntry).PosterHtml.Value;

    /// <summary>
    /// A month of a calendar page: <c>partials/maand.html</c>. The calendars of one role at schools with the same
    /// holidays share their months (<see cref="CalendarViewFactory"/>), so each is rendered once for all of them.
    /// </summary>
    public Utf8TemplateOutput MonthHtml(MonthView month) => _months.GetValue(month, _newMonth).Html.Value;

    /// <summary>A month on a year poster: <c>partials/poster-maand.html</c>.</summary>
    public Utf8TemplateOutput MonthPosterHtml(MonthView month) => _months.GetValue(month, _newMonth).PosterHtml.Value;

    public BodyHtml Body(CardView card) => _bodies.GetValue(card, _newBody).Value;

    private sealed record EntryFragments(Lazy<Utf8TemplateOutput> Html, Lazy<Utf8TemplateOutput> PosterHtml);
}
