namespace Handboek.Tests.Support;

/// <summary>
/// Reads the Markdown spec files in Specs/: documentation first, test data second. A section (## heading)
/// is one case; its fenced blocks are input files (<c>```kaart</c> or <c>```bestand path</c>), symbolic links
/// (<c>```link path</c>, the block holds the target), the expected outcome (<c>```verwacht</c>) and expected HTML
/// (<c>```html kaart</c> or <c>```html afdrukken</c>); its tables are rows
/// of cases. Any other fence is a mistake in the spec and fails the test, so a typo cannot make a case pass empty.
/// </summary>
public sealed record SpecSection(string Title, IReadOnlyDictionary<string, string> Files, IReadOnlyList<string>? Expected, IReadOnlyList<IReadOnlyList<string>> TableRows)
{
    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>();

    /// <summary>The Markdown body of the case (<c>```markdown</c>).</summary>
    public string? Markdown { get; init; }

    /// <summary>Expected HTML per place it is shown (<c>```html kaart</c>, <c>```html afdrukken</c>).</summary>
    public IReadOnlyDictionary<string, string> Html { get; init; } = new Dictionary<string, string>();

    public bool IsProse => Files.Count == 0 && Expected is null && TableRows.Count == 0 && Links.Count == 0 && Markdown is null && Html.Count == 0;

    public override string ToString() => Title;
}

public static class SpecFile
{
    public const string DefaultCardPath = "kaarten/onderwijs/kaart.md";

    /// <summary>
    /// The section titles of a spec, as the cases of an xunit theory. A section without any block or table is prose
    /// that points elsewhere (the case lives in another spec or a unit test); a section with input but no outcome
    /// stays a case, and fails.
    /// </summary>
    public static TheoryData<string> Titles(string name)
    {
        var data = new TheoryData<string>();
        foreach (var section in Read(name).Where(s => !s.IsProse)) data.Add(section.Title);
        return data;
    }

    /// <summary>The input of a case: Specs/basis with the section's files and symbolic links added.</summary>
    public static TempFolder Input(SpecSection section)
    {
        var input = new TempFolder().CopyFrom(RepoPaths.SpecBasis);
        foreach (var (path, content) in section.Files) input.Write(path, content);
        foreach (var (path, target) in section.Links)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(input[path])!);
            File.CreateSymbolicLink(input[path], target);
        }

        return input;
    }

    public static IReadOnlyList<SpecSection> Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Specs, name));
        var sections = new List<SpecSection>();
        string? title = null;
        var files = new Dictionary<string, string>();
        List<string>? expected = null;
        var rows = new List<IReadOnlyList<string>>();
        var links = new Dictionary<string, string>();
        var html = new Dictionary<string, string>();
        string? markdown = null;

        void Flush()
        {
            if (title is not null) sections.Add(new SpecSection(title, files, expected, rows) { Links = links, Html = html, Markdown = markdown });
            markdown = null;
            files = [];
            expected = null;
            rows = [];
            links = [];
            html = [];
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                title = line[3..].Trim();
            }
            else if (line.StartsWith("```", StringComparison.Ordinal) && title is not null)
            {
                var info = line[3..].Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != "```"; i++) body.Add(lines[i]);
                if (info == "verwacht") expected = body.Where(l => l.Length > 0).ToList();
                else if (info == "kaart") files[DefaultCardPath] = string.Join('\n', body) + "\n";
                else if (info.StartsWith("bestand ", StringComparison.Ordinal)) files[info[8..].Trim()] = string.Join('\n', body) + "\n";
                else if (info.StartsWith("link ", StringComparison.Ordinal)) links[info[5..].Trim()] = string.Join("", body).Trim();
                else if (info == "markdown") markdown = string.Join('\n', body);
                else if (info.StartsWith("html ", StringComparison.Ordinal)) html[info[5..].Trim()] = string.Join('\n', body);
                else if (info is not ("" or "yaml" or "sh" or "text")) throw new InvalidDataException($"{name}:{i}: onbekend blok '```{info}'");
            }
            else if (line.StartsWith('|') && title is not null && !line.StartsWith("|-", StringComparison.Ordinal) && !line.StartsWith("| -", StringComparison.Ordinal))
            {
                rows.Add(line.Trim().Trim('|').Split('|').Select(c => c.Trim().Replace("\\|", "|")).ToList());
            }
        }

        Flush();
        return sections;
    }
}
