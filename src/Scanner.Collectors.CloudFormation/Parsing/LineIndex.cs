namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>Maps UTF-8 byte offsets to 1-based line and column (columns count characters, not bytes).</summary>
internal sealed class LineIndex
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    public LineIndex(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    public (int Line, int Column) Locate(long offset)
    {
        var o = (int)Math.Clamp(offset, 0, _bytes.Length);
        var i = _lineStarts.BinarySearch(o);
        if (i < 0) i = ~i - 1;
        var start = _lineStarts[i];
        var column = 1;
        for (var b = start; b < o; b++)
            if ((_bytes[b] & 0xC0) != 0x80) column++; // count UTF-8 lead bytes only
        return (i + 1, column);
    }
}
