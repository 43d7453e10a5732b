using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigil.Store.Storage;

namespace Vigil.Web;

/// <summary>
/// The HTTP API. Every list takes the filters of `vigil query` as query parameters (from, to, country,
/// admin1, bbox, cameo, plover, acled, actor, min_fatalities, text) and offset/limit paging.
/// <list type="bullet">
/// <item>GET /api/events: {total, offset, limit, events}</item>
/// <item>GET /api/events/{id}: the event with its reports (evidence, attribution), documents and disagreements</item>
/// <item>GET /api/documents, GET /api/documents/{id}: stored documents (one with its text)</item>
/// <item>GET /api/stats/days, GET /api/stats/countries: counts of events for the timeline and the country table</item>
/// <item>GET /api/totals: sizes of the store</item>
/// </list>
/// </summary>
public static class EventApi
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/events", (HttpRequest request, IEventStore store) =>
        {
            var filter = ApiQuery.Filter(request.Query);
            var (offset, limit) = ApiQuery.Paging(request.Query);
            return Results.Ok(new { total = store.CountEvents(filter), offset, limit, events = store.QueryEvents(filter, offset, limit) });
        });
        api.MapGet("/events/{id:long}", (long id, IEventStore store) =>
            store.GetEvent(id) is { } detail
                ? Results.Ok(new { @event = detail.Event, reports = detail.Reports, documents = detail.Documents, disagreements = detail.Disagreements })
                : Results.NotFound(new ApiError($"no event {id}")));
        api.MapGet("/documents", (HttpRequest request, IEventStore store) =>
        {
            var (offset, limit) = ApiQuery.Paging(request.Query);
            return Results.Ok(new { total = store.Totals().Documents, offset, limit, documents = store.ListDocuments(offset, limit) });
        });
        api.MapGet("/documents/{id}", (string id, IEventStore store) =>
            store.GetDocument(id, includeText: true) is { } document ? Results.Ok(document) : Results.NotFound(new ApiError($"no document {id}")));
        api.MapGet("/stats/days", (HttpRequest request, IEventStore store) => Results.Ok(store.CountByDay(ApiQuery.Filter(request.Query))));
        api.MapGet("/stats/countries", (HttpRequest request, IEventStore store) => Results.Ok(store.CountByCountry(ApiQuery.Filter(request.Query))));
        api.MapGet("/totals", (IEventStore store) => Results.Ok(store.Totals()));
        api.MapGet("/{**rest}", (string rest) => Results.NotFound(new ApiError($"no such API: /api/{rest}")));
    }
}
