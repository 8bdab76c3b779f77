namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets to 1-based line and column (columns count characters, not bytes). The reader asks in
/// increasing offset order, so a cursor advances through the bytes once: a minified one-line template stays linear.
/// </summary>
internal sealed class LineIndex(ReadOnlyMemory<byte> text)
{
    private int _offset;
    private int _line = 1;
    private int _column = 1;

    public (int Line, int Column) Locate(long offset)
    {
        var bytes = text.Span;
        var target = (int)Math.Clamp(offset, 0, bytes.Length);
        if (target < _offset) (_offset, _line, _column) = (0, 1, 1); // never happens in order; stay correct anyway
        for (; _offset < target; _offset++)
        {
            var b = bytes[_offset];
            if (b == (byte)'\n')
            {
                _line++;
                _column = 1;
            }
            else if ((b & 0xC0) != 0x80) _column++; // count UTF-8 lead bytes only
        }
        return (_line, _column);
    }
}
