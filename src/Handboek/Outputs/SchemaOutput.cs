using Handboek.Schema;

namespace Handboek.Outputs;

/// <summary>/schema/kaart.json: the card front matter as a JSON Schema, for editors and the form editor.</summary>
public sealed class SchemaOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site)
    {
        yield return new OutputFile(CardJsonSchema.SitePath, () => CardJsonSchema.Write(site.Handbook, new Uri(site.Handbook.Settings.BaseUrl, CardJsonSchema.SitePath)));
    }
}
