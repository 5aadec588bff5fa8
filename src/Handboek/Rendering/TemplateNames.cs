using System.Reflection;
using Scriban.Runtime;

namespace Handboek.Rendering;

/// <summary>
/// The names templates use for the members of the view models: Dutch, because boards' theme overrides use them
/// (<c>kaart.vastgesteld_op</c>), while the C# names are English (<c>CardView.AdoptedOn</c>). A member not listed keeps
/// Scriban's snake_case of its own name (<c>Url</c>: <c>url</c>). A new view member whose English name has no
/// Dutch counterpart here shows in templates in English: add it.
/// </summary>
public static class TemplateNames
{
    private static readonly Dictionary<string, string> Dutch = new(StringComparer.Ordinal)
    {
        ["AdoptedOn"] = "vastgesteld_op",
        ["Approval"] = "goedkeuring",
        ["Attribute"] = "attribuut",
        ["BrandStylesheet"] = "merk_stylesheet",
        ["Calendar"] = "kalender",
        ["Calendars"] = "kalenders",
        ["Card"] = "kaart",
        ["CardCount"] = "aantal_kaarten",
        ["Cards"] = "kaarten",
        ["Categories"] = "categorieen",
        ["Category"] = "categorie",
        ["Cells"] = "cellen",
        ["Change"] = "wijziging",
        ["Changes"] = "wijzigingen",
        ["ChangesFeed"] = "wijzigingen_feed",
        ["Chapters"] = "hoofdstukken",
        ["Consulted"] = "geraadpleegd",
        ["Cycle"] = "cyclus",
        ["Date"] = "datum",
        ["Description"] = "omschrijving",
        ["EditUrl"] = "bewerk_url",
        ["Explanation"] = "uitleg",
        ["Files"] = "bestanden",
        ["From"] = "van",
        ["Groups"] = "groepen",
        ["Holidays"] = "vakanties",
        ["Ics"] = "agenda",
        ["InHolidays"] = "in_vakantie",
        ["InSchoolYear"] = "in_schooljaar",
        ["Informed"] = "geinformeerd",
        ["IsDraft"] = "concept",
        ["Kind"] = "soort",
        ["LastChange"] = "laatst_gewijzigd",
        ["LegalBasis"] = "basis",
        ["LegalRequirements"] = "wettelijke_eisen",
        ["Legend"] = "legenda",
        ["Level"] = "niveau",
        ["Meaning"] = "betekenis",
        ["MentionedIn"] = "genoemd_in",
        ["Message"] = "bericht",
        ["MetaDescription"] = "beschrijving",
        ["Moments"] = "momenten",
        ["Months"] = "maanden",
        ["Name"] = "naam",
        ["NextReview"] = "volgende_herziening",
        ["NextTime"] = "volgende_keer",
        ["NoLegalRequirement"] = "geen_wettelijke_eis",
        ["Note"] = "toelichting",
        ["Ongoing"] = "doorlopend",
        ["Organ"] = "orgaan",
        ["Organisation"] = "organisatie",
        ["Organs"] = "organen",
        ["OtherYears"] = "andere_jaren",
        ["Owner"] = "eigenaar",
        ["Page"] = "pagina",
        ["Pages"] = "paginas",
        ["Participation"] = "medezeggenschap",
        ["Period"] = "periode",
        ["PrintBook"] = "afdrukken",
        ["Related"] = "gerelateerd",
        ["Responsible"] = "verantwoordelijk",
        ["RevisedOn"] = "herzien_op",
        ["Right"] = "recht",
        ["Rights"] = "rechten",
        ["Role"] = "rol",
        ["RoleCalendars"] = "rol_kalenders",
        ["Roles"] = "rollen",
        ["Rows"] = "rijen",
        ["SchoolYear"] = "schooljaar",
        ["Schools"] = "scholen",
        ["Search"] = "zoeken",
        ["SearchFilters"] = "zoekfilters",
        ["ShortDate"] = "korte_datum",
        ["ShortName"] = "korte_naam",
        ["Standards"] = "inspectiekader",
        ["Summary"] = "samenvatting",
        ["Tasks"] = "taken",
        ["Time"] = "tijdstip",
        ["Title"] = "titel",
        ["TooLarge"] = "te_groot",
        ["Value"] = "waarde",
        ["What"] = "wat",
        ["When"] = "wanneer",
        ["Width"] = "breedte",
    };

    public static string Of(MemberInfo member) =>
        Dutch.TryGetValue(member.Name, out var name) ? name : StandardMemberRenamer.Default(member);
}
