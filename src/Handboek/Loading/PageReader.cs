using Handboek.Diagnostics;
using Handboek.Markdown;
using Handboek.Model;
using Handboek.Schema;
using YamlDotNet.RepresentationModel;

namespace Handboek.Loading;

/// <summary>Reads a free-standing page from input/paginas: only a title, an optional summary and an order.</summary>
public sealed class PageReader(InputBoundary input, bool rawHtml, DiagnosticBag diagnostics)
{
    public Page? Read(string file)
    {
        if (InputFile.Read(file, input, diagnostics) is not { } text) return null;
        if (FrontMatter.Read(file, text, diagnostics) is not var (frontMatter, reader)) return null;
        reader.WarnAboutUnknownKeys(InputSchema.Names(InputSchema.Page));
        var id = reader.Text("id")?.Value ?? Path.GetFileNameWithoutExtension(file);
        if (!Ids.IsSlug(id))
            diagnostics.Error(reader.LocationOf("id"), $"ongeldige id '{id}' voor deze pagina; {Ids.SlugAdvice(id)}");

        var title = reader.Text("titel", required: true);
        var volgorde = reader.Number("volgorde")?.Value ?? 0;

        return new Page(
            id,
            title?.Value ?? id,
            reader.Text("samenvatting")?.Value,
            volgorde,
            MarkdownBodyParser.Parse(frontMatter.Body, frontMatter.BodyFirstLine, input.Dir, file, rawHtml, diagnostics),
            Path.GetRelativePath(input.Dir, file).Replace('\\', '/'));
    }
}
