using System.Globalization;
using System.Text;

namespace Handboek.Rendering;

/// <summary>
/// A <see cref="TextWriter"/> into a <see cref="Utf8TemplateOutput"/>: Markdig writes a body's HTML straight to UTF-8,
/// which the page then takes over without copying, instead of into a string the page encodes again.
/// </summary>
public sealed class Utf8OutputWriter(Utf8TemplateOutput output) : TextWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => output.Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => output.Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => output.Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => output.Write(buffer);
}
