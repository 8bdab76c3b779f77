using System.Buffers;
using System.Text;
using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Packs a definition's nodes into bytes and back: kinds, positions and texts in document order. A read definition is
/// held packed from the moment the reader has checked it until the collector maps it (<see cref="PackedDefinition"/>),
/// so a large template is never held as a tree of objects, and unpacking is a walk over the bytes, not a second parse.
/// Short texts (keys, types, names) are kept once, in the packer's table, and packed as their number there, so a
/// definition packs smaller than its text and unpacks to the same string objects the reader made. A line is packed as
/// the difference from the line before it. Nodes an alias reached are packed as copies; <see cref="TemplateNode.Size"/>
/// already counts them so. One packer serves one template.
/// </summary>
internal sealed class NodePacker
{
    private const byte Text = 0, Boolean = 1, Null = 2, Mapping = 3, Sequence = 4;

    /// <summary>Texts up to this many characters go to the table; longer ones are packed as UTF-8.</summary>
    private const int TableTextLength = Scanner.Core.Collection.StringPool.MaxPooledLength;

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];
    private int _lastLine;

    /// <summary>Estimated bytes of the table's entries (<see cref="ObjectBytes"/>), for the input's memory budget.</summary>
    public long TableBytes { get; private set; }

    public byte[] Pack(MappingNode node)
    {
        _buffer.ResetWrittenCount();
        _lastLine = 0;
        Write(node);
        return _buffer.WrittenSpan.ToArray();
    }

    public MappingNode Unpack(byte[] packed)
    {
        var reader = new Reader(packed, _texts);
        var node = reader.Node();
        if (reader.Position != packed.Length || node is not MappingNode map)
            throw new InvalidOperationException("a packed definition does not unpack to one mapping");
        return map;
    }

    private void Write(TemplateNode node)
    {
        switch (node)
        {
            case ScalarNode s:
                Header(s.Kind switch { ScalarKind.Boolean => Boolean, ScalarKind.Null => Null, _ => Text }, s);
                WriteText(s.Text);
                break;
            case MappingNode map:
                var entries = map.Entries;
                Header(Mapping, map, entries.Count);
                foreach (var (key, value) in entries)
                {
                    WriteText(key.Text);
                    Position(key.Line, key.Column);
                    Write(value);
                }
                break;
            case SequenceNode seq:
                var items = seq.Items;
                Header(Sequence, seq, items.Count);
                foreach (var item in items) Write(item);
                break;
            default:
                throw new InvalidOperationException("unknown node type " + node.GetType().Name);
        }
    }

    /// <summary>A node's kind and position, and for a collection the number of its entries or items.</summary>
    private void Header(byte kind, TemplateNode node, int count = -1)
    {
        Byte(kind);
        Position(node.Line, node.Column);
        if (count >= 0) Number((uint)count);
    }

    private void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private void Position(int line, int column)
    {
        // Zigzag: small differences either way take one byte (an alias's copy may point back to earlier lines).
        var delta = (long)line - _lastLine;
        _lastLine = line;
        Number((uint)((delta << 1) ^ (delta >> 63)));
        Number((uint)column);
    }

    /// <summary>A table text as twice its number; another as twice its UTF-8 length plus one, then the bytes.</summary>
    private void WriteText(string text)
    {
        if (text.Length <= TableTextLength)
        {
            if (!_numbers.TryGetValue(text, out var number))
            {
                number = _texts.Count;
                _numbers.Add(text, number);
                _texts.Add(text);
                TableBytes += ObjectBytes.PoolEntry + 8; // the text is the reader's pool's (StringPool.HeldBytes)
            }
            Number((uint)number << 1);
            return;
        }
        var length = Encoding.UTF8.GetByteCount(text);
        Number(((uint)length << 1) | 1);
        _buffer.Advance(Encoding.UTF8.GetBytes(text, _buffer.GetSpan(length)));
    }

    private void Number(uint value) => SevenBitNumber.Write(_buffer, value);

    private ref struct Reader(ReadOnlySpan<byte> bytes, List<string> texts)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _lastLine;
        public int Position;

        public TemplateNode Node()
        {
            var kind = _bytes[Position++];
            var (line, column) = ReadPosition();
            switch (kind)
            {
                case Text or Boolean or Null:
                    return new ScalarNode(ReadText(), kind switch { Boolean => ScalarKind.Boolean, Null => ScalarKind.Null, _ => ScalarKind.String }, line, column);
                case Mapping:
                {
                    var count = (int)Number();
                    var map = new MappingNode(line, column, count);
                    for (var i = 0; i < count; i++)
                    {
                        var key = ReadText();
                        var (keyLine, keyColumn) = ReadPosition();
                        map.TryAdd(new TemplateKey(key, keyLine, keyColumn), Node());
                    }
                    return map;
                }
                case Sequence:
                {
                    var count = (int)Number();
                    var seq = new SequenceNode(line, column, count);
                    for (var i = 0; i < count; i++) seq.Add(Node());
                    return seq;
                }
                default:
                    throw new InvalidOperationException($"unknown packed node kind {kind}");
            }
        }

        private (int Line, int Column) ReadPosition()
        {
            var zigzag = Number();
            _lastLine += (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
            return (_lastLine, (int)Number());
        }

        private string ReadText()
        {
            var header = Number();
            if ((header & 1) == 0) return texts[(int)(header >> 1)];
            var length = (int)(header >> 1);
            var text = Encoding.UTF8.GetString(_bytes.Slice(Position, length));
            Position += length;
            return text;
        }

        private uint Number() => SevenBitNumber.Read(_bytes, ref Position);
    }
}
