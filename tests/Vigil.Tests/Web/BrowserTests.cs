using System.Text.Json.Nodes;

namespace Vigil.Tests.Web;

/// <summary>The web view in headless Chromium: it loads, filters, opens an event and shows the highlighted evidence.</summary>
public class BrowserTests
{
    private static string[] Texts(HeadlessChromium browser, string selector) =>
        browser.Evaluate($"[...document.querySelectorAll({JsonValue.Create(selector).ToJsonString()})].map(e => e.textContent)")!
            .AsArray().Select(n => n!.GetValue<string>()).ToArray();

    /// <summary>The attribution chain of the report card at this position in the panel.</summary>
    private static string[] Chain(HeadlessChromium browser, int report) =>
        browser.Evaluate($"[...document.querySelectorAll('#panel .report')[{report}].querySelectorAll('.chain span.link')].map(e => e.textContent)")!
            .AsArray().Select(n => n!.GetValue<string>()).ToArray();

    [ChromiumFact]
    public void The_page_filters_opens_an_event_and_highlights_its_evidence()
    {
        using var server = new TestServer("sqlite");
        using var browser = new HeadlessChromium();
        try
        {
            browser.Navigate(server.BaseAddress);
            browser.WaitFor("document.body.dataset.loads === '1'");
            Assert.Equal(4, browser.Evaluate("document.querySelectorAll('#events tbody tr').length")!.GetValue<int>());
            browser.WaitFor("document.querySelectorAll('#map path.leaflet-interactive').length >= 3");
            Assert.Contains("4 events match", browser.Evaluate("document.querySelector('#status').textContent")!.GetValue<string>());

            // Filter to Mexico with the form, as a user would.
            browser.Evaluate("document.querySelector('input[name=country]').value = 'MX'; document.querySelector('#apply').click(); true");
            browser.WaitFor("document.body.dataset.loads === '2'");
            Assert.Equal(1, browser.Evaluate("document.querySelectorAll('#events tbody tr').length")!.GetValue<int>());
            Assert.Equal(["MX"], Texts(browser, "#countries tbody td:first-child"));

            // Open the event: every report's sentence with actor, trigger, place and date marked.
            browser.Evaluate("document.querySelector('#events tbody tr').click(); true");
            browser.WaitFor("document.querySelector('#panel').dataset.eventId && !document.querySelector('#panel').hidden");
            Assert.Equal(3, browser.Evaluate("document.querySelectorAll('#panel .report').length")!.GetValue<int>());
            Assert.Equal(["fired", "clashed", "fired"], Texts(browser, "#panel mark.hl-trigger"));
            Assert.Equal(["Soldiers", "soldiers", "Soldiers"], Texts(browser, "#panel mark.hl-actor1"));
            Assert.Equal(["townspeople", "civilians", "townspeople"], Texts(browser, "#panel mark.hl-actor2"));
            Assert.Equal(["Antúnez", "Antúnez", "Antúnez"], Texts(browser, "#panel mark.hl-place"));
            Assert.Equal(["Monday night", "on Monday", "Monday night"], Texts(browser, "#panel mark.hl-date"));
            Assert.Equal(["killing two people", "Four people were killed", "killing two people"], Texts(browser, "#panel mark.hl-fatalities"));
            Assert.Equal(["Estanislao Beltrán", "told", "the AP", "Associated Press"], Chain(browser, 0));
            Assert.Equal(["local officials", "said", "Reuters"], Chain(browser, 1));
            var fatalities = Texts(browser, "#panel tr[data-field=fatalities] td").Last();
            Assert.Contains("2 per Associated Press, Houston Chronicle", fatalities);
            Assert.Contains("4 per Reuters", fatalities);
            Assert.Contains("disputed", browser.Evaluate("document.querySelector('#panel dd.disputed').textContent")!.GetValue<string>());
            if (Environment.GetEnvironmentVariable("VIGIL_SCREENSHOT") is { Length: > 0 } screenshot) browser.Screenshot(screenshot);
        }
        catch
        {
            browser.Screenshot(Path.Combine(Path.GetTempPath(), "vigil-browser-test-failure.png"));
            throw;
        }
    }

    [ChromiumFact]
    public void Text_from_articles_is_shown_as_text_never_as_markup()
    {
        using var server = new TestServer("sqlite");
        using var browser = new HeadlessChromium();
        browser.Navigate(server.BaseAddress);
        browser.WaitFor("document.body.dataset.loads === '1'");
        browser.Evaluate("document.querySelector('input[name=text]').value = 'lyon'; document.querySelector('#apply').click(); true");
        browser.WaitFor("document.body.dataset.loads === '2'");
        browser.Evaluate("document.querySelector('#events tbody tr').click(); true");
        browser.WaitFor("document.querySelector('#panel').dataset.eventId");

        Assert.Contains(TestServer.HostileMarkup, browser.Evaluate("document.querySelector('#panel .evidence').textContent")!.GetValue<string>());
        Assert.Equal(0, browser.Evaluate("document.querySelectorAll('#panel img, #panel script, #panel b').length")!.GetValue<int>());
        Assert.Equal("undefined", browser.Evaluate("typeof window.pwned")!.GetValue<string>());
        Assert.Contains("<b>Evil Outlet</b>", Texts(browser, "#panel .chain span.link"));
        Assert.Equal(0, browser.Evaluate("document.querySelectorAll('#panel a[href^=javascript]').length")!.GetValue<int>());
    }
}
