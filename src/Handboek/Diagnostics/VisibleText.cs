using System.Text;

namespace Handboek.Diagnostics;

/// <summary>
/// Text for a terminal or CI log line: control characters written as <c>\n</c> or <c>\u0007</c>. A line break taken
/// from the input (a file name, a YAML key) would otherwise start a new log line, and on GitHub Actions a line that
/// starts with <c>::</c> is a workflow command (<c>::add-mask::</c>, a fake <c>::error</c>).
/// </summary>
public static class VisibleText
{
    public static string Of(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            visible.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return visible.ToString();
    }
}
