using CsCheck;
using Scanner.Core.Network;

namespace Scanner.Core.Tests;

public class NetworkTests
{
    [Theory]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("::/0", true)]
    [InlineData("10.0.0.0/8", false)]
    [InlineData("10.20.0.0/16", false)]
    [InlineData("not-a-cidr", false)]
    public void IsAnyAddress_OnlyPrefixZero(string cidr, bool expected) => Assert.Equal(expected, Cidr.IsAnyAddress(cidr));

    [Theory]
    [InlineData("10.1.2.0/24", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/8", "10.1.2.0/24", false)]
    [InlineData("192.168.1.7", "192.168.0.0/16", true)]
    [InlineData("10.0.0.0/8", "fd00::/8", false)]
    [InlineData("10.1.2.3/8", "10.0.0.0/8", true)]
    public void IsWithin_ComparesNetworks(string inner, string outer, bool expected)
    {
        Assert.True(Cidr.TryParse(inner, out var a));
        Assert.True(Cidr.TryParse(outer, out var b));
        Assert.Equal(expected, Cidr.IsWithin(a, b));
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("2600:1f18::1", false)]
    public void IsPrivate_RecognisesPrivateSpace(string address, bool expected)
    {
        Assert.True(Cidr.TryParse(address, out var n));
        Assert.Equal(expected, Cidr.IsPrivate(n));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/8")]
    [InlineData("")]
    [InlineData("::/129")]
    public void TryParse_RejectsMalformed(string text) => Assert.False(Cidr.TryParse(text, out _));

    [Fact]
    public void IsWithin_IsReflexiveAndTransitive_ForRandomIpv4Networks()
    {
        Gen.Select(Gen.UInt, Gen.Int[0, 32], Gen.Int[0, 32]).Sample((address, p1, p2) =>
        {
            var (wide, narrow) = p1 <= p2 ? (p1, p2) : (p2, p1);
            var ip = new System.Net.IPAddress(BitConverter.GetBytes(address));
            Assert.True(Cidr.TryParse($"{ip}/{wide}", out var outer));
            Assert.True(Cidr.TryParse($"{ip}/{narrow}", out var inner));
            Assert.True(Cidr.IsWithin(outer, outer));
            Assert.True(Cidr.IsWithin(inner, outer));
            Assert.True(Cidr.TryParse("0.0.0.0/0", out var any));
            Assert.True(Cidr.IsWithin(inner, any));
            Assert.Equal(wide == narrow, Cidr.IsWithin(outer, inner));
        }, iter: 2000);
    }

    [Theory]
    [InlineData("443", 443, 443, 1)]
    [InlineData("1024-65535", 1024, 65535, 64512)]
    [InlineData("5432-5432", 5432, 5432, 1)]
    public void PortRange_Parses(string text, int from, int to, int width)
    {
        Assert.True(PortRange.TryParse(text, out var r));
        Assert.Equal((from, to, width), (r.From, r.To, r.Width));
    }

    [Theory]
    [InlineData("65536")]
    [InlineData("100-20")]
    [InlineData("a-b")]
    [InlineData("-5")]
    public void PortRange_RejectsMalformed(string text) => Assert.False(PortRange.TryParse(text, out _));

    [Fact]
    public void PortRange_RoundTripsThroughText()
    {
        Gen.Select(Gen.Int[0, 65535], Gen.Int[0, 65535]).Sample((a, b) =>
        {
            var r = new PortRange(Math.Min(a, b), Math.Max(a, b));
            Assert.True(PortRange.TryParse(r.ToString(), out var back));
            Assert.Equal(r, back);
            Assert.True(back.Covers(r.From) && back.Covers(r.To));
            Assert.False(back.Covers(r.To + 1));
        }, iter: 2000);
    }
}
