using Handboek.Diagnostics;
using Handboek.Model;
using Handboek.Schema;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>Reads handboek.yml, rollen.yml, wetten.yml, standaarden.yml, scholen.yml, categorieen.yml and the school holidays.</summary>
public static class ReferenceDataLoader
{
    private static readonly Dictionary<string, bool> YesNo = new()
    {
        ["ja"] = true,
        ["nee"] = false,
        ["true"] = true,
        ["false"] = false,
    };

    public static ReferenceData Load(InputBoundary input, SchoolYear? yearOverride, DateOnly today, DiagnosticBag diagnostics)
    {
        var laws = ListFileReader.Read(Path.Combine(input.Dir, "wetten.yml"), input, diagnostics, InputSchema.Names(InputSchema.Law), ReadLaw, w => w.Id);
        return new(
            ReadSettings(input, yearOverride, today, diagnostics),
            ListFileReader.Read(Path.Combine(input.Dir, "rollen.yml"), input, diagnostics, InputSchema.Names(InputSchema.Role), ReadRole, r => r.Id),
            laws,
            ListFileReader.Read(Path.Combine(input.Dir, "standaarden.yml"), input, diagnostics, InputSchema.Names(InputSchema.Standard), ReadStandard, s => s.Code),
            ListFileReader.Read(Path.Combine(input.Dir, "scholen.yml"), input, diagnostics, InputSchema.Names(InputSchema.School), ReadSchool, s => s.Id),
            HolidayReader.Read(input, diagnostics),
            ListFileReader.Read(Path.Combine(input.Dir, "categorieen.yml"), input, diagnostics, InputSchema.Names(InputSchema.Category), ReadCategory, c => c.Id))
        {
            Obligations = ListFileReader.Read(Path.Combine(input.Dir, "verplichtingen.yml"), input, diagnostics, InputSchema.Names(InputSchema.Obligation), r => ReadObligation(r, laws, diagnostics), o => o.Id),
        };
    }

    private static Obligation? ReadObligation(MappingReader reader, IReadOnlyList<Law> laws, DiagnosticBag diagnostics)
    {
        var id = reader.Text("id", required: true);
        var name = reader.Text("naam", required: true);
        var level = reader.Text("niveau");
        var references = LegalReferenceParser.ParseAll(reader.Texts("wettelijke_eis", required: true), laws, diagnostics);

        if (id is { } written && !Ids.IsSlug(written.Value))
            reader.Error(written.At, $"'{written.Value}' is geen id; {Ids.SlugAdvice(written.Value)}");
        return id is null || name is null || references.Count == 0 ? null : new Obligation(id.Value.Value, name.Value.Value, references, level?.Value ?? "") { Location = reader.Location };
    }

    private static Category? ReadCategory(MappingReader reader)
    {
        var id = reader.Text("id", required: true);
        var name = reader.Text("naam", required: true);
        var order = reader.Number("volgorde");
        if (id is { } written && !Ids.IsSlug(written.Value))
        {
            reader.Error(written.At, $"'{written.Value}' is geen categorie zoals kaarten hem hebben; schrijf de naam van de map, zoals {Ids.ToSlug(written.Value)}");
            return null;
        }

        return id is null || name is null ? null : new Category(id.Value.Value, name.Value.Value, order?.Value ?? int.MaxValue);
    }

