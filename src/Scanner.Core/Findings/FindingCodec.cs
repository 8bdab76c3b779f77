using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Scanner.Core.Collection;
using Scanner.Core.Inventory;

namespace Scanner.Core.Findings;

/// <summary>
/// One finding as bytes and back, every field kept, for <see cref="FindingStore"/>'s temporary file. Strings are UTF-8
/// with a length prefix; one that is not valid UTF-16 (a lone surrogate from an escape in the input) is kept as its
/// UTF-16 code units, so a finding reads back exactly as it was written. Not a published format: the file lives only
/// as long as the store.
/// </summary>
internal static class FindingCodec
{
    /// <summary>Appends <paramref name="f"/> to <paramref name="output"/>.</summary>
    public static void Write(ArrayBufferWriter<byte> output, Finding f)
    {
        var w = new Encoder(output);
        w.String(f.RuleId);
        w.Byte((byte)f.Severity);
        w.String(f.ResourceKind);
        w.String(f.ResourceKey);
        w.Optional(f.ResourceArn);
        w.Optional(f.ResourceId);
        w.Optional(f.ResourceName);
        w.Optional(f.ResourceAddress);
        w.Byte((byte)f.Origin);
        w.Optional(f.AccountId);
        w.Optional(f.Region);
        if (f.Location is { } l)
        {
            w.Byte(1);
            w.String(l.File);
            w.Number(l.Line);
            w.Number(l.Column);
            w.Optional(l.LogicalName);
            w.Number(l.EndLine);
            w.Number(l.EndColumn);
        }
        else w.Byte(0);
        w.String(f.Message);
        w.Number(f.Evidence.Count);
        foreach (var e in f.Evidence)
        {
            w.String(e.Path);
            w.String(e.Value);
        }
        w.Byte(f.DependsOnUnknown ? (byte)1 : (byte)0);
        w.String(f.Fingerprint);
        if (f.Suppression is { } s)
        {
            w.Byte(1);
            w.Byte((byte)s.Kind);
            w.String(s.Reason);
            w.Optional(s.Owner);
            w.Number(s.Expires is { } expires ? expires.DayNumber + 1 : 0);
        }
        else w.Byte(0);
        w.Byte(f.BaselineState is { } state ? (byte)(state + 1) : (byte)0);
    }

    /// <summary>Reads one finding from the start of <paramref name="bytes"/>, as <see cref="Write"/> wrote it.</summary>
    public static Finding Read(ReadOnlySpan<byte> bytes)
    {
        var r = new Decoder(bytes);
        var ruleId = r.String();
        var severity = (Severity)r.Byte();
        var kind = r.String();
        var key = r.String();
        var arn = r.Optional();
        var id = r.Optional();
        var name = r.Optional();
        var address = r.Optional();
        var origin = (ResourceOrigin)r.Byte();
        var account = r.Optional();
        var region = r.Optional();
        SourceLocation? location = null;
        if (r.Byte() == 1)
        {
            var file = r.String();
            var line = r.Number();
            var column = r.Number();
            var logicalName = r.Optional();
            location = new SourceLocation(file, line, column, logicalName) { EndLine = r.Number(), EndColumn = r.Number() };
        }
        var message = r.String();
        var evidenceCount = r.Number();
        var evidence = evidenceCount == 0 ? [] : new Evidence[evidenceCount];
        for (var i = 0; i < evidenceCount; i++) evidence[i] = new Evidence(r.String(), r.String());
        var dependsOnUnknown = r.Byte() == 1;
        var fingerprint = r.String();
        Suppression? suppression = null;
        if (r.Byte() == 1)
        {
            var suppressionKind = (SuppressionKind)r.Byte();
            var reason = r.String();
            var owner = r.Optional();
            var day = r.Number();
            suppression = new Suppression(suppressionKind, reason, owner, day == 0 ? null : DateOnly.FromDayNumber(day - 1));
        }
        var state = r.Byte();
        return new Finding
        {
            RuleId = ruleId,
            Severity = severity,
            ResourceKind = kind,
            ResourceKey = key,
            ResourceArn = arn,
            ResourceId = id,
            ResourceName = name,
            ResourceAddress = address,
            Origin = origin,
            AccountId = account,
            Region = region,
            Location = location,
            Message = message,
            Evidence = evidence,
            DependsOnUnknown = dependsOnUnknown,
            Fingerprint = fingerprint,
            Suppression = suppression,
            BaselineState = state == 0 ? null : (BaselineState)(state - 1),
        };
    }

    private readonly ref struct Encoder(ArrayBufferWriter<byte> output)
    {
        public void Byte(byte b)
        {
            output.GetSpan(1)[0] = b;
            output.Advance(1);
        }

        /// <summary>A non-negative number (<see cref="SevenBitNumber"/>).</summary>
        public void Number(int n) => SevenBitNumber.Write(output, (uint)n);

        public void Optional(string? s)
        {
            Byte(s is null ? (byte)0 : (byte)1);
            if (s is not null) String(s);
        }

        /// <summary>Length × 2 (+1 when the text is kept as UTF-16 code units), then the bytes.</summary>
        public void String(string s)
        {
            var scratch = Scratch(Encoding.UTF8.GetMaxByteCount(s.Length));
            if (System.Text.Unicode.Utf8.FromUtf16(s, scratch, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                Number(written * 2);
                scratch[..written].CopyTo(output.GetSpan(written));
                output.Advance(written);
                return;
            }
            var units = MemoryMarshal.AsBytes(s.AsSpan());
            Number(s.Length * 2 + 1);
            units.CopyTo(output.GetSpan(units.Length));
            output.Advance(units.Length);
        }

        [ThreadStatic] private static byte[]? _scratch;

        private static Span<byte> Scratch(int size)
        {
            if (_scratch is null || _scratch.Length < size) _scratch = new byte[Math.Max(size, 1024)];
            return _scratch;
        }
    }

    private ref struct Decoder(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public byte Byte() => _bytes[_at++];

        public int Number() => (int)SevenBitNumber.Read(_bytes, ref _at);

        public string? Optional() => Byte() == 0 ? null : String();

        public string String()
        {
            var header = Number();
            var length = header >> 1;
            if ((header & 1) == 0)
            {
                var s = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
                _at += length;
                return s;
            }
            var units = MemoryMarshal.Cast<byte, char>(_bytes.Slice(_at, length * 2));
            _at += length * 2;
            return new string(units);
        }
    }
}

/// <summary>Reads a record's length prefix: 4 bytes, little-endian.</summary>
internal static class RecordLength
{
    public const int Size = 4;

    public static void Write(Span<byte> destination, int length) => BinaryPrimitives.WriteInt32LittleEndian(destination, length);

    public static int Read(ReadOnlySpan<byte> source) => BinaryPrimitives.ReadInt32LittleEndian(source);
}
