using Vigil.Documents;

namespace Vigil.Tests.Documents;

public class DocumentTests
{
    [Fact]
    public void Id_defaults_to_the_sha256_of_the_text()
    {
        var document = new Document("abc");
        // sha256("abc"), a published test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.Id);
    }

    [Fact]
    public void A_given_id_is_kept()
    {
        Assert.Equal("wire-42", new Document("abc", "wire-42").Id);
    }

    [Fact]
    public void Sentence_lookup_finds_the_sentence_holding_an_offset()
    {
        var document = new Document("One two. Three four. Five.");
        document.Sentences.Add(new Sentence(0, 8, 0, 3));
        document.Sentences.Add(new Sentence(9, 20, 3, 3));
        document.Sentences.Add(new Sentence(21, 26, 6, 2));
        Assert.Equal(0, document.SentenceAt(0));
        Assert.Equal(0, document.SentenceAt(7));
        Assert.Equal(-1, document.SentenceAt(8));
        Assert.Equal(1, document.SentenceAt(9));
        Assert.Equal(2, document.SentenceAt(25));
        Assert.Equal(-1, document.SentenceAt(26));
    }

    [Fact]
    public void Sentence_tokens_are_a_view_that_writes_through()
    {
        var document = new Document("Soldiers fired.")
        {
            Tokens = [new Token(0, 8, "Soldiers"), new Token(9, 14, "fired"), new Token(14, 15, ".")],
        };
        document.Sentences.Add(new Sentence(0, 15, 0, 3));
        var tokens = document.SentenceTokens(0);
        tokens[1].Upos = "VERB";
        Assert.Equal("VERB", document.Tokens[1].Upos);
        Assert.Equal(-1, document.Tokens[0].Head);
    }

    [Fact]
    public void Spans_slice_the_original_text()
    {
        var document = new Document("Antúnez,\r\n“Michoacán”");
        var span = new TextSpan(11, 20);
        Assert.Equal("Michoacán", document.Slice(span));
        Assert.True(new TextSpan(0, 10).Overlaps(new TextSpan(9, 12)));
        Assert.False(new TextSpan(0, 10).Overlaps(new TextSpan(10, 12)));
        Assert.True(new TextSpan(0, 10).Covers(new TextSpan(2, 10)));
    }

    [Fact]
    public void Only_asserted_and_reported_events_are_facts()
    {
        Assert.True(Modalities.IsFactual(Modalities.Asserted));
        Assert.True(Modalities.IsFactual(Modalities.Reported));
        Assert.False(Modalities.IsFactual(Modalities.Negated));
        Assert.False(Modalities.IsFactual(Modalities.Demanded));
        Assert.False(Modalities.IsFactual(Modalities.Future));
        Assert.False(Modalities.IsFactual(Modalities.Hypothetical));
    }
}
