namespace Vigil.Actors;

/// <summary>
/// Nouns for an office or a place in a body, known by whose it is: "the leader of the Arakan Army", "a
/// spokesman for the Arakan Army, Khaing Min Oo" (the body says whose the office is, and the holder speaks
/// for it).
/// </summary>
public static class OfficeNouns
{
    private static readonly HashSet<string> Lemmas = new(StringComparer.Ordinal)
    {
        "head", "chief", "leader", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "secretary",
        "director", "commander", "envoy", "member", "founder", "representative",
    };

    public static bool Contains(string? lemma) => lemma is not null && Lemmas.Contains(lemma);
}
