using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Vigil.Web;

/// <summary>
/// Serves the page and its vendored libraries from resources embedded in this assembly (so the web view
/// needs no files beside the program and no network), with content types and ETags.
/// </summary>
public static class StaticAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".geojson"] = "application/geo+json",
        [".json"] = "application/json",
    };

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    private static readonly ConcurrentDictionary<string, Asset?> Cache = new();

    public static IResult Serve(string path, HttpContext context)
    {
        var asset = Cache.GetOrAdd(path, Load);
        if (asset is null) return Results.NotFound();
        context.Response.Headers.ETag = asset.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Bytes, asset.ContentType);
    }

    private static Asset? Load(string path)
    {
        if (path.Contains("..", StringComparison.Ordinal)) return null;
        if (!ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType)) return null;
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("wwwroot/" + path);
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
        return new Asset(bytes, contentType, etag);
    }
}
