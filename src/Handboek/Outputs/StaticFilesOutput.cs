namespace Handboek.Outputs;

/// <summary>The theme's assets, and the images and documents that bodies link to, copied unchanged.</summary>
public sealed class StaticFilesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Theme.Assets.Select(a => OutputFile.Copy(a.RelativePath, a.FullPath))
            .Concat(site.Bodies.LinkedFiles().Select(path => OutputFile.Copy(path, Path.Combine(site.InputDir, path))));
}
