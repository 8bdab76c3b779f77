using Scanner.Core.Findings;

namespace Scanner.Collectors.CloudFormation.Tests;

/// <summary>
/// Resources of types the scan does not map are kept only in outline (logical id, type, condition) while the template
/// is read; nothing a scan reports may change because of it.
/// </summary>
public class UnreadResourceTests
{
    [Fact]
    public void AnchorInsideAnUnreadResource_StillServesAnAliasInAMappedOne()
    {
        var result = Cfn.Collect("""
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  Tags: &tags
                    - { Key: team, Value: payments }
              Sn:
                Type: AWS::VpcLattice::ServiceNetwork
                Properties: { Name: sn, Tags: *tags }
            """);
        Assert.Equal("payments", result.Single("Sn").Prop("tags").Get("team")!.AsString);
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void UnreadResources_StillNameReferenceTargets(string format)
    {
        var text = format == "yaml"
            ? """
              Resources:
                Logs:
                  Type: AWS::Logs::LogGroup
                  Properties: { RetentionInDays: 30, Tags: [{ Key: a, Value: b }] }
                  Metadata: { latticescan: { skip: [{ id: X }] } }
                Sn:
                  Type: AWS::VpcLattice::ServiceNetwork
                  Properties: { Name: sn }
                Sub:
                  Type: AWS::VpcLattice::AccessLogSubscription
                  Properties: { ResourceIdentifier: !Ref Sn, DestinationArn: !GetAtt Logs.Arn }
              """
            : """
              {"Resources": {
                "Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 30, "Tags": [{"Key": "a", "Value": "b"}]}},
                "Sn": {"Type": "AWS::VpcLattice::ServiceNetwork", "Properties": {"Name": "sn"}},
                "Sub": {"Type": "AWS::VpcLattice::AccessLogSubscription", "Properties": {"ResourceIdentifier": {"Ref": "Sn"}, "DestinationArn": {"Fn::GetAtt": ["Logs", "Arn"]}}}
              }}
              """;
        var result = Cfn.Collect(text, file: "t." + format);
        Assert.Equal(["Sn", "Sub"], result.Resources.Select(r => r.Address!).Order());
        Assert.DoesNotContain(result.Diagnostics, d => d.Level >= DiagnosticLevel.Warning);
    }

    [Fact]
    public void LoopInsideAnUnreadResource_IsStillReported()
    {
        var result = Cfn.Collect("""
            Transform: AWS::LanguageExtensions
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  'Fn::ForEach::Rules':
                    - Az
                    - !GetAZs ''
                    - 'Rule${Az}': { Id: x }
            """);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "LoopNotExpanded");
        Assert.Equal((6, 7), (warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Properties: 5\n", "t.yaml:4:17: resource 'I': Properties must be a mapping")]
    [InlineData("{\"Resources\": {\"I\": {\"Type\": \"AWS::EC2::Instance\", \"Properties\": [1]}}}", "t.yaml:1:66: resource 'I': Properties must be a mapping")]
    public void UnreadResource_WithPropertiesOfTheWrongShape_IsStillRefused(string text, string message)
    {
        Assert.Equal(message, Cfn.Fails(text).Message);
    }

    [Fact]
    public void AliasGuard_CountsUnreadResourcesWhole()
    {
        // An anchored Resources mapping may be named again by an alias: its definitions stay whole, and each alias
        // counts them in full (40 definitions of 15 nodes, 20 aliases: about 12,000 nodes).
        var definitions = string.Concat(Enumerable.Range(0, 40).Select(i => $"  I{i}:\n    Type: AWS::EC2::Instance\n    Properties: {{ A: [1, 2, 3, 4, 5, 6, 7, 8] }}\n"));
        var aliases = string.Concat(Enumerable.Range(0, 20).Select(i => $"  O{i}: *r\n"));
        var e = Cfn.Fails("Resources: &r\n" + definitions + "Outputs:\n" + aliases);
        Assert.Contains("YAML aliases expand to more than 10000 nodes", e.Message, StringComparison.Ordinal);
    }
}
