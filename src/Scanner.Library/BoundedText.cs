using System.Text;
using Scanner.Core.Collection;

namespace Scanner.Library;

/// <summary>Reads a stream as UTF-8 text, stopping with an input error once it has given more bytes than the limit.</summary>
internal static class BoundedText
{
    public static async Task<string> ReadAsync(Stream stream, long maxBytes, string displayPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw new InputException(displayPath, $"input is larger than the {maxBytes / (1024 * 1024)} MiB limit");
            buffer.Write(chunk, 0, read);
        }
        try
        {
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(displayPath, "input is not valid UTF-8");
        }
    }
}
