using System.Text;
using System.Xml;

namespace Handboek.Outputs;

/// <summary>An indented XML document as text, declared UTF-8 because that is how <see cref="OutputFile.Text"/> writes it.</summary>
public static class XmlText
{
    public static string Write(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            write(xml);
        }

        // A StringBuilder makes the writer declare UTF-16.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }
}
