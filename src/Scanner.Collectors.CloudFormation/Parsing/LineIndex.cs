namespace Scanner.Collectors.CloudFormation.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets to 1-based line and column (columns count characters, not bytes) while the text goes by
/// block by block. The reader asks in increasing offset order, so a cursor advances through the bytes once: a
/// minified one-line template stays linear, and no block needs to be kept once the cursor has passed it.
/// </summary>
internal sealed class LineIndex
{
    private int _inBlock;
    private int _line = 1;
    private int _column = 1;

    /// <summary>The line and column of <paramref name="offset"/> in <paramref name="block"/> (at or after the cursor).</summary>
    public (int Line, int Column) Locate(ReadOnlySpan<byte> block, long offset)
    {
        var target = (int)Math.Clamp(offset, _inBlock, block.Length);
        for (; _inBlock < target; _inBlock++)
        {
            var b = block[_inBlock];
            if (b == (byte)'\n')
            {
                _line++;
                _column = 1;
            }
            else if ((b & 0xC0) != 0x80) _column++; // count UTF-8 lead bytes only
        }
        return (_line, _column);
    }

    /// <summary>Moves the cursor past the first <paramref name="consumed"/> bytes of the block, which the next block no longer holds.</summary>
    public void Pass(ReadOnlySpan<byte> block, int consumed)
    {
        Locate(block, consumed);
        _inBlock = 0;
    }
}
