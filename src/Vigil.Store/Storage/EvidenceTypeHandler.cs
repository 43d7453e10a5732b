using System.Data;
using System.Text.Json;
using Dapper;
using Vigil.Store.Model;

namespace Vigil.Store.Storage;

/// <summary>Stores <see cref="Evidence"/> as a JSON text column.</summary>
public sealed class EvidenceTypeHandler : SqlMapper.TypeHandler<Evidence>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public override void SetValue(IDbDataParameter parameter, Evidence? value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = value is null ? DBNull.Value : JsonSerializer.Serialize(value, Json);
    }

    public override Evidence? Parse(object value) =>
        value is string json ? JsonSerializer.Deserialize<Evidence>(json, Json) : null;
}
