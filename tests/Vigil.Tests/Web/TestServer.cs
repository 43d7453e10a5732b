using Microsoft.AspNetCore.Builder;
using Vigil.Documents;
using Vigil.Tests.Store;
using Vigil.Web;

namespace Vigil.Tests.Web;

/// <summary>
/// The real web application on Kestrel, on a free loopback port, over a store filled with the crafted
/// reports (plus one whose text tries to inject HTML). Disposed with its store.
/// </summary>
public sealed class TestServer : IDisposable
{
    private readonly WebApplication _app;

    public TestServer(string kind)
    {
        Database = TestStores.Create(kind);
        foreach (var document in new[] { Reports.Wire("Associated Press"), Reports.Reuters(), Reports.Wire("Houston Chronicle", 1), Reports.Kharkiv(), Reports.Paris(), Hostile() })
            Database.Store.Ingest(document);
        _app = VigilWebApp.Build(Database.Store, "http://127.0.0.1:0");
        _app.StartAsync().GetAwaiter().GetResult();
        BaseAddress = new Uri(_app.Urls.Single());
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public TestStore Database { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public const string HostileMarkup = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>";

    /// <summary>A report whose sentence and outlet carry markup: the page must show it as text.</summary>
    public static Document Hostile() => new ReportBuilder(
            $"Riot police dispersed students in Lyon on Friday {HostileMarkup} after a march.")
        .From("<b>Evil Outlet</b>", "2023-03-25", "javascript:alert(1)")
        .Event("dispersed", "145", "PROTEST", ("Riots", "Violent demonstration"), actor1: ("Riot police", "FRACOP"), actor2: ("students", "FRAEDU"),
            place: new ReportBuilder.PlaceSpec("Lyon", 45.74846, 4.84671, "FR", "Auvergne-Rhône-Alpes", GeonamesId: 2996944),
            date: ("2023-03-24", "day", "on Friday"))
        .Build();

    public void Dispose()
    {
        Http.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        Database.Dispose();
    }
}
