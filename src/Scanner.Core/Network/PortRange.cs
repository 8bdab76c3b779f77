using System.Globalization;

namespace Scanner.Core.Network;

/// <summary>An inclusive port range, as resource configurations and security-group rules carry them.</summary>
public readonly record struct PortRange(int From, int To)
{
    public static PortRange All => new(0, 65535);

    /// <summary>Number of ports covered (5432-5432 is 1).</summary>
    public int Width => To - From + 1;

    public bool Covers(int port) => port >= From && port <= To;

    /// <summary>Parses the API's string form: <c>"443"</c> or <c>"1024-65535"</c>.</summary>
    public static bool TryParse(string? text, out PortRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var dash = t.IndexOf('-');
        if (dash < 0)
        {
            if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p > 65535) return false;
            range = new PortRange(p, p);
            return true;
        }
        if (!int.TryParse(t[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var a) ||
            !int.TryParse(t[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ||
            a > b || b > 65535) return false;
        range = new PortRange(a, b);
        return true;
    }

    public override string ToString() => From == To ? From.ToString(CultureInfo.InvariantCulture) : $"{From}-{To}";
}
