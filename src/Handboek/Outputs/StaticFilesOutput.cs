namespace Handboek.Outputs;

/// <summary>The theme's assets, and the images and documents that bodies link to, copied unchanged.</summary>
public sealed class StaticFilesOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Theme.Assets.Select(a => new OutputFile(a.RelativePath, File.ReadAllBytes(a.FullPath)))
            .Concat(site.Bodies.LinkedFiles().Select(path => new OutputFile(path, File.ReadAllBytes(Path.Combine(site.InputDir, path)))));
}
