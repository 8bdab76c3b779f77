using System.Text;
using System.Text.Json;

namespace Scanner.Core.Collection;

/// <summary>
/// Finds a property named twice in one object while a <see cref="Utf8JsonReader"/> walks the document, without
/// building the document: one reusable set per open object level, and each distinct property name allocated once
/// (plans repeat a small vocabulary of names millions of times).
/// </summary>
public sealed class DuplicatePropertyTracker
{
    private readonly List<HashSet<string>?> _levels = [];
    private readonly Stack<HashSet<string>> _spare = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private char[] _buffer = new char[256];

    public DuplicatePropertyTracker() => _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Follows one token; returns false when it is a property name the current object already has.</summary>
    public bool Accept(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                _levels.Add(_spare.TryPop(out var set) ? set : new HashSet<string>(StringComparer.Ordinal));
                return true;
            case JsonTokenType.StartArray:
                _levels.Add(null);
                return true;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                if (_levels[^1] is { } done)
                {
                    done.Clear();
                    _spare.Push(done);
                }
                _levels.RemoveAt(_levels.Count - 1);
                return true;
            case JsonTokenType.PropertyName:
                return _levels[^1]!.Add(Name(ref reader));
            default:
                return true;
        }
    }

    private string Name(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (_buffer.Length < length) _buffer = new char[Math.Max(length, _buffer.Length * 2)];
        var written = reader.ValueIsEscaped || reader.HasValueSequence
            ? reader.CopyString(_buffer)
            : Encoding.UTF8.GetChars(reader.ValueSpan, _buffer);
        var span = _buffer.AsSpan(0, written);
        if (_nameLookup.TryGetValue(span, out var known)) return known;
        var name = span.ToString();
        _names.Add(name);
        return name;
    }
}
