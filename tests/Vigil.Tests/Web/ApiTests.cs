using System.Net;
using System.Text.Json;
using Vigil.Tests.Store;

namespace Vigil.Tests.Web;

/// <summary>The HTTP API on a real Kestrel host, against each store backend.</summary>
public class ApiTests
{
    public static IEnumerable<object[]> Kinds => TestStores.Kinds();

    private static JsonElement Get(TestServer server, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = server.Http.GetAsync(path).GetAwaiter().GetResult();
        Assert.Equal(expected, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.Clone();
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Events_are_filtered_and_paged_like_the_command_line(string kind)
    {
        using var server = new TestServer(kind);
        var all = Get(server, "/api/events");
        Assert.Equal(4, all.GetProperty("total").GetInt64());

        var mexico = Get(server, "/api/events?country=MX&min_fatalities=3");
        var e = Assert.Single(mexico.GetProperty("events").EnumerateArray());
        Assert.Equal("Antúnez", e.GetProperty("location").GetString());
        Assert.Equal(3, e.GetProperty("num_reports").GetInt32());
        Assert.Equal(2, e.GetProperty("num_stories").GetInt32());
        Assert.True(e.GetProperty("fatalities_disputed").GetBoolean());

        Assert.Equal(1, Get(server, "/api/events?min-fatalities=10").GetProperty("total").GetInt64());
        Assert.Equal(2, Get(server, "/api/events?plover=PROTEST&bbox=-10,40,10,52").GetProperty("total").GetInt64());
        Assert.Equal(1, Get(server, "/api/events?text=pension").GetProperty("total").GetInt64());

        var page = Get(server, "/api/events?offset=1&limit=2");
        Assert.Equal(2, page.GetProperty("events").GetArrayLength());
        Assert.Equal(all.GetProperty("events")[1].GetProperty("id").GetInt64(), page.GetProperty("events")[0].GetProperty("id").GetInt64());
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Bad_parameters_are_400_with_a_message(string kind)
    {
        using var server = new TestServer(kind);
        Assert.Contains("is not a date", Get(server, "/api/events?from=soon", HttpStatusCode.BadRequest).GetProperty("error").GetString());
        Assert.Contains("limit must be between", Get(server, "/api/events?limit=0", HttpStatusCode.BadRequest).GetProperty("error").GetString());
        Assert.Contains("no event 999", Get(server, "/api/events/999", HttpStatusCode.NotFound).GetProperty("error").GetString());
        Get(server, "/api/nothing", HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void One_event_comes_with_its_reports_documents_and_disagreements(string kind)
    {
        using var server = new TestServer(kind);
        var id = Get(server, "/api/events?country=MX").GetProperty("events")[0].GetProperty("id").GetInt64();
        var detail = Get(server, $"/api/events/{id}");

        var reports = detail.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["Associated Press", "Reuters", "Houston Chronicle"], reports.Select(r => r.GetProperty("source").GetString()));
        var evidence = reports[0].GetProperty("evidence");
        var sentence = evidence.GetProperty("sentence").GetString()!;
        var trigger = evidence.GetProperty("highlights").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "trigger");
        Assert.Equal("fired", sentence[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()]);
        Assert.Equal(["Estanislao Beltrán", "told", "the AP"], evidence.GetProperty("attribution").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.Equal(3, detail.GetProperty("documents").GetArrayLength());
        var fatalities = detail.GetProperty("disagreements").EnumerateArray().Single(d => d.GetProperty("field").GetString() == "fatalities");
        Assert.Equal(["2", "4"], fatalities.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()).Order());

        var documentId = reports[1].GetProperty("document_id").GetString();
        var document = Get(server, $"/api/documents/{documentId}");
        Assert.StartsWith("MEXICO CITY (Reuters)", document.GetProperty("text").GetString());
        Assert.Equal(6, Get(server, "/api/documents?limit=10").GetProperty("documents").GetArrayLength());
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Statistics_by_day_and_country(string kind)
    {
        using var server = new TestServer(kind);
        var days = Get(server, "/api/stats/days").EnumerateArray().ToDictionary(d => d.GetProperty("day").GetString()!, d => d.GetProperty("events").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["2014-01-13"] = 1, ["2022-03-01"] = 1, ["2023-03-20"] = 1, ["2023-03-24"] = 1 }, days);
        var countries = Get(server, "/api/stats/countries?from=2020-01-01").EnumerateArray().ToList();
        Assert.Equal(["FR", "UA"], countries.Select(c => c.GetProperty("country").GetString()));
        Assert.Equal(10, countries[1].GetProperty("fatalities").GetInt64());
        Assert.Equal(4, Get(server, "/api/totals").GetProperty("events").GetInt64());
    }

    [Fact]
    public async Task The_page_and_its_libraries_are_served_offline_with_a_strict_policy()
    {
        using var server = new TestServer("sqlite");
        using var page = await server.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
        Assert.DoesNotContain("https://", html);
        foreach (var asset in new[] { "/app.js", "/app.css", "/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css", "/vendor/world-110m.geojson" })
        {
            using var response = await server.Http.GetAsync(asset);
            Assert.True(response.IsSuccessStatusCode, asset);
        }
        using var escape = await server.Http.GetAsync("/vendor/../../Vigil.Web.csproj");
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
    }
}
