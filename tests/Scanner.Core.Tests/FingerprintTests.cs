using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Scanner.Core.Findings;

namespace Scanner.Core.Tests;

/// <summary>Fingerprints are the first 16 bytes of SHA-256 over "ruleId|resourceKey", equal to the platform's SHA-256.</summary>
public class FingerprintTests
{
    private static string Expected(string ruleId, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ruleId + "|" + key)).AsSpan(0, 16));

    [Fact]
    public void KnownDigests_FipsExamples()
    {
        // "abc" and the 448-bit message of FIPS 180-4's examples; the empty message (the padding block alone).
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex("abc"));
        Assert.Equal("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex(""));
    }

    [Fact]
    public void EveryLengthAroundTheBlockBoundaries_EqualsThePlatform()
    {
        // Tails of 55, 56 and 63 bytes decide between one and two padding blocks; lengths up to three blocks.
        for (var n = 0; n <= 200; n++)
        {
            var text = new string('x', n);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), Hex(text));
        }
    }

    [Fact]
    public void AnyRuleAndKey_EqualsThePlatform() =>
        Gen.Select(Gen.String, Gen.String).Sample((rule, key) => Fingerprints.For(rule, key) == Expected(rule, key), iter: 2000);

    [Fact]
    public void Fingerprint_IsStable() =>
        Assert.Equal(Expected("LATTICE-GW-001", "arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-1"),
            Fingerprints.For("LATTICE-GW-001", "arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-1"));

    private static string Hex(string text) => Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes(text)));
}
