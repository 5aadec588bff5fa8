using System.Text.Encodings.Web;
using System.Text.Json;
using Handboek.Model;

namespace Handboek.Schema;

/// <summary>
/// The front matter of a card as a JSON Schema (draft 2020-12), from <see cref="InputSchema.Card"/> and this handbook's
/// own data files: an editor that knows JSON Schema completes role ids, standard codes and card ids and shows the help
/// text of each key.
/// </summary>
public static class CardJsonSchema
{
    public const string SitePath = "schema/kaart.json";

    /// <summary>What a card reader accepts: the parser's own pattern, or 'geen' in any case.</summary>
    private const string LegalReference = "^(?:[Gg][Ee][Ee][Nn]|" + InputSchema.LegalReferencePattern + ")$";

    /// <summary>Whether <paramref name="file"/> is a schema written by <see cref="Write"/>: only that may be replaced.</summary>
    public static bool IsOne(string file)
    {
        using var reader = new StreamReader(file);
        var start = new char[1024];
        var read = reader.ReadBlock(start);
        return new string(start, 0, read).Contains("\"title\": \"Kwaliteitskaart van ", StringComparison.Ordinal);
    }

    public static byte[] Write(Handbook handbook, Uri? id = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            if (id is not null) json.WriteString("$id", id.AbsoluteUri);
            json.WriteString("title", $"Kwaliteitskaart van {handbook.Settings.Name}");
            json.WriteString("description", "De front matter van een kaart in input/kaarten/: de sleutels tussen de twee regels ---.");
            json.WriteString("type", "object");
            Properties(json, InputSchema.Card, handbook);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Properties(Utf8JsonWriter json, IReadOnlyList<SchemaKey> keys, Handbook handbook)
    {
        json.WriteStartObject("properties");
        foreach (var key in keys)
        {
            json.WriteStartObject(key.Name);
            json.WriteString("description", key.Help);
            if (key.Required)
            {
                Value(json, key, handbook);
            }
            else
            {
                // An optional key may stand there empty ("samenvatting:"), as a new card from 'handboek nieuw' has it.
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                Value(json, key, handbook);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "null");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("required");
        foreach (var key in keys.Where(k => k.Required)) json.WriteStringValue(key.Name);
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
    }

    private static void Value(Utf8JsonWriter json, SchemaKey key, Handbook handbook)
    {
        switch (key.Kind)
        {
            case ValueKind.Choice:
                Enum(json, key.Choices!);
                break;
            case ValueKind.Slug:
                json.WriteString("type", "string");
                json.WriteString("pattern", InputSchema.SlugPattern);
                json.WriteNumber("maxLength", InputSchema.MaxIdLength);
                break;
            case ValueKind.Role:
                Enum(json, RoleIds(handbook));
                break;
            case ValueKind.Roles:
                OneOrList(json, w => Enum(w, RoleIds(handbook)));
                break;
            case ValueKind.LegalReferences:
                OneOrList(json, w => Pattern(w, LegalReference));
                break;
            case ValueKind.Standards:
                List(json, w => Enum(w, handbook.Standards.Select(s => s.Code).ToList()));
                break;
            case ValueKind.Cards:
                List(json, w => Enum(w, handbook.Cards.Select(c => c.Id).Order(StringComparer.Ordinal).ToList()));
                break;
            case ValueKind.Decisions:
                List(json, w =>
                {
                    w.WriteString("type", "object");
                    Properties(w, InputSchema.Decision, handbook);
                });
                break;
            case ValueKind.Slugs:
                OneOrList(json, w => Pattern(w, InputSchema.SlugPattern));
                break;
            case ValueKind.Participation:
                json.WriteString("type", "object");
                json.WriteStartObject("propertyNames");
                Enum(json, handbook.Roles.Where(r => r.IsParticipationBody).Select(r => r.Id).ToList());
                json.WriteEndObject();
                json.WriteStartObject("additionalProperties");
                Enum(json, key.Choices!);
                json.WriteEndObject();
                break;
            case ValueKind.Moments:
                json.WriteStartArray("oneOf");
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteStartArray("oneOf");
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "object");
                Properties(json, InputSchema.Moment, handbook);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case ValueKind.Date:
                Pattern(json, @"^\d{4}-\d{2}-\d{2}$");
                break;
            case ValueKind.SchoolYear:
                Pattern(json, @"^\d{4}-\d{4}$");
                break;
            case ValueKind.Reminder:
                Pattern(json, InputSchema.ReminderPattern);
                break;
            default:
                json.WriteString("type", "string");
                break;
        }
    }

    private static IReadOnlyList<string> RoleIds(Handbook handbook) => handbook.Roles.Select(r => r.Id).ToList();

    private static void Enum(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteStartArray("enum");
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void Pattern(Utf8JsonWriter json, string pattern)
    {
        json.WriteString("type", "string");
        json.WriteString("pattern", pattern);
    }

    private static void List(Utf8JsonWriter json, Action<Utf8JsonWriter> item)
    {
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        item(json);
        json.WriteEndObject();
    }

    /// <summary>One value, or a list of them: cards may write either.</summary>
    private static void OneOrList(Utf8JsonWriter json, Action<Utf8JsonWriter> item)
    {
        json.WriteStartArray("oneOf");
        json.WriteStartObject();
        item(json);
        json.WriteEndObject();
        json.WriteStartObject();
        List(json, item);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
