namespace Handboek.Rendering;

/// <summary>
/// Every URL of the site in one place. Links are root-relative under the path of <c>basis_url</c>, so the
/// same build works on the real host and on a deploy preview; only the sitemap and JSON use absolute URLs.
/// </summary>
public sealed class SiteUrls(Uri baseUrl)
{
    public string Prefix { get; } = baseUrl.AbsolutePath;

    public string Home => Prefix;

    public string Card(string id) => $"{Prefix}kaarten/{id}/";

    public string Category(string id) => $"{Prefix}categorieen/{id}/";

    public string Page(string id) => $"{Prefix}paginas/{id}/";

    public string Search => $"{Prefix}zoeken/";

    public string PrintBook => $"{Prefix}afdrukken/";

    public string Changes => $"{Prefix}wijzigingen/";

    public string ChangesFeed => $"{Prefix}wijzigingen/atom.xml";

    public string Role(string id) => $"{Prefix}rollen/{id}/";

    /// <summary>/inspectiekader/: which standards the cards cover.</summary>
    public string Standards => $"{Prefix}inspectiekader/";

    /// <summary>A standard's own page; none for a code that is not plain letters and digits (it would not be a safe path).</summary>
    public string? Standard(string code) => IsPlainCode(code) ? $"{Standards}{code}/" : null;

    /// <summary>/wetten/: which articles the cards cite.</summary>
    public string Laws => $"{Prefix}wetten/";

    /// <inheritdoc cref="Standard"/>
    public string? Law(string id) => IsPlainCode(id) ? $"{Laws}{id}/" : null;

    /// <summary>/onderhoud/: what the quality officer has to keep up.</summary>
    public string Maintenance => $"{Prefix}onderhoud/";

    public string MaintenanceCsv => $"{Prefix}onderhoud/onderhoud.csv";

    /// <summary>The review dates of the cards a role owns, as an agenda.</summary>
    public string ReviewFeed(string roleId) => $"{Prefix}onderhoud/herzieningen-{roleId}.ics";

    /// <summary>/verplichtingen/: which obligations of verplichtingen.yml the cards cover.</summary>
    public string Obligations => $"{Prefix}verplichtingen/";

    private static bool IsPlainCode(string code) => code.Length is > 0 and <= 40 && code.All(char.IsAsciiLetterOrDigit);

    public string RoleMatrix => $"{Prefix}rollen/";

    public string ParticipationMatrix => $"{Prefix}rollen/medezeggenschap/";

    public string RoleMatrixCsv => $"{Prefix}rollen/matrix.csv";

    public string ParticipationMatrixCsv => $"{Prefix}rollen/medezeggenschap.csv";

    public string Calendar(Calendar.CalendarScope scope) => Prefix + scope.Kind switch
    {
        Handboek.Calendar.ScopeKind.Full => "kalender/",
        Handboek.Calendar.ScopeKind.Board => "kalender/bestuur/",
        Handboek.Calendar.ScopeKind.School => $"scholen/{scope.School!.Id}/kalender/",
        Handboek.Calendar.ScopeKind.SchoolRole => SchoolRoleCalendarPath(scope.School!.Id, scope.Role!.Id),
        _ => $"rollen/{scope.Role!.Id}/kalender/",
    };

    /// <summary>"Voor mij" fills in the school and role the reader chose in this pattern: {school} and {rol}.</summary>
    public string SchoolRoleMomentsPattern => Prefix + SchoolRoleCalendarPath("{school}", "{rol}") + "momenten.json";

    private static string SchoolRoleCalendarPath(string school, string role) => $"scholen/{school}/rollen/{role}/kalender/";

    /// <summary>The one-page year poster; a role calendar of the whole board has none (a role at a school has one).</summary>
    public string? CalendarPoster(Calendar.CalendarScope scope) =>
        scope.Kind == Handboek.Calendar.ScopeKind.Role ? null : Calendar(scope) + "poster/";

    public string CalendarFeed(Calendar.CalendarScope scope) => Prefix + scope.Kind switch
    {
        Handboek.Calendar.ScopeKind.Full => "kalender/handboek.ics",
        Handboek.Calendar.ScopeKind.Board => "kalender/bestuur.ics",
        Handboek.Calendar.ScopeKind.School => $"scholen/{scope.School!.Id}/kalender.ics",
        Handboek.Calendar.ScopeKind.SchoolRole => $"scholen/{scope.School!.Id}/rollen/{scope.Role!.Id}/kalender.ics",
        _ => $"rollen/{scope.Role!.Id}/kalender.ics",
    };

    /// <summary>The calendar's dated moments as data, for "Voor mij" on the home page (Outputs/MomentsJsonOutput).</summary>
    public string CalendarMoments(Calendar.CalendarScope scope) => Calendar(scope) + "momenten.json";

    /// <summary>A file copied as-is; <paramref name="path"/> is relative to the site root.</summary>
    public string File(string path) => Prefix + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    public string Absolute(string rootRelative) => new Uri(baseUrl, rootRelative).AbsoluteUri;

    /// <summary>webcal://host/path: the scheme agendas (Outlook, Apple, Google via a link) open as a subscription.</summary>
    public string Subscription(string rootRelative) => "webcal://" + Absolute(rootRelative)[(baseUrl.Scheme.Length + 3)..];

    /// <summary>The output file for a root-relative page URL: "/kaarten/x/" is written as "kaarten/x/index.html".</summary>
    public string OutputPathOf(string pageUrl) => OutputPathOfFile(pageUrl) + "index.html";

    /// <summary>The output file for a root-relative file URL: "/kalender/handboek.ics" is written as "kalender/handboek.ics".</summary>
    public string OutputPathOfFile(string fileUrl) => fileUrl[Prefix.Length..];
}
