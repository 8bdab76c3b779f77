using System.Diagnostics.CodeAnalysis;
using Scanner.Core.Inventory;

namespace Scanner.Collectors.CloudFormation.Mapping;

/// <summary>
/// A resource's property locations as names and positions, in the order they were recorded, looked up by a linear
/// scan; the <see cref="SourceLocation"/> is made when it is read. A template resource records a handful of properties,
/// each under its inventory name and its template name at one position, all in its own file and under its own logical
/// id, and a template holds tens of thousands of resources: so the names, and which of them share a position, are one
/// <see cref="Shape"/> shared by every resource that recorded the same (<see cref="Shapes"/>), and a resource holds only
/// its distinct positions. Larger sets, and sets with a location elsewhere, stay dictionaries.
/// </summary>
internal sealed class LocationMap : IReadOnlyDictionary<string, SourceLocation>
{
    /// <summary>Sets of at most this many locations are kept compact.</summary>
    public const int MaxEntries = 32;

    private static readonly IReadOnlyDictionary<string, SourceLocation> Empty =
        System.Collections.ObjectModel.ReadOnlyDictionary<string, SourceLocation>.Empty;

    private readonly string _file;
    private readonly string _logicalName;
    private readonly Shape _shape;
    // Line and column of each distinct position, one after the other.
    private readonly int[] _positions;

    private LocationMap(string file, string logicalName, Shape shape, int[] positions)
    {
        _file = file;
        _logicalName = logicalName;
        _shape = shape;
        _positions = positions;
    }

    /// <summary>
    /// A read-only copy of <paramref name="locations"/> (keys compared ordinally, as recorded); compact when every
    /// location is a point in <paramref name="file"/> under <paramref name="logicalName"/>, its shape taken from
    /// <paramref name="shapes"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, SourceLocation> Of(IReadOnlyDictionary<string, SourceLocation> locations, string file, string logicalName, Shapes shapes)
    {
        if (locations.Count == 0) return Empty;
        if (locations.Count > MaxEntries || !AllPointsIn(locations, file, logicalName))
            return new Dictionary<string, SourceLocation>(locations, StringComparer.Ordinal);
        var names = new string[locations.Count];
        var slots = new byte[locations.Count];
        Span<int> positions = stackalloc int[2 * MaxEntries];
        int i = 0, distinct = 0;
        foreach (var (name, location) in locations)
        {
            var slot = 0;
            while (slot < distinct && (positions[2 * slot] != location.Line || positions[2 * slot + 1] != location.Column)) slot++;
            if (slot == distinct)
            {
                positions[2 * distinct] = location.Line;
                positions[2 * distinct++ + 1] = location.Column;
            }
            names[i] = name;
            slots[i++] = (byte)slot;
        }
        return new LocationMap(file, logicalName, shapes.Of(names, slots), positions[..(2 * distinct)].ToArray());
    }

    private static bool AllPointsIn(IReadOnlyDictionary<string, SourceLocation> locations, string file, string logicalName)
    {
        foreach (var location in locations.Values)
            if (location.File != file || location.LogicalName != logicalName || location.EndLine != 0 || location.EndColumn != 0)
                return false;
        return true;
    }

    public int Count => _shape.Names.Length;

    public SourceLocation this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _shape.Names;

    public IEnumerable<SourceLocation> Values
    {
        get
        {
            for (var i = 0; i < Count; i++) yield return At(i);
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
        for (var i = 0; i < Count; i++) yield return new(_shape.Names[i], At(i));
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private SourceLocation At(int i)
    {
        var slot = _shape.Slots[i];
        return new(_file, _positions[2 * slot], _positions[2 * slot + 1], _logicalName);
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var names = _shape.Names;
        for (var i = 0; i < names.Length; i++)
            if (string.Equals(names[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>Recorded names, in order, and for each the number of its position among the resource's distinct ones.</summary>
    internal sealed record Shape(string[] Names, byte[] Slots);

    /// <summary>One <see cref="Shape"/> per distinct set of names and shared positions, for one template.</summary>
    internal sealed class Shapes
    {
        private readonly Dictionary<string, Shape> _shapes = new(StringComparer.Ordinal);

        public Shape Of(string[] names, byte[] slots)
        {
            var key = new System.Text.StringBuilder();
            for (var i = 0; i < names.Length; i++) key.Append(names[i]).Append('\0').Append((char)slots[i]);
            var text = key.ToString();
            if (!_shapes.TryGetValue(text, out var shape)) _shapes.Add(text, shape = new Shape(names, slots));
            return shape;
        }
    }
}
