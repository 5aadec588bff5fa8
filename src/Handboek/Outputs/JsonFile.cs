using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Handboek.Text;

namespace Handboek.Outputs;

/// <summary>How the site writes JSON: field names as the records spell them in snake_case, LF line ends on every platform,
/// Dutch letters as they are; serialized straight to UTF-8 in chunks, as some files run to tens of megabytes.</summary>
public static class JsonFile
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static JsonWriterOptions Writing(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="indented">For files people read (handboek.json); data only a script reads is written in one line.</param>
    public static FileContent Serialize<T>(T value, bool indented = true)
    {
        var bytes = new ChunkedBuffer();
        using (var writer = new Utf8JsonWriter(bytes, Writing(indented)))
        {
            JsonSerializer.Serialize(writer, value, Options);
        }

        bytes.Write("\n"u8);
        return FileContent.Of(bytes);
    }
}
