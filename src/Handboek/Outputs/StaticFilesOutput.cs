namespace Handboek.Outputs;

/// <summary>The theme's assets, copied unchanged.</summary>
public sealed class StaticFilesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Theme.Assets.Select(a => OutputFile.Copy(a.RelativePath, a.FullPath));
}
