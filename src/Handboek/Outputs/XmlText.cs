using System.Text;
using System.Xml;

namespace Handboek.Outputs;

/// <summary>An indented XML document as text, declared UTF-8 because that is how <see cref="OutputFile.Text"/> writes it.</summary>
public static class XmlText
{
    public static string Write(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        // Characters XML cannot hold (control characters in a file name from git, say) are dropped afterwards rather
        // than making the writer throw: the writer escapes all markup, so none of them can be part of it.
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, CheckCharacters = false }))
        {
            write(xml);
        }

        // A StringBuilder makes the writer declare UTF-16.
        return WithoutInvalidCharacters(text.ToString()).Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }

    private static string WithoutInvalidCharacters(string xml)
    {
        if (!xml.Any(c => !XmlConvert.IsXmlChar(c))) return xml;
        var valid = new StringBuilder(xml.Length);
        for (var i = 0; i < xml.Length; i++)
        {
            if (XmlConvert.IsXmlChar(xml[i])) valid.Append(xml[i]);
            else if (i + 1 < xml.Length && XmlConvert.IsXmlSurrogatePair(xml[i + 1], xml[i])) valid.Append(xml, i++, 2);
        }

        return valid.ToString();
    }
}
