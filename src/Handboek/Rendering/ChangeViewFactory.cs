using System.Globalization;
using Handboek.Model;
using Handboek.Provenance;
using Handboek.Scheduling;

namespace Handboek.Rendering;

/// <summary>What git says about the input, as cards and pages show it: "Laatst gewijzigd" and /wijzigingen/.</summary>
public sealed class ChangeViewFactory
{
    /// <summary>How many commits /wijzigingen/ and its feed list.</summary>
    public const int Shown = 50;

    private readonly Handbook _handbook;
    private readonly SiteUrls _urls;
    private readonly GitHistory? _history;
    private readonly string _inputDir;
    private readonly Dictionary<string, Card> _cardByPath;
    private readonly Dictionary<string, Page> _pageByPath;

    public ChangeViewFactory(Handbook handbook, SiteUrls urls, GitHistory? history, string inputDir)
    {
        _handbook = handbook;
        _urls = urls;
        _history = history;
        _inputDir = inputDir;
        InputFolder = GitHistory.FolderInRepository(inputDir);
        _cardByPath = handbook.Cards.ToDictionary(c => RepositoryPath(c.SourcePath), StringComparer.Ordinal);
        _pageByPath = handbook.Pages.ToDictionary(p => RepositoryPath(p.SourcePath), StringComparer.Ordinal);
    }

    public GitHistory? History => _history;

    /// <summary>The input folder as git names it ("input").</summary>
    public string InputFolder { get; }

    /// <summary>The card's file as git names it; outside a git checkout the contract's layout: input/ at the top.</summary>
    public string RepositoryPath(Card card) => RepositoryPath(card.SourcePath);

    public ChangeView? LastChange(Card card) =>
        _history?.LastChange(Path.Combine(_inputDir, card.SourcePath)) is { } commit ? View(commit) : null;

    public ChangesView Changes() => new(
        (_history?.Commits ?? []).Take(Shown).Select(Entry).ToList(),
        _history switch
        {
            null => "Deze versie van het handboek is niet uit een Git-repository gebouwd, dus er is geen wijzigingsgeschiedenis.",
            { IsShallow: true } => "Deze versie van het handboek is gebouwd uit een kopie zonder geschiedenis (een shallow clone), dus de wijzigingen zijn hier niet te zien. Kijk in de repository of vraag de beheerder de hele geschiedenis op te halen.",
            _ => null,
        },
        _urls.ChangesFeed);

    private ChangeView View(Commit commit) => new(
        DutchFormat.Date(DateOnly.FromDateTime(commit.Date.DateTime)),
        commit.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        commit.Message,
        commit.ShortHash,
        _handbook.Settings.Repository is { } repository ? $"{repository.TrimEnd('/')}/commit/{commit.Hash}" : null);

    private ChangeEntryView Entry(Commit commit)
    {
        var cards = commit.Files.Where(_cardByPath.ContainsKey).Select(f => _cardByPath[f]).ToList();
        var pages = commit.Files.Where(_pageByPath.ContainsKey).Select(f => _pageByPath[f]).ToList();
        return new ChangeEntryView(
            View(commit),
            cards.Select(c => new LinkView(c.Title, _urls.Card(c.Id))).ToList(),
            pages.Select(p => new LinkView(p.Title, _urls.Page(p.Id))).ToList(),
            commit.Files.Where(f => !_cardByPath.ContainsKey(f) && !_pageByPath.ContainsKey(f)).Select(InputPath).ToList());
    }

    private string RepositoryPath(string inputRelative) =>
        _history?.PathInRepository(Path.Combine(_inputDir, inputRelative)) ?? $"input/{inputRelative}";

    /// <summary>A file of a commit relative to input/, as the quality officer knows it ("rollen.yml", or a removed card's path).</summary>
    private string InputPath(string repositoryPath)
    {
        var prefix = InputFolder == "." ? "" : InputFolder + "/";
        return repositoryPath.StartsWith(prefix, StringComparison.Ordinal) ? repositoryPath[prefix.Length..] : repositoryPath;
    }
}
