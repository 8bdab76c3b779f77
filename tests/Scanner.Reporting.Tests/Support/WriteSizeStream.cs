namespace Scanner.Reporting.Tests.Support;

/// <summary>A memory stream that records the largest single write it was given (a writer that streams writes in pieces).</summary>
internal sealed class WriteSizeStream : MemoryStream
{
    public int LargestWrite { get; private set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        LargestWrite = Math.Max(LargestWrite, count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        base.Write(buffer);
    }
}
