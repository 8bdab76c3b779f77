using System.Net;
using System.Net.Sockets;

namespace Scanner.Core.Network;

/// <summary>CIDR arithmetic for security-group peers and IP targets (IPv4 and IPv6).</summary>
public static class Cidr
{
    private static readonly IPNetwork[] PrivateRanges =
    [
        IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("::1/128"),
    ];

    /// <summary>Parses <c>a.b.c.d/n</c>, <c>x::/n</c>, or a bare address (a /32 or /128).</summary>
    public static bool TryParse(string? text, out IPNetwork network)
    {
        network = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (t.Contains('/'))
        {
            // IPNetwork.TryParse rejects host bits; security groups normalise them away, so do the same.
            var slash = t.IndexOf('/');
            if (!TryParseAddress(t[..slash], out var addr) || !int.TryParse(t[(slash + 1)..], out var prefix)) return false;
            var max = addr.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
            if (prefix < 0 || prefix > max) return false;
            network = new IPNetwork(Mask(addr, prefix), prefix);
            return true;
        }
        if (!TryParseAddress(t, out var single)) return false;
        network = new IPNetwork(single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        return true;
    }

    /// <summary>True for <c>0.0.0.0/0</c> and <c>::/0</c> (any prefix-0 network).</summary>
    public static bool IsAnyAddress(string text) => TryParse(text, out var n) && n.PrefixLength == 0;

    /// <summary>True when every address of <paramref name="inner"/> is inside <paramref name="outer"/>.</summary>
    public static bool IsWithin(IPNetwork inner, IPNetwork outer) =>
        inner.BaseAddress.AddressFamily == outer.BaseAddress.AddressFamily &&
        inner.PrefixLength >= outer.PrefixLength && outer.Contains(inner.BaseAddress);

    public static bool Overlaps(IPNetwork a, IPNetwork b) => IsWithin(a, b) || IsWithin(b, a);

    /// <summary>True when the network lies wholly in private, shared, loopback or link-local space.</summary>
    public static bool IsPrivate(IPNetwork n) => PrivateRanges.Any(p => IsWithin(n, p));

    /// <summary>Strict parsing: IPv4 only in dotted-quad form (IPAddress alone also accepts "10.0.0" and "10").</summary>
    private static bool TryParseAddress(string text, out IPAddress address)
    {
        address = IPAddress.None;
        if (!text.Contains(':'))
        {
            var parts = text.Split('.');
            if (parts.Length != 4 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit))) return false;
        }
        return IPAddress.TryParse(text, out address!);
    }

    private static IPAddress Mask(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var bits = Math.Clamp(prefix - i * 8, 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - bits));
        }
        return new IPAddress(bytes);
    }
}
