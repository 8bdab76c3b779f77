using System.Buffers;
using Scanner.Core.Collection;

namespace Scanner.Core.Tests.Collection;

public sealed class SevenBitNumberTests
{
    [Theory]
    [InlineData(0u, 1)]
    [InlineData(127u, 1)]
    [InlineData(128u, 2)]
    [InlineData(16_383u, 2)]
    [InlineData(16_384u, 3)]
    [InlineData(uint.MaxValue, 5)]
    public void Write_ThenRead_SameNumberInItsBytes(uint value, int bytes)
    {
        var output = new ArrayBufferWriter<byte>();
        SevenBitNumber.Write(output, value);
        SevenBitNumber.Write(output, 300);

        var position = 0;
        Assert.Equal(bytes, output.WrittenCount - 2);
        Assert.Equal(value, SevenBitNumber.Read(output.WrittenSpan, ref position));
        Assert.Equal(bytes, position);
        Assert.Equal(300u, SevenBitNumber.Read(output.WrittenSpan, ref position));
        Assert.Equal(output.WrittenCount, position);
    }
}
