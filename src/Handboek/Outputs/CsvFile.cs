using System.Text;

namespace Handboek.Outputs;

/// <summary>
/// A CSV file for Excel: semicolon-separated (the Dutch list separator), UTF-8 with a byte order mark so "coördinator"
/// survives, CRLF line ends.
/// </summary>
public static class CsvFile
{
    public static OutputFile Of(string path, Func<IEnumerable<IReadOnlyList<string>>> rows) => new(path, () =>
    {
        var text = new StringBuilder();
        foreach (var row in rows()) text.Append(string.Join(';', row.Select(Field))).Append("\r\n");
        return (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    });

    /// <summary>
    /// Quotes a field that holds the separator, a quote or a line break, doubling its quotes. A field that Excel would
    /// read as a formula (it starts with = + - @, a tab or a line break) gets an apostrophe first, so a title such as
    /// <c>=HYPERLINK(...)</c> stays text.
    /// </summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n') value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
    }
}
