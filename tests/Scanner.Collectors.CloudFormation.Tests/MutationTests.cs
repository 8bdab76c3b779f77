using System.Text;
using Scanner.Core.Collection;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>
/// Random corruption of valid templates (fixed seed, bounded): the collector must either succeed or throw
/// <see cref="InputException"/>; any other exception is a bug that would reach the user as a stack trace.
/// </summary>
public class MutationTests
{
    private const int Iterations = 320;
    private static readonly byte[] Spicy = "{}[]:,!&*'\"\n\t -#|>%@`?~\\$.0\u00e9"u8.ToArray();

    private static readonly string[] Seeds =
    [
        KindMappingTests.Template,
        SecurityGroupTests.Template,
        LocationAndSuppressionTests.Yaml,
        LocationAndSuppressionTests.Json,
        """
        {"Parameters": {"P": {"Type": "CommaDelimitedList", "Default": "a,b"}},
         "Conditions": {"C": {"Fn::Equals": [{"Ref": "AWS::Region"}, "x"]}},
         "Resources": {"Sg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "x",
           "SecurityGroupIngress": [{"IpProtocol": "-1", "CidrIp": {"Fn::Select": [0, {"Ref": "P"}]}}]}},
          "E": {"Type": "AWS::EC2::VPCEndpoint", "Properties": {"VpcId": {"Fn::If": ["C", "a", "b"]},
           "SecurityGroupIds": [{"Ref": "Sg"}], "ResourceConfigurationArn": {"Fn::Sub": ["arn:aws:vpc-lattice:${R}:111111111111:resourceconfiguration/rcfg-1", {"R": {"Ref": "AWS::Region"}}]}}}}}
        """,
    ];

    [Fact]
    public void Collect_RandomlyCorruptedTemplates_OnlySucceedsOrThrowsInputException()
    {
        var random = new Random(20240611);
        var collector = new CloudFormationCollector(new CloudFormationOptions { MaxAliasExpansions = 2000 });
        var outcomes = new Dictionary<string, int> { ["ok"] = 0, ["input"] = 0 };
        for (var i = 0; i < Iterations; i++)
        {
            var seed = Encoding.UTF8.GetBytes(Seeds[i % Seeds.Length]);
            var mutated = Mutate(seed, random);
            try
            {
                if (i % 4 == 0) CollectFile(collector, mutated);
                else collector.CollectFromText(Encoding.UTF8.GetString(mutated), "m.yaml");
                outcomes["ok"]++;
            }
            catch (InputException e)
            {
                Assert.DoesNotContain('\n', e.Message);
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
                outcomes["input"]++;
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i}: {e.GetType().Name}: {e.Message}\n--- input ---\n{Encoding.UTF8.GetString(mutated)}\n{e}");
            }
        }
        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        Assert.True(outcomes["ok"] > 10 && outcomes["input"] > 10, $"ok={outcomes["ok"]}, input={outcomes["input"]}");
    }

    private static void CollectFile(CloudFormationCollector collector, byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cfn-mut-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, bytes);
        try
        {
            collector.Collect(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes[at] = Spicy[random.Next(Spicy.Length)]; break;
                case 2: bytes.Insert(at, Spicy[random.Next(Spicy.Length)]); break;
                case 3: bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at)); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break; // truncation
            }
        }
        return [.. bytes];
    }
}
