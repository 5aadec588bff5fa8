using Handboek.Calendar;
using Handboek.Model;
using Handboek.Rendering;

namespace Handboek.Outputs;

/// <summary>What the outputs share: the validated handbook and the rendering services built once per build.</summary>
public sealed record SiteContext(
    Handbook Handbook,
    SiteUrls Urls,
    Theme Theme,
    PageRenderer Pages,
    BodyRenderer Bodies,
    CardViewFactory Cards,
    QualityCalendar Calendar,
    CalendarViewFactory CalendarViews,
    ResponsibilityViewFactory Responsibilities,
    ChangeViewFactory Changes,
    string InputDir)
{
    /// <summary>The next school year's calendar for the agenda feeds, made when first asked; null until it can be placed.</summary>
    public Lazy<QualityCalendar?> NextCalendar { get; init; } = new((QualityCalendar?)null);

    /// <summary>"Today" of the build (SOURCE_DATE_EPOCH or the clock), for what /onderhoud/ calls due.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The warnings of this build's checks, sorted, for /onderhoud/.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Warnings { get; init; } = [];
}

/// <summary>One kind of output of the site (card pages, sitemap, ...).</summary>
public interface ISiteOutput
{
    IEnumerable<OutputFile> Produce(SiteContext site);
}
