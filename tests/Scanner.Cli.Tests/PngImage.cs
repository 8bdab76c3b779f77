using System.Buffers.Binary;
using System.IO.Compression;

namespace Scanner.Cli.Tests;

/// <summary>
/// Just enough of PNG to check a screenshot has content: 8-bit RGB or RGBA, non-interlaced (what Chromium
/// writes), decoded to pixels with the five row filters undone.
/// </summary>
internal sealed class PngImage
{
    private PngImage(int width, int height, byte[] rgb) => (Width, Height, Rgb) = (width, height, rgb);

    public int Width { get; }
    public int Height { get; }
    /// <summary>Width × height × 3 bytes, row by row.</summary>
    public byte[] Rgb { get; }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 })) throw new InvalidDataException($"{path} is not a PNG");
        int width = 0, height = 0, colorType = 0, bitDepth = 0, interlace = 0;
        using var idat = new MemoryStream();
        for (var pos = 8; pos + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(bytes, pos + 4, 4);
            var data = bytes.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (bitDepth, colorType, interlace) = (data[8], data[9], data[12]);
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            pos += 12 + length;
        }
        if (bitDepth != 8 || colorType is not (2 or 6) || interlace != 0)
            throw new InvalidDataException($"unsupported PNG: depth {bitDepth}, colour type {colorType}, interlace {interlace}");
        var bpp = colorType == 6 ? 4 : 3;
        var stride = width * bpp;
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var src = raw.ToArray();
        var prev = new byte[stride];
        var cur = new byte[stride];
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var filter = src[y * (stride + 1)];
            Array.Copy(src, y * (stride + 1) + 1, cur, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? cur[i - bpp] : 0, b = prev[i], c = i >= bpp ? prev[i - bpp] : 0;
                cur[i] = (byte)(cur[i] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }
            for (var x = 0; x < width; x++)
                for (var k = 0; k < 3; k++) rgb[(y * width + x) * 3 + k] = cur[x * bpp + k];
            (prev, cur) = (cur, prev);
        }
        return new PngImage(width, height, rgb);
    }

    /// <summary>Share of pixels that are not (near) white, and the number of distinct colours.</summary>
    public (double NonWhite, int Colours) Content()
    {
        var nonWhite = 0;
        var colours = new HashSet<int>();
        for (var i = 0; i < Rgb.Length; i += 3)
        {
            if (Rgb[i] < 240 || Rgb[i + 1] < 240 || Rgb[i + 2] < 240) nonWhite++;
            colours.Add(Rgb[i] << 16 | Rgb[i + 1] << 8 | Rgb[i + 2]);
        }
        return ((double)nonWhite / (Width * Height), colours.Count);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
