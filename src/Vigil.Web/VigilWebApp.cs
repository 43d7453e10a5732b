using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Store.Storage;

namespace Vigil.Web;

/// <summary>
/// The `vigil serve` web application: a JSON API over the event store and the single-page view (map,
/// timeline, filters, event panel). Listens where it is told (loopback by default in the CLI); sends a
/// strict Content-Security-Policy, since the page shows text from arbitrary articles.
/// </summary>
public static class VigilWebApp
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static WebApplication Build(IEventStore store, string urls, LogLevel logLevel = LogLevel.Warning)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(logLevel);
        // A failed start (the port is taken) is reported by `vigil serve` in one line; the host's own log
        // of it is a stack trace, which a user mistake must never print.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(store);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            try
            {
                await next(context);
            }
            catch (FormatException e) when (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new ApiError(e.Message));
            }
        });
        EventApi.Map(app);
        app.MapGet("/", (HttpContext context) => StaticAssets.Serve("index.html", context));
        app.MapGet("/{**path}", (string path, HttpContext context) => StaticAssets.Serve(path, context));
        return app;
    }
}

public sealed record ApiError(string Error);
