using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Handboek.Text;

namespace Handboek.Outputs;

/// <summary>How the site writes JSON: field names as the records spell them in snake_case, LF line ends on every platform,
/// Dutch letters as they are; serialized straight to UTF-8 in chunks, as some files run to tens of megabytes.</summary>
public static class JsonFile
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Converters = { new RawJsonConverter() } };

    private static JsonWriterOptions Writing(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="indented">For files people read (handboek.json); data only a script reads is written in one line.</param>
    public static FileContent Serialize<T>(T value, bool indented = true)
    {
        var bytes = Written(value, indented);
        bytes.Write("\n"u8);
        return FileContent.Of(bytes);
    }

    /// <summary>A value serialized once, in one line, to go as it is into several files (<see cref="Raw"/>).</summary>
    public sealed class RawJson(byte[] utf8)
    {
        public byte[] Utf8 { get; } = utf8;
    }

    /// <summary>Serializes a value that many files share (the moments of the calendars of one role at every school of a
    /// region) once; written into each as it is.</summary>
    public static RawJson Raw<T>(T value)
    {
        var bytes = Written(value, indented: false);
        var raw = new RawJson(bytes.ToArray());
        bytes.Release();
        return raw;
    }

    private static ChunkedBuffer Written<T>(T value, bool indented)
    {
        var bytes = new ChunkedBuffer();
        using (var writer = new Utf8JsonWriter(bytes, Writing(indented)))
        {
            JsonSerializer.Serialize(writer, value, Options);
        }

        return bytes;
    }

    private sealed class RawJsonConverter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("the site only writes these");

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Utf8, skipInputValidation: true);
    }
}
