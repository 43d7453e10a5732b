using System.Text.Json;
using Vigil.Documents;
using Vigil.Output;

namespace Vigil.Tests.Output;

/// <summary>
/// The output contract (../shared/spec/vigil-json.md) is what evaluations read: these tests pin every
/// field name to the spec, so a rename anywhere in the model fails here.
/// </summary>
public class JsonContractTests
{
    private static Document FullDocument()
    {
        var text = "Soldiers fired on townspeople in Antúnez on Monday night, killing two, Beltran told the AP.";
        var document = new Document(text)
        {
            Published = new DateOnly(2014, 1, 14),
            Title = "Soldiers fire on townspeople",
            Url = "https://example.org/a",
            Source = "AP",
            Tokens = [new Token(0, 8, "Soldiers") { Lemma = "soldier", Upos = "NOUN", Xpos = "NNS", Head = 1, DepRel = "nsubj" },
                      new Token(9, 14, "fired") { Lemma = "fire", Upos = "VERB", Xpos = "VBD", DepRel = "root" }],
        };
        document.Sentences.Add(new Sentence(0, text.Length, 0, 2));
        var soldiers = new Entity { Id = "E1", Label = "ORG", Name = "Soldiers", Actor = new ActorCode("MEXMIL", "MEX", "MIL") };
        soldiers.Mentions.Add(new Mention(0, 8, "Soldiers"));
        document.Entities.Add(soldiers);
        document.Places.Add(new Place
        {
            Start = 33, End = 40, Text = "Antúnez", Name = "Antúnez", GeonamesId = 4018430, Lat = 19.01451, Lon = -102.20432,
            Country = "MX", Admin1 = "Michoacán", Feature = "PPL", Score = 0.93,
        });
        var quote = new Quote
        {
            Id = "Q1", Direct = false, Content = new SpanRef(0, 69), Cue = new SpanRef(79, 83, "told"),
            Source = new SpanRef(71, 78, "Beltran", "E2"),
        };
        quote.Via.Add(new SpanRef(84, 90, "the AP", "E3"));
        document.Quotes.Add(quote);
        document.Events.Add(new Event
        {
            Id = "V1", Sentence = 0, Trigger = new SpanRef(9, 14, "fired"), Cameo = "190",
            Plover = new PloverCode("ASSAULT", "firearms"), Acled = new AcledCode("Violence against civilians", "Attack"),
            Actor1 = new EventActor(0, 8, "Soldiers", "E1", "MEXMIL", "MEX", "MIL"),
            Actor2 = new EventActor(18, 29, "townspeople", null, "MEXCVL", "MEX", "CVL"),
            Place = new EventPlace(33, 40, "Antúnez", 4018430, 19.01451, -102.20432, "town"),
            Date = new EventDate("2014-01-13", "day", "Monday night"),
            Fatalities = new CasualtyCount(2, 2, "killing two", true),
            Modality = Modalities.Reported, Quote = "Q1", Confidence = 0.81,
        });
        return document;
    }

    private static JsonElement Serialize(Document document, bool tokens = true)
    {
        var json = DocumentJsonWriter.Serialize(DocumentJson.From(document, tokens), indented: true);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Top_level_fields_are_the_spec_names()
    {
        var root = Serialize(FullDocument());
        Assert.Equal(["schema", "id", "published", "title", "url", "source", "sentences", "tokens", "entities", "places", "quotes", "events"], Keys(root));
        Assert.Equal("vigil/1", root.GetProperty("schema").GetString());
        Assert.Equal("2014-01-14", root.GetProperty("published").GetString());
    }

    [Fact]
    public void Tokens_appear_only_when_asked_for()
    {
        var root = Serialize(FullDocument(), tokens: false);
        Assert.False(root.TryGetProperty("tokens", out _));
        var token = Serialize(FullDocument()).GetProperty("tokens")[0];
        foreach (var key in new[] { "start", "end", "form", "lemma", "upos", "xpos", "head", "deprel" })
            Assert.True(token.TryGetProperty(key, out _), key);
        Assert.Equal(1, token.GetProperty("head").GetInt32());
        Assert.Equal(JsonValueKind.Null, Serialize(FullDocument()).GetProperty("tokens")[1].GetProperty("head").ValueKind);
    }

    [Fact]
    public void Entity_place_quote_and_event_fields_are_the_spec_names()
    {
        var root = Serialize(FullDocument());
        var entity = root.GetProperty("entities")[0];
        Assert.Equal(["id", "label", "name", "mentions", "actor"], Keys(entity));
        Assert.Equal(["start", "end", "text"], Keys(entity.GetProperty("mentions")[0]));
        Assert.Equal(["code", "country", "sector"], Keys(entity.GetProperty("actor")));

        var place = root.GetProperty("places")[0];
        Assert.Equal(["start", "end", "text", "name", "geonames_id", "lat", "lon", "country", "admin1", "feature", "score"], Keys(place));

        var quote = root.GetProperty("quotes")[0];
        Assert.Equal(["id", "direct", "content", "cue", "source", "via", "parts"], Keys(quote));
        Assert.Equal("E2", quote.GetProperty("source").GetProperty("entity").GetString());
        Assert.Equal("the AP", quote.GetProperty("via")[0].GetProperty("text").GetString());

        var e = root.GetProperty("events")[0];
        Assert.Equal(["id", "sentence", "trigger", "cameo", "plover", "acled", "actor1", "actor2", "place", "date",
            "fatalities", "injuries", "modality", "quote", "confidence", "actor1_associated", "actor2_associated"], Keys(e));
        Assert.Equal(["type", "mode"], Keys(e.GetProperty("plover")));
        Assert.Equal(["event_type", "sub_event_type"], Keys(e.GetProperty("acled")));
        Assert.Equal(["start", "end", "text", "entity", "code", "country", "sector"], Keys(e.GetProperty("actor1")));
        Assert.Equal(["start", "end", "text", "geonames_id", "lat", "lon", "precision"], Keys(e.GetProperty("place")));
        Assert.Equal(["value", "precision", "text"], Keys(e.GetProperty("date")));
        Assert.Equal(["min", "max", "text", "disputed", "start", "end", "reports"], Keys(e.GetProperty("fatalities")));
        Assert.Equal(JsonValueKind.Null, e.GetProperty("injuries").ValueKind);
    }

    [Fact]
    public void Unknown_values_are_null_not_absent()
    {
        var root = Serialize(new Document("Nothing happened."), tokens: false);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("title").ValueKind);
        Assert.Equal(0, root.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Json_round_trips_without_loss()
    {
        var original = DocumentJson.From(FullDocument(), includeTokens: true);
        var json = DocumentJsonWriter.Serialize(original, indented: false);
        var back = DocumentJsonWriter.Deserialize(json)!;
        Assert.Equal(json, DocumentJsonWriter.Serialize(back, indented: false));
        Assert.Equal("Antúnez", back.Places[0].Name);
        Assert.Equal("MEXMIL", back.Events[0].Actor1!.Code);
        Assert.Single(back.Quotes[0].Via);
        Assert.Single(back.Entities[0].Mentions);
    }

    [Fact]
    public void Accents_and_curly_quotes_are_written_as_themselves()
    {
        var document = new Document("“Antúnez”");
        document.Places.Add(new Place { Start = 1, End = 8, Text = "Antúnez" });
        var json = DocumentJsonWriter.Serialize(DocumentJson.From(document, false), indented: false);
        Assert.Contains("\"text\":\"Antúnez\"", json);
    }
}