    private static HandbookSettings? ReadSettings(InputBoundary input, SchoolYear? yearOverride, DateOnly today, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(input.Dir, "handboek.yml");
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.StartOf(path),
                "handboek.yml ontbreekt; maak het aan met ten minste 'naam' (de naam van het bestuur) en 'basis_url'");
            return null;
        }

        if (YamlSource.Load(path, input, diagnostics) is not var (source, root)) return null;
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Error(source.At(root), "handboek.yml moet sleutels met waarden bevatten, zoals 'naam: ...'");
            return null;
        }

        var reader = new MappingReader(source, mapping, diagnostics);
        reader.WarnAboutUnknownKeys(InputSchema.Names(InputSchema.Settings));
        var name = reader.Text("naam", required: true);
        var basisUrl = ReadBaseUrl(reader, diagnostics);
        var repository = ReadRepository(reader);
        var year = yearOverride ?? reader.SchoolYear("schooljaar")?.Value ?? SchoolYear.Containing(today);
        var branch = reader.Text("branch")?.Value ?? "main";
        var logo = ReadLogo(reader, input);
        var kleur = ReadColor(reader);
        var html = reader.Choice("html_toestaan", YesNo) ?? false;
        return name is null || basisUrl is null
            ? null
            : new HandbookSettings(name.Value.Value, basisUrl, repository, year, branch) { Logo = logo, Colour = kleur, AllowHtml = html };
    }

    private static string? ReadLogo(MappingReader reader, InputBoundary input)
    {
        if (reader.Text("logo") is not { } logo) return null;
        var relative = logo.Value.Replace('\\', '/');
        var problem = Path.IsPathRooted(relative) || relative.Split('/').Contains("..")
            ? "het pad moet in de map met handboek.yml blijven"
            : input.Problem(Path.Combine(input.Dir, relative), InputBoundary.MaxCopiedBytes) ?? Attachment.Problem(Path.Combine(input.Dir, relative));
        if (problem is null) return relative;
        var what = problem == InputBoundary.Missing ? "bestaat niet" : $"kan niet worden gebruikt: {problem}";
        reader.Error(logo.At, $"het logo '{logo.Value}' {what}; geef het pad op vanaf de map met handboek.yml, bijvoorbeeld afbeeldingen/logo.svg");
        return null;
    }

    private static string? ReadColor(MappingReader reader)
    {
        if (reader.Text("kleur") is not { } text) return null;
        if (!BrandColor.TryParse(text.Value, out var color))
        {
            reader.Error(text.At, $"'kleur' moet een hexadecimale kleur zijn zoals \"#1d4f91\" (nu: '{text.Value}'); zet de waarde tussen aanhalingstekens");
            return null;
        }

        var contrast = color.ContrastWith(BrandColor.White);
        if (contrast < BrandColor.TextContrast)
        {
            var ratio = contrast.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
            var darker = color.Readable(BrandColor.LightSurfaces, new BrandColor(0, 0, 0)).Hex;
            reader.Warning(text.At,
                $"de kleur {color.Hex} heeft op wit een contrast van {ratio}:1, minder dan de 4,5:1 die tekst nodig heeft; het thema gebruikt voor tekst een donkerdere tint ({darker})");
        }

        return color.Hex;
    }

    private static Uri? ReadBaseUrl(MappingReader reader, DiagnosticBag diagnostics)
    {
        if (reader.Text("basis_url", required: true) is not { } text) return null;
        if (WebAddress(text.Value) is { } uri)
        {
            if (uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
                return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
            diagnostics.Error(text.At, $"'basis_url' mag geen ?, # of gebruikersnaam bevatten, want elk adres van de site begint ermee (nu: '{text.Value}')");
            return null;
        }

        diagnostics.Error(text.At, $"'basis_url' moet een volledig webadres zijn, zoals https://handboek.voorbeeld.nl/ (nu: '{text.Value}')");
        return null;
    }

    /// <summary>Only http and https: the value lands in links, and a javascript: or data: address would run when clicked.</summary>
    private static Uri? WebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? ReadRepository(MappingReader reader)
    {
        if (reader.Text("repository") is not { } text) return null;
        if (WebAddress(text.Value) is { Query.Length: 0, Fragment.Length: 0, UserInfo.Length: 0 } uri) return uri.AbsoluteUri.TrimEnd('/');
        reader.Error(text.At, $"'repository' moet het webadres van de repository zijn, zoals https://github.com/bestuur/kwaliteitshandboek (nu: '{text.Value}')");
        return null;
    }

    private static Role? ReadRole(MappingReader reader)
    {
        var id = ReadRoleId(reader);
        var name = reader.Text("naam", required: true);
        var omschrijving = reader.Text("omschrijving");
        var level = reader.Choice("niveau", LevelNames.RoleLevels, required: true);
        var medezeggenschap = reader.Choice("medezeggenschap", YesNo) ?? false;
        var abbreviations = reader.Texts("afkortingen").Select(a => a.Value.Trim()).Where(a => a.Length > 0).ToList();
        return id is null || name is null || level is null
            ? null
            : new Role(id, name.Value.Value, omschrijving?.Value ?? "", level.Value, medezeggenschap) { Location = reader.Location, Abbreviations = abbreviations };
    }

    private static Law? ReadLaw(MappingReader reader)
    {
        var id = reader.Text("id", required: true);
        var name = reader.Text("naam", required: true);
        var bwb = reader.Text("bwb", required: true);
        if (id is { } located && located.Value.Contains(' '))
        {
            reader.Error(located.At, $"wet-id '{located.Value}' mag geen spaties bevatten, want kaarten schrijven '<id> art. <nummer>'; gebruik bijvoorbeeld '{located.Value.Replace(" ", "")}'");
            return null;
        }

        return id is null || name is null || bwb is null ? null : new Law(id.Value.Value, name.Value.Value, bwb.Value.Value);
    }

    private static Standard? ReadStandard(MappingReader reader)
    {
        var code = reader.Text("code", required: true);
        var name = reader.Text("naam", required: true);
        var level = reader.Text("niveau");
        return code is null || name is null ? null : new Standard(code.Value.Value, name.Value.Value, level?.Value ?? "") { Location = reader.Location };
    }

    private static School? ReadSchool(MappingReader reader)
    {
        var id = ReadSlugId(reader);
        var name = reader.Text("naam", required: true);
        var brin = reader.Text("brin");
        var plaats = reader.Text("plaats");
        var region = reader.Choice("regio", HolidayReader.SchoolRegions);
        return id is null || name is null ? null : new School(id, name.Value.Value, brin?.Value ?? "", plaats?.Value ?? "", region);
    }

    private static string? ReadRoleId(MappingReader reader)
    {
        var id = ReadSlugId(reader);
        if (id != "medezeggenschap") return id;
        reader.Error(reader.LocationOf("id"), "de id 'medezeggenschap' is al in gebruik voor de pagina /rollen/medezeggenschap/; kies een andere id");
        return null;
    }

    private static string? ReadSlugId(MappingReader reader)
    {
        if (reader.Text("id", required: true) is not { } id) return null;
        if (Ids.IsSlug(id.Value)) return id.Value;
        reader.Error(id.At, $"ongeldige id '{id.Value}'; {Ids.SlugAdvice(id.Value)}");
        return null;
    }
}
