using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Vigil.Output;

/// <summary>Writes documents as vigil/1 JSON: pretty (indented) or one object per line.</summary>
public static class DocumentJsonWriter
{
    // Relaxed escaping keeps accents and curly quotes readable ("Antúnez", not "Ant\u00FAnez").
    private static readonly JsonSerializerOptions Compact = new(VigilJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    private static readonly JsonTypeInfo<DocumentJson> CompactInfo = Info(Compact);
    private static readonly JsonTypeInfo<DocumentJson> IndentedInfo = Info(Indented);

    private static JsonTypeInfo<DocumentJson> Info(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = VigilJsonContext.Default;
        return (JsonTypeInfo<DocumentJson>)options.GetTypeInfo(typeof(DocumentJson));
    }

    public static string Serialize(DocumentJson document, bool indented) =>
        JsonSerializer.Serialize(document, indented ? IndentedInfo : CompactInfo);

    public static DocumentJson? Deserialize(string json) => JsonSerializer.Deserialize(json, CompactInfo);
}
