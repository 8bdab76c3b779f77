using System.Text;
using Scanner.Collectors.Terraform.Tests.Support;
using Scanner.Core.Collection;
using Xunit;

namespace Scanner.Collectors.Terraform.Tests;

/// <summary>Damaged plans must fail as input errors, never as crashes (fixed seed, bounded count).</summary>
public sealed class MutationTests
{
    private const int Mutations = 300;

    [Fact]
    public void CollectFromText_RandomByteFlipsAndTruncations_OnlyInputExceptionOrSuccess()
    {
        var original = File.ReadAllBytes(Fixture.Path("lattice.plan.json"));
        var random = new Random(20250314);
        var collector = new TerraformPlanCollector();
        int failures = 0, successes = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var bytes = (byte[])original.Clone();
            switch (i % 4)
            {
                case 0:
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                case 1:
                    for (var k = random.Next(1, 8); k > 0; k--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    break;
                case 2:
                    // Structural characters in the wrong places keep the JSON near-valid, reaching the mapping code.
                    var structural = "{}[]\",:0tn-"u8.ToArray();
                    for (var k = random.Next(1, 4); k > 0; k--) bytes[random.Next(bytes.Length)] = structural[random.Next(structural.Length)];
                    break;
                default:
                    // Valid JSON, wrong value kinds: swap a string value for a number, an object or an array.
                    var text = Encoding.UTF8.GetString(bytes);
                    var at = text.IndexOf(": \"", random.Next(text.Length), StringComparison.Ordinal);
                    if (at < 0) at = text.IndexOf(": \"", StringComparison.Ordinal);
                    var end = text.IndexOf('"', at + 3);
                    var replacement = new[] { "1", "{}", "[]", "null", "true", "[{\"a\":1}]" }[random.Next(6)];
                    bytes = Encoding.UTF8.GetBytes(text[..(at + 2)] + replacement + text[(end + 1)..]);
                    break;
            }
            try
            {
                collector.CollectFromText(Encoding.UTF8.GetString(bytes), "mutated.json");
                successes++;
            }
            catch (InputException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
                Assert.DoesNotContain('\n', e.Message);
                failures++;
            }
        }
        Assert.Equal(Mutations, failures + successes);
        Assert.True(failures > 0 && successes > 0, $"expected both outcomes, got {failures} failures and {successes} successes");
    }

    [Fact]
    public void CollectFromText_RandomGarbage_OnlyInputException()
    {
        var random = new Random(7);
        var collector = new TerraformPlanCollector();
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);
            var e = Assert.Throws<InputException>(() => collector.CollectFromText(Encoding.Latin1.GetString(bytes), "garbage.bin"));
            Assert.Equal("garbage.bin", e.File);
        }
    }
}
