using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;

namespace Vigil.Places;

/// <summary>
/// Read access to a gazetteer file (<see cref="GazetteerFile"/>) through a memory mapping: opening is
/// instant, lookups binary-search the sorted name hashes in place. Thread-safe for reading.
/// </summary>
public sealed unsafe class Gazetteer : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private readonly int _entryCount, _nameCount, _postingCount, _stringBytes;
    private readonly byte* _entries;
    private readonly ulong* _keys;
    private readonly int* _starts;
    private readonly int* _postings;
    private readonly byte* _strings;

    /// <summary>
    /// Names with the countries of Data/shared-country-names.txt ("Congo"), the divisions of Data/division-names.txt ("North
    /// Kivu") and the towns of Data/town-names.txt ("Kufra") added to their places, read before the file's own.
    /// </summary>
    private readonly Dictionary<ulong, int[]> _sharedNames;

    private Gazetteer(string path)
    {
        // The file's own length, not a symbolic link's (a models folder of links to the shipped files).
        var file = new FileInfo(path);
        var length = (file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file).Length;
        if (length < GazetteerFile.HeaderSize) throw new InvalidDataException($"{path}: not a Vigil gazetteer (too short)");
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer + _view.PointerOffset;
        if (Encoding.ASCII.GetString(_base, 8) != GazetteerFile.Magic) throw new InvalidDataException($"{path}: not a Vigil gazetteer");
        int version = *(int*)(_base + 8);
        if (version != GazetteerFile.Version) throw new InvalidDataException($"{path}: gazetteer format version {version}, this Vigil reads {GazetteerFile.Version}");
        _entryCount = *(int*)(_base + 12);
        _nameCount = *(int*)(_base + 16);
        _postingCount = *(int*)(_base + 20);
        _stringBytes = *(int*)(_base + 24);
        long expected = GazetteerFile.HeaderSize + (long)_entryCount * GazetteerFile.EntrySize + (long)_nameCount * 8 + (_nameCount + 1L) * 4 + _postingCount * 4L + _stringBytes;
        if (expected != length) throw new InvalidDataException($"{path}: damaged gazetteer (expected {expected} bytes, found {length})");
        _entries = _base + GazetteerFile.HeaderSize;
        _keys = (ulong*)(_entries + (long)_entryCount * GazetteerFile.EntrySize);
        _starts = (int*)(_keys + _nameCount);
        _postings = _starts + _nameCount + 1;
        _strings = (byte*)(_postings + _postingCount);
        _sharedNames = NamesAddedOnOpening();
    }

    /// <summary>
    /// The places of names a country also goes by (Data/shared-country-names.txt), of the English names of
    /// divisions GeoNames files under another (Data/division-names.txt) and of towns' names it lacks
    /// (Data/town-names.txt), with that country, division or town, most populous first.
    /// </summary>
    private Dictionary<ulong, int[]> NamesAddedOnOpening()
    {
        var regions = new Dictionary<string, int>(StringComparer.Ordinal);
        var provinces = new List<(string Name, int Place)>();
        var townNames = GazetteerBuilder.ResourceLines("town-names.txt").Select(l => l.Split('\t')).Where(f => f.Length == 2 && long.TryParse(f[1], out _))
            .ToLookup(f => long.Parse(f[1]), f => f[0]);
        var towns = new List<(string Name, int Place)>();
        for (int i = 0; i < _entryCount; i++)
        {
            var kind = KindOf(i);
            if (kind == PlaceKind.Town && townNames.Contains(GeonamesIdOf(i)))
            {
                foreach (var name in townNames[GeonamesIdOf(i)]) towns.Add((name, i));
                continue;
            }
            if (kind == PlaceKind.Country) regions.TryAdd(this[i].Country, i);
            else if (kind == PlaceKind.Admin1 && this[i] is { Admin1Code: { } division } entry) regions.TryAdd(entry.Country + "." + division, i);
            // ("Sulu", "Negros Occidental": news names the Philippines' provinces, which GeoNames files as "Province of ...",
            // without those words. Not the few Italian and Spanish ones, whose cities news means by the name: "Province of
            // Florence" took UNER's "Best Electrician in Florence"; nor "Commune of": Benin's "Save" and "Ze" are words.)
            else if (kind == PlaceKind.Admin2 && this[i] is { Country: "PH", Name: { Length: > 14 } name } && name.StartsWith(ProvinceOf, StringComparison.Ordinal))
                provinces.Add((name[ProvinceOf.Length..], i));
        }
        var shared = new Dictionary<ulong, int[]>();
        // A name's places: the file's own and those added before, with this one, most populous first.
        void AddName(string name, int place)
        {
            var key = GazetteerFile.NameKey(NameFolding.Fold(name));
            var places = shared.TryGetValue(key, out var added) ? added : LookupKey(key).ToArray();
            if (!places.Contains(place)) shared[key] = places.Append(place).OrderByDescending(p => this[p].Population).ToArray();
        }
        foreach (var (name, province) in provinces) AddName(name, province);
        foreach (var (name, town) in towns) AddName(name, town);
        var lines = GazetteerBuilder.ResourceLines("shared-country-names.txt").Concat(GazetteerBuilder.ResourceLines("division-names.txt"));
        foreach (var fields in lines.Select(l => l.Split('\t')).Where(f => f.Length == 2))
        {
            if (regions.TryGetValue(fields[1].Trim(), out var region)) AddName(fields[0], region);
        }
        return shared;
    }

    private const string ProvinceOf = "Province of ";

    public static Gazetteer Open(string path) => new(path);

    /// <summary>Towns by the consonants of their name (<see cref="Consonants"/>), built on first use.</summary>
    private Dictionary<string, List<int>>? _townsByConsonants;

    /// <summary>
    /// The towns of the given countries whose name has the consonants of <paramref name="name"/> ("Bint Jbeil" and the
    /// gazetteer's "Bent Jbaïl": b-n-t-j-b-l), for names transliterated with other vowels; none for names of fewer than
    /// five consonants, which too many towns share.
    /// </summary>
    public int[] LookupTownByConsonants(string name, IReadOnlySet<string> countries)
    {
        var key = Consonants(name);
        if (key.Length < 5 || countries.Count == 0) return [];
        var index = LazyInitializer.EnsureInitialized(ref _townsByConsonants, TownsByConsonants);
        return index.TryGetValue(key, out var found) ? found.Where(t => countries.Contains(this[t].Country)).ToArray() : [];
    }

    private Dictionary<string, List<int>> TownsByConsonants()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _entryCount; i++)
        {
            if (KindOf(i) != PlaceKind.Town) continue;
            var own = Consonants(this[i].Name);
            if (own.Length < 5) continue;
            if (!index.TryGetValue(own, out var towns)) index[own] = towns = [];
            towns.Add(i);
        }
        return index;
    }

    /// <summary>Each country's capital (GeoNames' PPLC, the most populous if there are two), built on first use.</summary>
    private Dictionary<string, int>? _capitals;

    /// <summary>The capital of a country given by its two-letter code ("SO" → Mogadishu), or null.</summary>
    public GazetteerEntry? CapitalOf(string country)
    {
        var capitals = LazyInitializer.EnsureInitialized(ref _capitals, Capitals);
        return capitals.TryGetValue(country, out var index) ? this[index] : null;
    }

    private Dictionary<string, int> Capitals()
    {
        var capitals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _entryCount; i++)
        {
            if (KindOf(i) != PlaceKind.Town) continue;
            var entry = this[i];
            if (entry.FeatureCode != "PPLC") continue;
            if (!capitals.TryGetValue(entry.Country, out var other) || this[other].Population < entry.Population) capitals[entry.Country] = i;
        }
        return capitals;
    }

    /// <summary>The folded name's first letter and its later consonants other than y, w and h, a doubled one once ("Bint Jbeil" → "bntjbl", "Abu Shouk" → "absk").</summary>
    internal static string Consonants(string name)
    {
        var folded = NameFolding.Fold(name);
        var key = new StringBuilder(folded.Length);
        foreach (char c in folded)
        {
            if (!char.IsLetter(c) || key.Length > 0 && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h') continue;
            if (key.Length > 0 && key[^1] == c) continue;
            key.Append(c);
        }
        return key.ToString();
    }

    public int Count => _entryCount;

    public int NameCount => _nameCount;

    /// <summary>Places whose name (or alternate name) folds like <paramref name="name"/>, most populous first.</summary>
    public ReadOnlySpan<int> Lookup(ReadOnlySpan<char> name) => LookupKey(GazetteerFile.NameKey(NameFolding.Fold(name)));

    /// <summary>Lookup of an already folded name (saves the folding when the caller has it).</summary>
    public ReadOnlySpan<int> LookupFolded(string folded) => LookupKey(GazetteerFile.NameKey(folded));

    /// <summary>Lookup of a short name written in capitals among the codes ("NYC", "ADL").</summary>
    public ReadOnlySpan<int> LookupCode(ReadOnlySpan<char> word) =>
        LookupKey(GazetteerFile.NameKey(GazetteerFile.CodePrefix + NameFolding.Fold(word)));

    /// <summary>The country (as a gazetteer entry) whose people a demonym names: "Mexican" → Mexico.</summary>
    public ReadOnlySpan<int> LookupDemonym(ReadOnlySpan<char> word) =>
        LookupKey(GazetteerFile.NameKey(GazetteerFile.DemonymPrefix + NameFolding.Fold(word)));

    private ReadOnlySpan<int> LookupKey(ulong key)
    {
        if (_sharedNames is not null && _sharedNames.TryGetValue(key, out var shared)) return shared;
        int lo = 0, hi = _nameCount - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            ulong k = _keys[mid];
            if (k < key) lo = mid + 1;
            else if (k > key) hi = mid - 1;
            else return new ReadOnlySpan<int>(_postings + _starts[mid], _starts[mid + 1] - _starts[mid]);
        }
        return [];
    }

    public GazetteerEntry this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_entryCount) throw new ArgumentOutOfRangeException(nameof(index));
            byte* e = _entries + (long)index * GazetteerFile.EntrySize;
            return new GazetteerEntry(
                index,
                *(long*)e,
                String(*(int*)(e + 32))!,
                *(double*)(e + 8),
                *(double*)(e + 16),
                String(*(int*)(e + 36))!,
                String(*(int*)(e + 40)),
                String(*(int*)(e + 44)),
                String(*(int*)(e + 48))!,
                *(long*)(e + 24),
                (PlaceKind)e[52]);
        }
    }

    /// <summary>The kind and country of an entry without decoding its strings (hot in resolution).</summary>
    public PlaceKind KindOf(int index) => (PlaceKind)(_entries + (long)index * GazetteerFile.EntrySize)[52];

    /// <summary>An entry's GeoNames id without decoding its strings (read for every entry on opening).</summary>
    private long GeonamesIdOf(int index) => *(long*)(_entries + (long)index * GazetteerFile.EntrySize);

    private string? String(int offset)
    {
        if (offset < 0 || offset >= _stringBytes) return null;
        int length = *(ushort*)(_strings + offset);
        return Encoding.UTF8.GetString(_strings + offset + 2, length);
    }

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
