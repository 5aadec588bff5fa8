using Handboek.Search;

namespace Handboek.Outputs;

/// <summary>/zoeken/woorden.json: the synonyms and title words the search page widens a question with (<see cref="SearchWords"/>).</summary>
public sealed class SearchWordsOutput : ISiteOutput
{
    public const string Path = "zoeken/woorden.json";

    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        yield return new OutputFile(Path, () =>
        {
            var words = SearchWords.Of(site.Handbook);
            return JsonFile.Serialize(new WordsJson(words.Synonyms, words.TitleWords));
        });
    }

    private sealed record WordsJson(IReadOnlyDictionary<string, IReadOnlyList<string>> Synoniemen, IReadOnlyList<string> Titelwoorden);
}
