namespace Vigil.Actors;

/// <summary>The CAMEO role codes the output contract names as sectors (docs/output-format.md).</summary>
public static class SectorCodes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SEP", "UAF", "CRM", "CVL", "MED", "BUS", "EDU", "NGO", "IGO",
        "REF", "HLH", "LAB", "ELI", "SPY", "AGR", "REL", "OTH",
    };

    public static bool IsSector(string code) => All.Contains(code);

    /// <summary>Sectors that carry arms: the usual authors of an attack.</summary>
    public static readonly IReadOnlySet<string> Armed = new HashSet<string>(StringComparer.Ordinal) { "MIL", "COP", "REB", "UAF", "CRM", "INS", "SEP", "SPY" };

    /// <summary>The first sector in an actor code ("MEXGOV" → GOV, "IGOUNO" → IGO), or null.</summary>
    public static string? FirstSectorIn(string code)
    {
        for (int i = 0; i + 3 <= code.Length; i += 3)
        {
            if (All.Contains(code.Substring(i, 3))) return code.Substring(i, 3);
        }
        return null;
    }

    /// <summary>The country part of an actor code ("MEXGOV" → MEX), or null when it starts with a sector.</summary>
    public static string? CountryIn(string? code) => code is { Length: >= 3 } && !All.Contains(code[..3]) ? code[..3] : null;

    /// <summary>Whether a code is made of roles only ("GOV", "GOVMED"): a role with no country or named actor.</summary>
    public static bool RolesOnly(string code) =>
        code.Length % 3 == 0 && Enumerable.Range(0, code.Length / 3).All(i => All.Contains(code.Substring(3 * i, 3)));
}
