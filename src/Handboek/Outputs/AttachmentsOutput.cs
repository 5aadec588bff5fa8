namespace Handboek.Outputs;

/// <summary>
/// The images and documents that bodies link to, copied unchanged to the same path as in the input. They come from the
/// input, so the builder makes sure none of them takes the place of a file Handboek generates.
/// </summary>
public sealed class AttachmentsOutput : ISiteOutput
{
    public IEnumerable<OutputFile> Produce(SiteContext site) =>
        site.Bodies.LinkedFiles().Select(path => OutputFile.Copy(path, Path.Combine(site.InputDir, path)));
}
