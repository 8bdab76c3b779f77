using System.Buffers;

namespace Scanner.Core.Collection;

/// <summary>
/// Unsigned numbers in 7-bit groups, low first, the high bit set while more follow (one byte below 128): the counts,
/// lengths and positions of the scanner's packed forms (template definitions, findings in their temporary file).
/// </summary>
public static class SevenBitNumber
{
    /// <summary>The most bytes one number takes.</summary>
    public const int MaxBytes = 5;

    public static void Write(IBufferWriter<byte> output, uint value)
    {
        ArgumentNullException.ThrowIfNull(output);
        var span = output.GetSpan(MaxBytes);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        output.Advance(i);
    }

    /// <summary>The number at <paramref name="position"/>, which is moved past it.</summary>
    public static uint Read(ReadOnlySpan<byte> bytes, ref int position)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[position++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        } while (b >= 0x80);
        return value;
    }
}
