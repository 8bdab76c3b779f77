using System.Diagnostics.CodeAnalysis;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// A resource's property locations as names and positions in two exact-size arrays, in the order they were recorded,
/// looked up by a linear scan; the <see cref="SourceLocation"/> is made when it is read. A template resource records a
/// handful of properties (each under its inventory name and its template name), all in its own file and under its
/// own logical id, and a template holds tens of thousands of resources: a <see cref="Dictionary{TKey,TValue}"/> of
/// location objects each would cost an object per property besides three objects and hash tables per resource.
/// Larger sets, and sets with a location elsewhere, stay dictionaries.
/// </summary>
internal sealed class LocationMap : IReadOnlyDictionary<string, SourceLocation>
{
    /// <summary>Sets of at most this many locations are kept as arrays.</summary>
    public const int MaxEntries = 32;

    private static readonly IReadOnlyDictionary<string, SourceLocation> Empty =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, SourceLocation>.Empty;

    private readonly string _file;
    private readonly string _logicalName;
    private readonly string[] _names;
    private readonly (int Line, int Column)[] _positions;

    private LocationMap(string file, string logicalName, string[] names, (int, int)[] positions)
    {
        _file = file;
        _logicalName = logicalName;
        _names = names;
        _positions = positions;
    }

    /// <summary>
    /// A read-only copy of <paramref name="locations"/> (keys compared ordinally, as recorded); compact when every
    /// location is a point in <paramref name="file"/> under <paramref name="logicalName"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, SourceLocation> Of(IReadOnlyDictionary<string, SourceLocation> locations, string file, string logicalName)
    {
        if (locations.Count == 0) return Empty;
        if (locations.Count > MaxEntries || !AllPointsIn(locations, file, logicalName))
            return new Dictionary<string, SourceLocation>(locations, StringComparer.Ordinal);
        var names = new string[locations.Count];
        var positions = new (int, int)[locations.Count];
        var i = 0;
        foreach (var (name, location) in locations)
        {
            names[i] = name;
            positions[i++] = (location.Line, location.Column);
        }
        return new LocationMap(file, logicalName, names, positions);
    }

    private static bool AllPointsIn(IReadOnlyDictionary<string, SourceLocation> locations, string file, string logicalName)
    {
        foreach (var location in locations.Values)
            if (location.File != file || location.LogicalName != logicalName || location.EndLine != 0 || location.EndColumn != 0)
                return false;
        return true;
    }

    public int Count => _names.Length;

    public SourceLocation this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _names;

    public IEnumerable<SourceLocation> Values
    {
        get
        {
            for (var i = 0; i < _names.Length; i++) yield return At(i);
        }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceLocation value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? At(i) : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourceLocation>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++) yield return new(_names[i], At(i));
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private SourceLocation At(int i) => new(_file, _positions[i].Line, _positions[i].Column, _logicalName);

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _names.Length; i++)
            if (string.Equals(_names[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
